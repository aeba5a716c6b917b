import { launchChromium } from '../test/browser/support/launchChromium';
import { startPreviewStack } from '../test/browser/support/startPreviewStack';
import { snapshotBuiltApp } from '../bench/bundle/snapshotBuiltApp';
import { serveZafSdkOffline } from '../preview/sdk/serveZafSdkOffline';
import { waitForMark } from '../bench/browser/appFrame';
const appDir = snapshotBuiltApp(() => {});
const app = await startPreviewStack(appDir);
const browser = await launchChromium();
const totals = new Map<string, number>();
const byFile = new Map<string, number>();
for (let i = 0; i < 4; i++) {
  const context = await browser.newContext();
  await serveZafSdkOffline(context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(`${app.hostUrl}/?ticket=1001`);
  await waitForMark(page, 'triage:assessment-shown', 20000);
  const { profile } = (await cdp.send('Profiler.stop')) as any;
  if (i === 0) continue;
  const dt = new Map<number, number>();
  profile.samples.forEach((id: number, k: number) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[k] ?? 0)));
  for (const node of profile.nodes) {
    const us = dt.get(node.id) ?? 0;
    if (!us) continue;
    const cf = node.callFrame;
    const file = (cf.url || '(native)').split('/').pop();
    const key = `${cf.functionName || '(anon)'} ${file}:${cf.lineNumber}:${cf.columnNumber}`;
    totals.set(key, (totals.get(key) ?? 0) + us / 3000);
    byFile.set(file, (byFile.get(file) ?? 0) + us / 3000);
  }
  await context.close();
}
console.log('self ms per load by file'); for (const [k, v] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(v.toFixed(1).padStart(7), k);
console.log('top functions'); for (const [k, v] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(v.toFixed(1).padStart(7), k);
await browser.close(); await app.stop?.(); process.exit(0);
