// Search (issue 30, finding 10): the field on home and the module list leads to #/cari, which
// finds other forms of a word ("melayani" → "pelayanan", "layanan") in every lesson and
// glossary, shows each result's module, lesson and a snippet with the matches marked — text
// only, never HTML from a pack —, and opens the lesson at the block it found; it works offline
// after one visit, in English too; axe finds nothing; screenshots at 360×640, light and dark,
// go to $BIMTEK_SHOTS/search/ (default: the system's temporary folder, bimtek-screens/).
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appReady, collectErrors, serveDir } from './support.mjs';
import { scratchDir } from './scratch.mjs';

const shots = path.join(process.env.BIMTEK_SHOTS ?? path.join(os.tmpdir(), 'bimtek-screens'), 'search');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The marked words of every snippet, lower case. */
async function marked(page) {
  return (await page.locator('.result-snippet mark').allInnerTexts()).map((t) => t.toLowerCase());
}

test('"melayani" from the home page finds pelayanan and layanan, and a result opens the lesson at its block', async ({ page }) => {
  fs.mkdirSync(shots, { recursive: true });
  const errors = collectErrors(page);
  await page.goto('index.html');
  await appReady(page);
  const field = page.getByLabel('Cari di semua pelajaran');
  await field.fill('melayani');
  await field.press('Enter');
  await expect(page).toHaveURL(/#\/cari\?q=melayani$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cari materi');
  await expect(page.locator('#search-status')).toHaveText(/^\d+ hasil (teratas )?untuk “melayani”$/);
  const results = page.locator('.search-result');
  expect(await results.count()).toBeGreaterThanOrEqual(5);
  // The module about it first; its lessons named.
  await expect(results.first().locator('.result-module')).toHaveText('Pola Pikir Melayani');
  await expect.poll(() => marked(page)).toContain('pelayanan');
  await expect.poll(() => marked(page)).toContain('layanan');
  // Snippets are text with <mark>s, nothing else.
  const kinds = await page.locator('.result-snippet').evaluateAll((ps) => ps.flatMap((p) => [...p.childNodes].map((n) =>
    n.nodeType === Node.TEXT_NODE || n.nodeType === Node.COMMENT_NODE ? 'text'
      : n.nodeName === 'MARK' && [...n.childNodes].every((c) => c.nodeType !== Node.ELEMENT_NODE) ? 'mark' : n.nodeName)));
  expect(new Set(kinds)).toEqual(new Set(['text', 'mark']));
  await page.screenshot({ path: path.join(shots, 'results-id-light.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: path.join(shots, 'results-id-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // A result in a lesson opens it at the block it found, marked and focused.
  const first = results.filter({ has: page.locator('a[href*="?blok="]') }).first();
  const title = await first.locator('.result-title').innerText();
  await first.locator('.result-title a').click();
  await expect(page).toHaveURL(/#\/modul\/[a-z0-9-]+\/pelajaran\/[a-z0-9-]+\?blok=\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  const target = page.locator('article.lesson > .search-target');
  await expect(target).toHaveCount(1);
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();
  expect((await target.innerText()).toLowerCase()).toMatch(/layan/);
  await page.screenshot({ path: path.join(shots, 'lesson-at-block-id-light.png') });

  // Back: the words are still there, and so are the results.
  await page.goBack();
  await expect(page.locator('#search-query')).toHaveValue('melayani');
  await expect(results.first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('perubahan finds berubah and mengubah; a word typed halfway; a word not in the course; only function words', async ({ page }) => {
  await page.goto('index.html#/cari?q=perubahan');
  await appReady(page);
  await expect(page.locator('#search-status')).toHaveText(/hasil (teratas )?untuk “perubahan”/);
  await expect.poll(() => marked(page)).toContain('perubahan');
  const input = page.locator('#search-query');
  // Typed live, the last word by its beginning.
  await input.fill('pelaya');
  await expect(page.locator('#search-status')).toHaveText(/^\d+ hasil (teratas )?untuk “pelaya”$/);
  await expect(page).toHaveURL(/#\/cari\?q=pelaya$/);
  await input.fill('gratifikasi zzqx');
  await expect(page.locator('#search-status')).toHaveText('Kata “zzqx” tidak ada di materi.');
  await expect(page.locator('.search-result')).toHaveCount(0);
  await input.fill('yang dan');
  await expect(page.locator('#search-status')).toContainText('kata yang lebih khusus');
  // The glossary is searched too, and its result opens the term.
  await input.fill('ombudsman');
  const glossary = page.locator('.search-result').filter({ has: page.locator('a[href*="glosarium?istilah="]') }).first();
  await expect(glossary.locator('.result-title')).toHaveText('Glosarium');
  await glossary.locator('a').click();
  await expect(page.locator('dl.glossary dt.search-target')).toBeFocused();
  await expect(page.locator('dl.glossary dt.search-target')).toContainText(/ombudsman/i);
});

test('the live status speaks once typing pauses, not once per letter', async ({ page }) => {
  await page.goto('index.html#/cari');
  await appReady(page);
  const input = page.locator('#search-query');
  await expect(input).toBeVisible();
  // Every text the live region takes, as a screen reader would hear it.
  await page.evaluate(() => {
    window.__spoken = [];
    const status = document.getElementById('search-status');
    new MutationObserver(() => { const t = status.textContent.trim(); if (t) window.__spoken.push(t); })
      .observe(status, { childList: true, characterData: true, subtree: true });
  });
  await input.pressSequentially('pelayanan', { delay: 80 });
  await expect(page.locator('#search-status')).toHaveText(/^\d+ hasil (teratas )?untuk “pelayanan”$/);
  const spoken = await page.evaluate(() => window.__spoken);
  // No count for a word half typed: the word's own count (after "Menyiapkan…" if the index
  // was still loading).
  expect(spoken.filter((t) => /untuk “/.test(t)), spoken.join(' | ')).toHaveLength(1);
  expect(spoken.at(-1)).toMatch(/“pelayanan”$/);
  // The results themselves follow each letter at once.
  await input.pressSequentially(' zzqx', { delay: 80 });
  await expect(page.locator('.search-result')).toHaveCount(0);
});

test('the module list has the search field too', async ({ page }) => {
  await page.goto('index.html#/modul');
  await appReady(page);
  await page.getByLabel('Cari di semua pelajaran').fill('maklumat');
  await page.getByRole('button', { name: 'Cari', exact: true }).click();
  await expect(page).toHaveURL(/#\/cari\?q=maklumat$/);
  await expect(page.locator('.search-result').first()).toBeVisible();
});

test('no HTML from a pack: hostile text in a lesson shows as text in the snippet', async ({ page }) => {
  const hostile = '<img src=x onerror="window.__xss=1"><b>tebal</b>';
  await page.route('**/content/inti/pola-pikir-melayani.json', async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    // The first text of the first lesson that has a form of "layan" gets the hostile text after it.
    let done = false;
    const walk = (x) => {
      if (done || !x || typeof x !== 'object') return;
      if (x.text && typeof x.text.v === 'string' && /layan/i.test(x.text.v)) {
        x.text.v = x.text.v.replace(/(\S*layan\S*)/i, `$1 ${hostile}`);
        done = true;
        return;
      }
      for (const v of Object.values(x)) walk(v);
    };
    walk(body.lessons[0].blocks);
    expect(done).toBe(true);
    await route.fulfill({ response, json: body });
  });
  await page.goto('index.html#/cari?q=melayani');
  await appReady(page);
  const snippet = page.locator('.result-snippet', { hasText: '<img' }).first();
  await expect(snippet).toBeVisible();
  await expect(snippet).toContainText(hostile.slice(0, 20));
  await expect(page.locator('.search-results img, .search-results b')).toHaveCount(0);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
});

test('a pack without an index is named and not searched; an index that fails to load offers a retry', async ({ page }) => {
  // A deployer's pack built by an older bimtek-pack has no search.json (404).
  await page.route('**/content/inti/search.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('index.html#/cari?q=melayani');
  await appReady(page);
  await expect(page.locator('.search-note')).toContainText('paket “content/inti” tidak ikut dicari');
  await expect(page.locator('.search-result')).toHaveCount(0);
  // A server error: said plainly, with "Coba lagi", which fetches it again.
  await page.unroute('**/content/inti/search.json');
  let fail = true;
  await page.route('**/content/inti/search.json', (route) => (fail ? route.fulfill({ status: 500, body: 'x' }) : route.fallback()));
  await page.goto('index.html#/modul');
  await page.goto('index.html#/cari?q=melayani');
  const alert = page.locator('.search-note[role="alert"]');
  await expect(alert).toContainText('Pencarian di paket “content/inti” belum dapat dimuat');
  fail = false;
  await alert.getByRole('button', { name: 'Coba lagi' }).click();
  await expect(page.locator('.search-result').first()).toBeVisible();
  await expect(alert).toHaveCount(0);
});

test('English interface; the course stays Indonesian', async ({ page }) => {
  await page.goto('index.html?lang=en#/');
  await appReady(page);
  await page.getByLabel('Search all lessons').fill('melayani');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search the course');
  await expect(page.locator('#search-status')).toHaveText(/^\d+ results for “melayani”$|^The top \d+ results for “melayani”$/);
  await expect(page.locator('.search-results')).toHaveAttribute('aria-label', 'Search results');
  await expect.poll(() => marked(page)).toContain('pelayanan');
  await page.screenshot({ path: path.join(shots, 'results-en-light.png') });
});

for (const lang of ['id', 'en']) {
  for (const scheme of ['light', 'dark']) {
    test(`axe: the search page with results (${lang}, ${scheme})`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme: scheme, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`index.html?lang=${lang}#/cari?q=pelayanan`);
      await appReady(page);
      await expect(page.locator('.result-snippet mark').first()).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
      await context.close();
    });
  }
}

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test('after one visit, search works with the server stopped', async ({ page }) => {
    const dir = scratchDir('search-offline');
    fs.rmSync(dir, { recursive: true, force: true });
    fs.cpSync(path.join(root, 'dist'), dir, { recursive: true });
    const server = await serveDir(dir);
    await page.goto(`${server.url}index.html`);
    await appReady(page);
    await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
    await server.stop();
    await page.goto(`${server.url}index.html#/cari?q=perubahan`);
    await appReady(page);
    await expect(page.locator('#search-status')).toHaveText(/hasil (teratas )?untuk “perubahan”/);
    await expect.poll(() => marked(page)).toContain('perubahan');
    await page.locator('.search-result a').first().click();
    await expect(page.locator('article.lesson > .search-target')).toBeFocused();
  });
});
