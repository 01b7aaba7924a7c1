// Issue 30, finding 7: a first screen for learners. The navigation is Beranda, Modul, Bukti
// belajar, Pengaturan; the trainers' pages are under one "Untuk pelatih" page (footer and
// About), their old addresses still working; the header is at most 64 px tall at 360 px; a
// module card is one link over the whole card; "Mulai dari sini" (or "Lanjutkan") and "Cara
// belajar" are on the first screen; a lesson's number sits beside the first line of its title.
// Screenshots of the home and trainers' pages go to $BIMTEK_SHOTS/learner-nav/ (default: the
// system's temporary folder, bimtek-screens/).
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appReady, collectErrors } from './support.mjs';

// Outside test-results/, which the next run empties (BIMTEK_SHOTS to put them elsewhere).
const shots = path.join(process.env.BIMTEK_SHOTS ?? path.join(os.tmpdir(), 'bimtek-screens'), 'learner-nav');

test('learners\' navigation, a header of at most 64 px, trainers\' pages under "Untuk pelatih"', async ({ page }) => {
  fs.mkdirSync(shots, { recursive: true });
  const errors = collectErrors(page);
  await page.goto('index.html');
  await appReady(page);
  await expect(page.locator('header nav a')).toHaveText(['Beranda', 'Modul', 'Bukti belajar', 'Pengaturan']);
  await expect(page.locator('header').getByRole('link', { name: 'Sematkan' })).toHaveCount(0);
  const header = await page.locator('.app-header').boundingBox();
  expect(header.height).toBeLessThanOrEqual(64);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  for (const a of await page.locator('header a').all()) {
    const box = await a.boundingBox();
    expect(box.x + box.width, await a.innerText()).toBeLessThanOrEqual(360);
    expect(box.height, await a.innerText()).toBeGreaterThanOrEqual(44);
  }
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: path.join(shots, `home-id-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // "Modul": the catalog on its own page.
  await page.locator('header nav').getByRole('link', { name: 'Modul' }).click();
  await expect(page).toHaveURL(/#\/modul$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Modul');
  await expect(page.locator('.module-card')).toHaveCount(4);

  // The footer leads to "Untuk pelatih", which leads to the trainers' pages.
  await page.locator('footer').getByRole('link', { name: 'Untuk pelatih' }).click();
  await expect(page).toHaveURL(/#\/pelatih$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Untuk pelatih');
  await page.screenshot({ path: path.join(shots, 'trainers-id-light.png'), fullPage: true });
  await page.getByRole('link', { name: 'Sematkan modul di portal Anda' }).click();
  await expect(page).toHaveURL(/#\/sematkan$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sematkan modul di portal Anda');
  await page.goBack();
  await page.getByRole('link', { name: 'Periksa paket konten' }).click();
  await expect(page).toHaveURL(/#\/periksa-paket$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Periksa paket konten');
  // About leads there too.
  await page.goto('index.html#/tentang');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tentang Bimtek Mandiri');
  await page.locator('main').getByRole('link', { name: 'Untuk pelatih' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Untuk pelatih');

  // In English.
  await page.goto('index.html?lang=en#/pelatih');
  await appReady(page);
  await expect(page.locator('header nav a')).toHaveText(['Home', 'Modules', 'Learning record', 'Settings']);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('For trainers');
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: path.join(shots, `trainers-en-${scheme}.png`), fullPage: true });
  }
  await page.goto('index.html?lang=en#/');
  await appReady(page);
  expect((await page.locator('.app-header').boundingBox()).height).toBeLessThanOrEqual(64);
  await page.screenshot({ path: path.join(shots, 'home-en-dark.png') });
  expect(errors).toEqual([]);
});

test('the first screen has "Mulai dari sini" and "Cara belajar"; a whole card opens its module', async ({ page }) => {
  await page.goto('index.html');
  await appReady(page);
  const start = page.getByRole('link', { name: 'Mulai dari sini' });
  await expect(start).toBeVisible();
  const startBox = await start.boundingBox();
  expect(startBox.y + startBox.height).toBeLessThanOrEqual(640);
  const how = page.locator('#how');
  const howBox = await how.boundingBox();
  expect(howBox.y).toBeLessThan(640);
  // Folded: the steps show on a tap.
  await expect(how.locator('.steps')).toBeHidden();
  await how.locator('summary').click();
  await expect(how.locator('.steps li').first()).toBeVisible();

  // "Mulai dari sini" opens the first module; once the learner has been somewhere, the first
  // screen offers "Lanjutkan" instead.
  await start.click();
  await expect(page).toHaveURL(/#\/modul\/pola-pikir-melayani$/);
  await page.locator('.lesson-list a').first().click();
  await expect(page.locator('article.lesson h1')).toBeVisible();
  await page.goto('index.html');
  await appReady(page);
  // Every card holds exactly one interactive element, and a tap anywhere on it opens it.
  const cards = page.locator('.module-card');
  for (const card of await cards.all()) {
    expect(await card.locator('a, button, input, select, textarea, [tabindex]').count()).toBe(1);
  }
  const second = cards.nth(1);
  await second.scrollIntoViewIfNeeded();
  const title = (await second.locator('h3').innerText()).trim();
  const box = await second.boundingBox();
  // Near the bottom right corner: on the meta line, far from the title's text.
  await page.mouse.click(box.x + box.width - 12, box.y + box.height - 8);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  await page.goto('index.html');
  await appReady(page);
  const next = page.locator('#continue-link');
  await expect(next).toBeVisible();
  expect((await next.boundingBox()).y).toBeLessThan(640);
  await expect(page.getByRole('link', { name: 'Mulai dari sini' })).toHaveCount(0);
});

test('a lesson\'s number sits beside the first line of its wrapped title', async ({ page }) => {
  await page.goto('index.html');
  await appReady(page);
  let wrapped = 0;
  for (const id of ['pola-pikir-melayani', 'agen-perubahan', 'pemerintahan-bersih', 'budaya-kerja-mutu']) {
    await page.goto(`index.html#/modul/${id}`);
    await expect(page.locator('.lesson-list li').first()).toBeVisible();
    const rows = await page.locator('.lesson-list li').evaluateAll((items) => items.map((li) => {
      const a = li.querySelector('a');
      // The marker sits on the baseline of the item's first line box: an empty inline probe
      // placed first in the item lands on that same line.
      const probe = document.createElement('span');
      probe.textContent = '\u200b';
      li.insertBefore(probe, li.firstChild);
      const probeRect = probe.getBoundingClientRect();
      probe.remove();
      const range = document.createRange();
      range.selectNodeContents(a);
      const lines = [...range.getClientRects()].filter((r) => r.width > 0);
      const tops = [...new Set(lines.map((r) => Math.round(r.top)))];
      return { title: a.textContent, lines: tops.length, firstTop: lines[0].top, firstBottom: lines[0].bottom, probeTop: probeRect.top, probeBottom: probeRect.bottom };
    }));
    for (const r of rows) {
      if (r.lines < 2) continue;
      wrapped += 1;
      // The marker's line overlaps the title's first line, not its last.
      expect(r.probeBottom, r.title).toBeGreaterThan(r.firstTop);
      expect(r.probeTop, r.title).toBeLessThan(r.firstBottom);
    }
  }
  expect(wrapped, 'some titles wrap at 360 px').toBeGreaterThan(0);
});
