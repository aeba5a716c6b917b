import { launchChromium } from '../test/browser/support/launchChromium';
const browser = await launchChromium();
for (let i = 0; i < 4; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('data:text/html,<p>x</p>');
  const r = await page.evaluate(() => {
    const t0 = performance.now();
    new Intl.DateTimeFormat('en-US', { timeZone: 'America/Los_Angeles', timeZoneName: 'longOffset' }).format(new Date());
    const t1 = performance.now();
    new Intl.NumberFormat('en', { style: 'unit', unit: 'hour' }).format(4);
    const t2 = performance.now();
    new Intl.DateTimeFormat('en', { weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(new Date());
    const t3 = performance.now();
    new Intl.PluralRules('en').select(2);
    const t4 = performance.now();
    return [t1 - t0, t2 - t1, t3 - t2, t4 - t3].map((x) => x.toFixed(1)).join(' ');
  });
  console.log('dtf-tz numfmt dtf-local plural:', r);
  await context.close();
}
await browser.close();
