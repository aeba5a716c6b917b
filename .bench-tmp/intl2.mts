import { launchChromium } from '../test/browser/support/launchChromium';
const browser = await launchChromium();
for (let i = 0; i < 6; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('data:text/html,<p>x</p>');
  const r = await page.evaluate((variant) => {
    const t0 = performance.now();
    if (variant % 2 === 0) new Intl.DateTimeFormat('en-US', { timeZone: 'America/Los_Angeles', timeZoneName: 'longOffset' }).format(new Date());
    else new Intl.DateTimeFormat('en-US', { timeZone: 'America/Los_Angeles', hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(new Date());
    const t1 = performance.now();
    return `${variant % 2 === 0 ? 'longOffset' : 'parts     '} ${(t1 - t0).toFixed(1)}`;
  }, i);
  console.log(r);
  await context.close();
}
await browser.close();
