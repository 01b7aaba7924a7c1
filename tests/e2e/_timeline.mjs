import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { chromiumArgs, throttleSlow4G, appReady } from './support.mjs';
const dist = process.argv[2]; const route = process.argv[3] ?? '#/';
const port = 18573;
const srv = spawn('node', ['../../scripts/static-server.mjs', '--dir', dist, '--port', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
for (let i = 0; i < 3; i++) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  await throttleSlow4G(context, page);
  await page.goto(`http://127.0.0.1:${port}/index.html${route}`, { timeout: 60000 });
  const ready = await appReady(page, 60000);
  const t = await page.evaluate(() => {
    const r = performance.getEntriesByType('resource').map((e) => `${e.name.split('/').pop().slice(0, 28)} ${Math.round(e.startTime)}→${Math.round(e.responseEnd)}`);
    const marks = performance.getEntriesByType('mark').concat(performance.getEntriesByType('measure')).map((m) => `${m.name}@${Math.round(m.startTime)}+${Math.round(m.duration)}`);
    const nav = performance.getEntriesByType('navigation')[0];
    return { nav: `${Math.round(nav.responseEnd)} dcl ${Math.round(nav.domContentLoadedEventEnd)}`, r, marks };
  });
  console.log(JSON.stringify({ ready: Math.round(ready), ...t }, null, 0));
  await context.close();
}
await browser.close(); srv.kill();
