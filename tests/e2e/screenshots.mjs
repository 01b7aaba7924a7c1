// Takes 360×640 screenshots of the built app, for people to look at (not a test).
//   node tests/e2e/screenshots.mjs [outdir] [hash ...]
// Serves dist/ itself; writes <outdir>/<name>-<lang>-<scheme>.png.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, appReady } from './support.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'bench-results/screens'));
const hashes = process.argv.length > 3 ? process.argv.slice(3) : ['#/', '#/tentang', '#/tidak-ada'];
const port = 18530;
fs.mkdirSync(out, { recursive: true });

const server = spawn('node', [path.join(root, 'scripts/static-server.mjs'), '--dir', path.join(root, 'dist'), '--port', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
try {
  for (const scheme of ['light', 'dark']) {
    for (const lang of ['id', 'en']) {
      const context = await browser.newContext({ viewport: { width: 360, height: 640 }, colorScheme: scheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const hash of hashes) {
        await page.goto(`http://127.0.0.1:${port}/index.html?lang=${lang}${hash}`);
        await appReady(page);
        await page.waitForTimeout(150);
        const name = hash.replace(/[#/]+/g, '-').replace(/^-|-$/g, '') || 'home';
        const file = path.join(out, `${name}-${lang}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: !process.env.VIEWPORT_ONLY });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
