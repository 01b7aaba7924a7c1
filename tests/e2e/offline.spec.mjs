// Offline and installable: a real server that is really stopped; a real second build.
import { test, expect, chromium } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appReady, chromiumArgs, serveDir } from './support.mjs';
import { moduleBody, answerCurrent, openQuiz } from './quiz-helpers.mjs';
import { scratchDir } from './scratch.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const distA = path.join(root, 'dist');
const distB = path.join(root, 'target/dist-b');
test.use({ serviceWorkers: 'allow' });


/** Copies `from` into a fresh folder (like a deploy) and returns its path. */
function deploy(from, into = scratchDir('deploy')) {
  fs.rmSync(into, { recursive: true, force: true });
  fs.cpSync(from, into, { recursive: true });
  return into;
}


async function waitForControl(page) {
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
}

test('after one visit, everything works with the server stopped', async ({ page, context }) => {
  const server = await serveDir(deploy(distA));
  await page.goto(`${server.url}index.html`);
  await appReady(page);
  await waitForControl(page);
  const body = await moduleBody(page, server.url, 'pola-pikir-melayani');
  await page.goto(`${server.url}index.html#/modul/pola-pikir-melayani/pelajaran/dari-dilayani-ke-melayani`);
  await page.getByRole('link', { name: 'Selesai membaca' }).click();
  await expect(page.getByText('Pelajaran 2 dari 5')).toBeVisible();
  await page.goto(`${server.url}index.html#/pengaturan`);
  await expect(page.locator('#offline-status')).toHaveText('Semua modul (4) tersedia luring di perangkat ini.');

  await server.stop();
  // A deep link, opened fresh with no server at all.
  await page.goto(`${server.url}index.html#/modul/pola-pikir-melayani`);
  await appReady(page);
  await expect(page.locator('li.lesson-read')).toHaveCount(1);
  for (const id of ['pola-pikir-melayani', 'agen-perubahan', 'pemerintahan-bersih', 'budaya-kerja-mutu']) {
    await page.goto(`${server.url}index.html#/modul/${id}/glosarium`);
    await expect(page.locator('dl.glossary dt').first()).toBeVisible();
  }
  await openQuiz(page, 'pola-pikir-melayani', server.url);
  await answerCurrent(page, body);
  await expect(page.locator('.feedback')).toContainText('Jawaban tersimpan di perangkat ini.');
  // The indicator shows when the browser knows it is offline.
  await context.setOffline(true);
  await expect(page.locator('#net-status')).toBeVisible();
  await context.setOffline(false);
  await expect(page.locator('#net-status')).toHaveCount(0);
});

test('control: without the service worker, the same stopped server means no app', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const server = await serveDir(deploy(distA));
  await page.goto(`${server.url}index.html`);
  await appReady(page);
  await server.stop();
  await expect(page.reload()).rejects.toThrow(/ERR_CONNECTION_REFUSED/);
  await context.close();
});

test('a new version waits for consent, then takes over with progress intact', async ({ page }) => {
  expect(fs.existsSync(path.join(distB, 'index.html')), 'version B is built by scripts/test.sh').toBe(true);
  const dir = deploy(distA);
  const server = await serveDir(dir);
  const body = await moduleBody(page, server.url, 'agen-perubahan');
  await page.goto(`${server.url}index.html`);
  await appReady(page);
  await waitForControl(page);
  await openQuiz(page, 'agen-perubahan', server.url);
  await answerCurrent(page, body);
  await page.goto(`${server.url}index.html#/tentang`);
  await expect(page.locator('#app-version')).not.toContainText('Versi aplikasi: B');

  deploy(distB, dir); // "build version B into the same folder"
  await page.reload();
  await appReady(page);
  // The new worker checks every file against its hash before it is offered: allow a loaded
  // machine the time that takes.
  await expect(page.locator('#update-banner')).toContainText('Versi baru tersedia', { timeout: 30_000 });
  // Still version A until the learner agrees.
  await expect(page.locator('#app-version')).not.toContainText('Versi aplikasi: B');
  await page.getByRole('button', { name: 'Muat ulang sekarang' }).click();
  await expect(page.locator('#app-version')).toHaveText('Versi aplikasi: B');
  await page.goto(`${server.url}index.html#/modul/agen-perubahan/kuis`);
  await expect(page.getByText('Soal 2 dari 10')).toBeVisible();
  await server.stop();
});

test('Chromium finds the app installable', async () => {
  const server = await serveDir(deploy(distA));
  const profile = scratchDir('profile');
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: chromiumArgs });
  try {
    const page = context.pages()[0] ?? await context.newPage();
    await page.goto(`${server.url}index.html`);
    await appReady(page);
    await waitForControl(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
  } finally {
    await context.close();
    await server.stop();
  }
});
