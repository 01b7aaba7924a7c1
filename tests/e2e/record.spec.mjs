// The completion record: profile validation, a passed module on an A4 PDF, CSV summary.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { appReady } from './support.mjs';
import { moduleBody, answerCurrent, openQuiz, readLessons } from './quiz-helpers.mjs';

const M = 'pemerintahan-bersih';

test('no record before a module is passed; a clear message for a bad NIP', async ({ page }) => {
  await page.goto('index.html#/bukti');
  await appReady(page);
  await expect(page.locator('#record-none')).toContainText('Belum ada modul yang lulus');
  await page.getByLabel('Nama lengkap').fill('Siti Rahma');
  await page.getByLabel(/^NIP/).fill('1990 0101');
  await page.getByRole('button', { name: 'Simpan data diri' }).click();
  await expect(page.locator('#record-message')).toContainText('NIP harus 18 angka');
});

test('in English, the record page explains itself in English (no Indonesian error text)', async ({ page }) => {
  await page.goto('index.html?lang=en#/bukti');
  await appReady(page);
  await expect(page.locator('#record-none')).toHaveText('No module passed yet. The record is made once you pass a module\'s quiz.');
  await page.getByLabel('Full name').fill('Siti Rahma');
  await page.getByLabel(/^NIP/).fill('1990 0101');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.locator('#record-message')).toContainText('The NIP must be 18 digits');
  await expect(page.locator('#record-message')).not.toContainText('NIP harus');
  await page.getByLabel('Full name').fill('');
  await page.getByLabel(/^NIP/).fill('');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.locator('#record-message')).toHaveText('The name is required.');
});

test('pass a module, print the record: one A4 page with the right figures', async ({ page, baseURL }, testInfo) => {
  const body = await moduleBody(page, baseURL, M);
  await page.goto('index.html');
  await appReady(page);
  // On the record only with its lessons read and its quiz passed (issue 30; lulus.spec.mjs).
  await readLessons(page, M);
  await openQuiz(page, M);
  for (let i = 1; i <= 10; i++) {
    await answerCurrent(page, body);
    await page.getByRole('button', { name: i < 10 ? 'Soal berikutnya' : 'Lihat hasil' }).click();
  }
  await expect(page.getByText('Selamat, Anda lulus modul ini.')).toBeVisible();

  await page.goto('index.html#/bukti');
  await page.getByLabel('Nama lengkap').fill('Siti Rahma, S.Sos.');
  await page.getByLabel(/^NIP/).fill('19900101 201503 1 001');
  await page.getByLabel('Unit kerja / OPD').fill('Kecamatan Sukamaju');
  await page.getByRole('button', { name: 'Simpan data diri' }).click();
  await expect(page.locator('#record-message')).toContainText('Data diri tersimpan');
  await expect(page.locator('#sheet-name')).toHaveText('Siti Rahma, S.Sos.');
  await expect(page.locator('#sheet-nip')).toHaveText('19900101 201503 1 001');
  await expect(page.locator('#sheet-total')).toHaveText('1');
  const reference = (await page.locator('#sheet-reference').textContent()).trim();
  expect(reference).toMatch(/^BM-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  // The profile survives a reload; the code is stable.
  await page.reload();
  await appReady(page);
  await expect(page.locator('#sheet-reference')).toHaveText(reference);

  const pdf = testInfo.outputPath('bukti.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  const info = execFileSync('pdfinfo', [pdf]).toString();
  expect(info).toMatch(/Pages:\s+1\n/);
  expect(info).toMatch(/Page size:\s+59[56](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  for (const want of ['Bukti Belajar Mandiri', 'Siti Rahma, S.Sos.', '19900101 201503 1 001',
    'Kecamatan Sukamaju', 'Pemerintahan yang Bersih dan Baik', '100%', reference, 'Mengetahui, atasan langsung']) {
    expect(text).toContain(want);
  }
  expect(text).not.toContain('Simpan data diri');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdf, testInfo.outputPath('bukti')]);
  if (process.env.BIMTEK_KEEP_PDF) fs.copyFileSync(pdf, process.env.BIMTEK_KEEP_PDF);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh sebagai tabel (Excel, Spreadsheet)' }).click(),
  ]);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  expect(csv.split('\r\n')[1]).toBe(`"Siti Rahma, S.Sos.",19900101 201503 1 001,Kecamatan Sukamaju,${M},Pemerintahan yang Bersih dan Baik,${csv.split('\r\n')[1].split(',')[6]},100,1,1,${reference}`);
});
