// One-off: time to assessment only (app vs baseline), plus a breakdown of the app frame's timeline.
import { launchChromium } from '../test/browser/support/launchChromium';
import { startPreviewStack } from '../test/browser/support/startPreviewStack';
import { buildBaselineApp } from '../bench/baseline/buildBaselineApp';
import { measureStartup } from '../bench/browser/measureStartup';
import { snapshotBuiltApp } from '../bench/bundle/snapshotBuiltApp';
import { serveZafSdkOffline } from '../preview/sdk/serveZafSdkOffline';
import { waitForMark, APP_FRAME } from '../bench/browser/appFrame';
const loads = Number(process.argv[2] ?? 10);
const appDir = snapshotBuiltApp(() => {});
const baselineDir = await buildBaselineApp();
const app = await startPreviewStack(appDir);
const baseline = await startPreviewStack(baselineDir);
const browser = await launchChromium();
try {
  const t = await measureStartup(browser, { app: app.hostUrl, baseline: baseline.hostUrl }, loads, 1001);
  console.log(`app median ${t.appMedian.toFixed(0)} ms, baseline ${t.baselineMedian.toFixed(0)} ms, ratio ${t.ratio.toFixed(2)}`);
  console.log('app', t.appMs.map((x) => x.toFixed(0)).join(' '));
  console.log('base', t.baselineMs.map((x) => x.toFixed(0)).join(' '));
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext();
    await serveZafSdkOffline(context);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(`${app.hostUrl}/?ticket=1001`);
    await waitForMark(page, 'triage:assessment-shown', 20000);
    const frame = await (await page.$(APP_FRAME))!.contentFrame();
    const entries = await frame!.evaluate(() => [
      ...performance.getEntriesByType('resource').map((e: any) => `res ${e.name.split('/').pop()} start ${e.startTime.toFixed(0)} end ${e.responseEnd.toFixed(0)}`),
      ...performance.getEntriesByType('mark').map((e) => `mark ${e.name} ${e.startTime.toFixed(0)}`),
      ...performance.getEntriesByType('paint').map((e) => `paint ${e.name} ${e.startTime.toFixed(0)}`),
      `domContentLoaded ${(performance.getEntriesByType('navigation')[0] as any).domContentLoadedEventEnd.toFixed(0)}`,
    ]);
    console.log(`--- load ${i}\n` + entries.join('\n'));
    await context.close();
  }
} finally {
  await browser.close();
  await app.stop?.(); await baseline.stop?.();
  process.exit(0);
}
