// The app shell: home, deep links, not-found, sub-path hosting, language.
import { test, expect } from '@playwright/test';
import { appReady, collectErrors } from './support.mjs';

test('home renders with header, title, footer and marks app-ready once', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('index.html');
  await appReady(page);
  await expect(page.locator('header .brand-name')).toHaveText('Bimtek Mandiri');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Belajar mandiri, kapan saja');
  await expect(page.locator('footer')).toContainText('Data Anda tetap di perangkat ini');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  expect(await page.evaluate(() => performance.getEntriesByName('app-ready').length)).toBe(1);
  expect(errors).toEqual([]);
});

test('a hash deep link opens its page directly', async ({ page }) => {
  await page.goto('index.html#/tentang');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tentang Bimtek Mandiri');
});

test('navigation between pages works and moves focus to the new title', async ({ page }) => {
  await page.goto('index.html');
  await appReady(page);
  await page.getByRole('link', { name: 'Tentang' }).click();
  await expect(page).toHaveURL(/#\/tentang$/);
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText('Tentang Bimtek Mandiri');
  await expect(title).toBeFocused();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Belajar mandiri, kapan saja');
});

test('an unknown route shows not-found with the path and a way home', async ({ page }) => {
  await page.goto('index.html#/tidak/ada');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan');
  await expect(page.locator('main code')).toHaveText('#/tidak/ada');
  await page.getByRole('link', { name: 'Kembali ke beranda' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Belajar mandiri, kapan saja');
});

test('works under a sub-path: every request stays under it and succeeds', async ({ page, baseURL }) => {
  expect(new URL(baseURL).pathname).toBe('/belajar/bimtek/');
  const responses = [];
  page.on('response', (r) => responses.push({ url: r.url(), status: r.status() }));
  await page.goto(`${baseURL}#/tentang`);
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tentang Bimtek Mandiri');
  expect(responses.length).toBeGreaterThanOrEqual(3); // html, js, wasm at least
  for (const r of responses) {
    expect(new URL(r.url).pathname.startsWith('/belajar/bimtek/'), r.url).toBe(true);
    expect(r.status, r.url).toBe(200);
  }
});

test('?lang=en shows the English interface', async ({ page }) => {
  await page.goto('index.html?lang=en');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learn at your own pace, any time');
});

test('the skip link moves focus to the content and keeps the page (the hash is the route)', async ({ page }) => {
  await page.goto('index.html#/modul/agen-perubahan');
  await appReady(page);
  await page.keyboard.press('Tab');
  await expect(page.locator('a.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  await expect(page).toHaveURL(/#\/modul\/agen-perubahan$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agen Perubahan');
});
