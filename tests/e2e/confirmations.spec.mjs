// Issue 30, finding 5: confirmations where the eye is. Every result of an action (details
// saved or deleted, export, import, reset) appears next to the action, in an aria-live region,
// in the viewport of a 360×640 phone, with focus on it; export says where the file went;
// "Hapus data diri" asks first and sits apart from "Simpan data diri"; the reset warning lists
// what it deletes, the KBK worksheets too.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import { appReady } from './support.mjs';

test.use({ viewport: { width: 360, height: 640 } });

/** The message `sel` is shown, announced (inside a polite live region), on screen and focused. */
async function shownWhereTheEyeIs(page, sel, text) {
  const msg = page.locator(sel);
  await expect(msg).toContainText(text);
  await expect(msg).toBeInViewport();
  await expect(page.locator(`.notice-slot[aria-live="polite"][role="status"]:has(${sel})`)).toHaveCount(1);
  await expect.poll(() => page.evaluate((s) => document.activeElement?.contains(document.querySelector(s)) ?? false, sel)).toBe(true);
}

test('details: "Data diri tersimpan" under the form, in view and focused; "Hapus data diri" sits apart and asks first', async ({ page }) => {
  await page.goto('index.html#/bukti');
  await appReady(page);
  await page.getByLabel('Nama lengkap').fill('Siti Rahma, S.Sos.');
  await page.getByLabel(/^NIP/).fill('19900101 201503 1 001');
  await page.getByLabel('Unit kerja / OPD').fill('Kecamatan Sukamaju');
  const save = page.getByRole('button', { name: 'Simpan data diri' });
  await save.scrollIntoViewIfNeeded();
  await save.click();
  await shownWhereTheEyeIs(page, '#record-message', 'Data diri tersimpan');

  // Apart: not in the same row of buttons, at least 24 px below "Simpan".
  const del = page.locator('#profile-delete');
  await expect(del).toHaveText('Hapus data diri');
  const [s, d] = [await save.boundingBox(), await del.boundingBox()];
  expect(d.y - (s.y + s.height)).toBeGreaterThanOrEqual(24);
  await expect(page.locator('form .actions #profile-delete')).toHaveCount(0);

  // Asks first: cancelling keeps everything.
  await del.click();
  await expect(page.locator('#profile-delete-ask')).toContainText('Hapus nama, NIP dan unit kerja dari perangkat ini?');
  await page.getByRole('button', { name: 'Batal' }).click();
  await expect(page.getByLabel('Nama lengkap')).toHaveValue('Siti Rahma, S.Sos.');
  await page.reload();
  await appReady(page);
  await expect(page.getByLabel('Nama lengkap')).toHaveValue('Siti Rahma, S.Sos.');
  await page.locator('#profile-delete').click();
  await page.getByRole('button', { name: 'Ya, hapus data diri' }).click();
  await shownWhereTheEyeIs(page, '#record-message', 'Data diri sudah dihapus.');
  await expect(page.getByLabel('Nama lengkap')).toHaveValue('');
});

test('settings: export says where the file went; reset lists what it deletes; each result shows at its action, in view and focused', async ({ page }, testInfo) => {
  await page.goto('index.html#/modul/agen-perubahan/pelajaran/mawas-diri');
  await appReady(page);
  await page.getByRole('link', { name: 'Selesai membaca' }).click();
  await expect(page.getByText('Pelajaran 3 dari 5')).toBeVisible();
  await page.goto('index.html#/pengaturan');

  const exportButton = page.getByRole('button', { name: 'Unduh berkas kemajuan' });
  await exportButton.scrollIntoViewIfNeeded();
  const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
  const name = download.suggestedFilename();
  await shownWhereTheEyeIs(page, '#settings-message', `Berkas ${name} sudah diunduh. Cari di folder Unduhan (Download)`);
  const file = testInfo.outputPath('kemajuan.json');
  await download.saveAs(file);
  expect(JSON.parse(fs.readFileSync(file, 'utf8')).lessons.filter((l) => l.read_at !== null)).toHaveLength(1);

  // The warning names everything the reset deletes.
  const reset = page.locator('section[aria-labelledby="reset-title"]');
  await expect(reset).toContainText('semua catatan pelajaran yang sudah dibaca, semua percobaan dan jawaban kuis, lembar kerja KBK');
  await page.getByRole('button', { name: 'Hapus semua kemajuan…' }).click();
  await page.getByRole('button', { name: 'Ya, hapus semuanya' }).click();
  await shownWhereTheEyeIs(page, '#settings-message', 'Semua kemajuan sudah dihapus.');
  await expect(reset.locator('#settings-message')).toHaveCount(1);

  await page.locator('#import-file').setInputFiles(file);
  await page.getByRole('button', { name: 'Ganti dengan isi berkas' }).click();
  await shownWhereTheEyeIs(page, '#settings-message', 'sudah dipulihkan');
  await expect(page.locator('section[aria-labelledby="import-title"] #settings-message')).toHaveCount(1);
});

test('in English too: the export message names the file and the Downloads folder', async ({ page }) => {
  await page.goto('index.html?lang=en#/pengaturan');
  await appReady(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download progress file' }).click()]);
  await shownWhereTheEyeIs(page, '#settings-message', `The file ${download.suggestedFilename()} has been downloaded. Find it in this device's Downloads folder`);
});
