// Renders the app icons (PNG) from public/icon.svg with headless Chromium. Run by hand when
// the icon changes; the PNGs are committed.  node scripts/make-icons.mjs
import { chromium } from '../tests/e2e/node_modules/playwright-core/index.mjs';
import fs from 'node:fs';

const svg = fs.readFileSync(new URL('../public/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
const shots = [
  // [file, size, maskable]: a maskable icon keeps its mark inside the central 80 % safe zone.
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['icon-maskable-512.png', 512, true],
  ['apple-touch-icon.png', 180, true],
];
for (const [file, size, maskable] of shots) {
  await page.setViewportSize({ width: size, height: size });
  const inner = maskable ? Math.round(size * 0.72) : size;
  const body = maskable
    ? `<div style="width:${size}px;height:${size}px;background:#0f5c4d;display:grid;place-items:center"><div style="width:${inner}px;height:${inner}px">${svg}</div></div>`
    : `<div style="width:${size}px;height:${size}px">${svg}</div>`;
  await page.setContent(`<html><body style="margin:0;background:transparent">${body}</body></html>`);
  await page.screenshot({ path: new URL(`../public/icons/${file}`, import.meta.url).pathname, omitBackground: !maskable });
  console.log(file);
}
await browser.close();
