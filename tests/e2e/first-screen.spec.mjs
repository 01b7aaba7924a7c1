// The static first screen (src/content/first_screen.rs): readable before the wasm has arrived,
// taken over by the app without moving anything; only the header on other pages; nothing in
// another language; the module file preloaded on a deep link; the inlined catalog standing
// when packs.json never answers.
import { test, expect } from '@playwright/test';
import { appReady, collectErrors } from './support.mjs';

/** Holds every request for the wasm until `release()` is called. */
async function holdWasm(page) {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
  return () => release();
}

/** Records layout shifts (the Layout Instability API) from the start of the page. */
async function recordShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!e.hadRecentInput) {
          window.__shifts.push({ value: e.value, nodes: e.sources.map((s) => s.node && (s.node.id || s.node.className || s.node.nodeName)) });
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const landmarks = ['.app-header', '.brand', '.nav-list', '#page-title', '.lead', '#catalog-title', '#course-progress',
  '.module-card:nth-child(1) h3', '.module-card:nth-child(4) .meta', '#how-title'];
// (The footer moves down once storage has opened and the restore hint joins the last card:
// far below the first screen, so it is not compared; the layout-shift sum below covers it.)

async function boxes(page) {
  const out = {};
  for (const sel of landmarks) out[sel] = await page.locator(sel).first().boundingBox();
  return out;
}

test('the catalog is readable before the wasm runs, and the app takes it over without a shift', async ({ page }) => {
  const errors = collectErrors(page);
  await recordShifts(page);
  const release = await holdWasm(page);
  await page.goto('index.html');
  // Before the wasm: the static screen, with every built-in module.
  await expect(page.locator('#first-screen .module-card')).toHaveCount(4);
  await expect(page.locator('#first-screen .module-card h3').first()).toHaveText('Pola Pikir Melayani');
  await expect(page.locator('#first-screen #course-progress')).toHaveText(/^0 dari 4 modul lulus · 0 dari \d+ JP$/);
  const staticText = await page.locator('#first-screen main').innerText();
  const before = await boxes(page);
  release();
  await appReady(page);
  await expect(page.locator('#first-screen')).toHaveCount(0);
  await expect(page.locator('.module-card')).toHaveCount(4);
  const after = await boxes(page);
  // Word for word what the app renders for a new learner (the hint about restoring an export
  // comes only once storage has opened, at the end of the last card).
  const hint = await page.locator('#no-progress-hint').innerText();
  expect((await page.locator('main').innerText()).replace(hint, '').trim()).toBe(staticText.trim());
  for (const sel of landmarks) {
    expect(before[sel], sel).not.toBeNull();
    for (const k of ['x', 'y', 'width', 'height']) {
      expect(Math.abs(after[sel][k] - before[sel][k]), `${sel} ${k}: ${before[sel][k]} → ${after[sel][k]}`).toBeLessThan(0.5);
    }
  }
  const shifts = await page.evaluate(() => window.__shifts);
  const cls = shifts.reduce((s, e) => s + e.value, 0);
  expect(cls, JSON.stringify(shifts)).toBeLessThanOrEqual(0.02);
  // The app's own page works: a card opens its module.
  await page.getByRole('link', { name: 'Agen Perubahan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agen Perubahan');
  expect(errors).toEqual([]);
});

test('a deep link shows only the header before the wasm, and its module file is already on the way', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const release = await holdWasm(page);
  await page.goto('index.html#/modul/agen-perubahan/kuis');
  await expect(page.locator('#first-screen .app-header')).toBeVisible();
  await expect(page.locator('#first-screen main')).toBeHidden();
  await expect(page.locator('#first-screen .app-footer')).toBeHidden();
  // Preloaded while the wasm is still held back (positive control: the page asked for it).
  await expect.poll(() => requests.some((u) => u.endsWith('/content/inti/agen-perubahan.json'))).toBe(true);
  expect(requests.filter((u) => /content\/inti\/(?!agen-perubahan)[a-z-]+\.json$/.test(u) && !u.endsWith('pack.json'))).toEqual([]);
  release();
  await appReady(page);
  await expect(page.locator('#first-screen')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Mulai kuis' })).toBeVisible();
  // The preloaded file was used, not fetched a second time.
  expect(requests.filter((u) => u.endsWith('/content/inti/agen-perubahan.json'))).toHaveLength(1);
});

test('in English nothing of the Indonesian first screen shows; the app is in English', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('index.html?lang=en');
  await expect(page.locator('#first-screen')).toBeHidden();
  await expect(page.locator('#first-screen')).toHaveCount(1);
  release();
  await appReady(page);
  await expect(page.locator('#first-screen')).toHaveCount(0);
  await expect(page.locator('#catalog-title')).toHaveText('Modules');
});

test('a language chosen earlier is respected before the wasm runs too', async ({ page }) => {
  await page.goto('index.html');
  await appReady(page);
  await page.evaluate(() => localStorage.setItem('bimtek-lang', 'en'));
  const release = await holdWasm(page);
  await page.goto('index.html');
  await expect(page.locator('#first-screen')).toBeHidden();
  release();
  await appReady(page);
  await expect(page.locator('#catalog-title')).toHaveText('Modules');
});

test('on a first visit where packs.json never answers, the built-in catalog is ready at once', async ({ page }) => {
  await page.route('**/packs.json', () => { /* never answered */ });
  await page.goto('index.html');
  // Ready long before packs.json's 12 s limit; no problem is shown for a check that hangs.
  await appReady(page, 8_000);
  await expect(page.locator('.module-card')).toHaveCount(4);
  await page.getByRole('link', { name: 'Pemerintahan yang Bersih dan Baik' }).click();
  await page.locator('.lesson-list a').first().click();
  await expect(page.locator('article h1, article h2').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
