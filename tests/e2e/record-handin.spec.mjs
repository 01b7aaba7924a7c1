// Issue 30, finding 6: a record an ASN can hand in. "Bukti Belajar Mandiri", dates in words,
// the NIP grouped 8-6-1-3, the direct superior's acknowledgement block (on screen and printed),
// the JP rule said positively and the honest note as a small line, 360 px without overflow, the
// NIP as text in the CSV, and "Bagikan" through the Web Share API (a PNG file; a text summary
// where files cannot be shared; a download where there is no sharing), only on the learner's
// press. Screenshots of the record (id/en × light/dark, on screen and printed) and the shared
// PNG go to $BIMTEK_SHOTS/record-handin/ (default: the system's temporary folder,
// bimtek-screens/) for people to look at.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { appReady, collectErrors } from './support.mjs';
import { moduleBody, answerCurrent, openQuiz, readLessons } from './quiz-helpers.mjs';

const M = 'pemerintahan-bersih';
const NAME = 'Raden Ajeng Wiryodiningrat Kusumawardhani Purbaningrum, S.Sos., M.Si.';
const NIP = '198703122010011002';
const GROUPED = '19870312 201001 1 002';
// Outside test-results/, which the next run empties (BIMTEK_SHOTS to put them elsewhere).
const shots = path.join(process.env.BIMTEK_SHOTS ?? path.join(os.tmpdir(), 'bimtek-screens'), 'record-handin');
const MONTHS_ID = 'Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axe = async (page) => (await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations;
const MONTHS_EN = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** A stub of the Web Share API whose behaviour `window.__shareMode` picks: 'file' (shares
 * anything), 'text' (canShare refuses files), 'abort' (the learner closes the sheet), 'none'
 * (no API at all). What was shared lands in `window.__shared`, the file's bytes as base64. */
async function stubShare(page) {
  await page.addInitScript(() => {
    window.__shareMode = 'none';
    window.__shared = [];
    const share = async (data) => {
      if (window.__shareMode === 'abort') throw new DOMException('closed', 'AbortError');
      const files = [];
      for (const f of data.files ?? []) {
        const bytes = new Uint8Array(await f.arrayBuffer());
        let bin = '';
        for (const b of bytes) bin += String.fromCharCode(b);
        files.push({ name: f.name, type: f.type, size: f.size, base64: btoa(bin) });
      }
      window.__shared.push({ title: data.title, text: data.text, files });
    };
    const canShare = (data) => !(data.files && window.__shareMode === 'text');
    for (const [key, fn] of [['share', share], ['canShare', canShare]]) {
      Object.defineProperty(Navigator.prototype, key, {
        configurable: true,
        get() { return window.__shareMode === 'none' ? undefined : fn; },
      });
    }
  });
}

async function passModule(page, baseURL) {
  const body = await moduleBody(page, baseURL, M);
  await page.goto('index.html');
  await appReady(page);
  await readLessons(page, M);
  await openQuiz(page, M);
  for (let i = 1; i <= 10; i++) {
    await answerCurrent(page, body);
    await page.getByRole('button', { name: i < 10 ? 'Soal berikutnya' : 'Lihat hasil' }).click();
  }
  await expect(page.getByText('Selamat, Anda lulus modul ini.')).toBeVisible();
}

test('the record can be handed in: title, dates in words, NIP grouped, acknowledgement, 360 px, CSV, PDF', async ({ page, baseURL }, testInfo) => {
  test.setTimeout(180_000);
  fs.mkdirSync(shots, { recursive: true });
  const errors = collectErrors(page);
  await passModule(page, baseURL);
  await page.goto('index.html#/bukti');
  await page.getByLabel('Nama lengkap').fill(NAME);
  await page.getByLabel(/^NIP/).fill(NIP);
  await page.getByLabel('Unit kerja / OPD').fill('Badan Perencanaan Pembangunan Daerah Kabupaten Sukamaju');
  await page.getByRole('button', { name: 'Simpan data diri' }).click();
  await expect(page.locator('#record-message')).toContainText('Data diri tersimpan');

  await expect(page.locator('#sheet-title')).toHaveText('Bukti Belajar Mandiri');
  await expect(page.locator('#page-title')).toHaveText('Bukti Belajar Mandiri');
  await expect(page.locator('#sheet-nip')).toHaveText(GROUPED);
  await expect(page.locator('.sheet-date').first()).toHaveText(new RegExp(`^\\d{1,2} (${MONTHS_ID}) \\d{4}$`));
  await expect(page.locator('#sheet-made-on')).toHaveText(new RegExp(`^Dibuat pada \\d{1,2} (${MONTHS_ID}) \\d{4}$`));
  const sheet = page.locator('#record-sheet');
  expect(await sheet.innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  const ack = page.locator('#sheet-ack');
  await expect(ack.getByRole('heading')).toHaveText('Mengetahui, atasan langsung');
  await expect(ack.locator('dt')).toHaveText(['Tanda tangan', 'Nama', 'NIP']);
  await expect(page.locator('#sheet-rule')).toHaveText(/seluruh pelajaran wajibnya sudah dibaca dan kuis akhirnya lulus/);
  const note = page.locator('.sheet-statement');
  await expect(note).toContainText('siapa pun dapat menghitungnya');
  await expect(note).not.toContainText(/BUKAN|bukan bukti/);
  expect(Number.parseFloat(await note.evaluate((e) => getComputedStyle(e).fontSize))).toBeLessThan(16);

  // 360 px: nothing wider than the screen, the name and the NIP whole and inside it.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  for (const sel of ['#sheet-name', '#sheet-nip']) {
    const fit = await page.locator(sel).evaluate((e) => {
      const r = e.getBoundingClientRect();
      return { right: r.right, clipped: e.scrollWidth > e.clientWidth + 1 };
    });
    expect(fit.clipped, sel).toBe(false);
    expect(fit.right, sel).toBeLessThanOrEqual(360);
  }
  await expect(page.locator('#sheet-name')).toHaveText(NAME);
  await sheet.screenshot({ path: path.join(shots, 'record-id-light.png') });
  expect(await axe(page)).toEqual([]);

  // Printed: one A4 page with the acknowledgement block and the grouped NIP.
  const pdf = testInfo.outputPath('bukti.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(/Pages:\s+1\n/);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  for (const want of ['Bukti Belajar Mandiri', GROUPED, 'Mengetahui, atasan langsung', 'Tanda tangan', 'Kusumawardhani']) {
    expect(text).toContain(want);
  }
  expect(text).toMatch(new RegExp(`\\d{1,2} (${MONTHS_ID}) \\d{4}`));
  expect(text).not.toContain('Bagikan');
  execFileSync('pdftoppm', ['-png', '-r', '50', '-singlefile', pdf, path.join(shots, 'record-printed-id')]);

  // The CSV keeps the NIP as text (grouped: no spreadsheet reads it as a number).
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh sebagai tabel (Excel, Spreadsheet)' }).click(),
  ]);
  const row = fs.readFileSync(await download.path(), 'utf8').split('\r\n')[1];
  expect(row.startsWith(`"${NAME}",${GROUPED},`), row).toBe(true);

  // Dark, and English.
  await page.emulateMedia({ colorScheme: 'dark' });
  await sheet.screenshot({ path: path.join(shots, 'record-id-dark.png') });
  await page.goto('index.html?lang=en#/bukti');
  await appReady(page);
  await expect(page.locator('#sheet-title')).toHaveText('Self-Study Learning Record');
  await expect(page.locator('.sheet-date').first()).toHaveText(new RegExp(`^\\d{1,2} (${MONTHS_EN}) \\d{4}$`));
  await expect(page.locator('#sheet-ack').getByRole('heading')).toHaveText('Acknowledged by the direct superior');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.locator('#record-sheet').screenshot({ path: path.join(shots, 'record-en-dark.png') });
  expect(await axe(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.locator('#record-sheet').screenshot({ path: path.join(shots, 'record-en-light.png') });
  await page.screenshot({ path: path.join(shots, 'record-page-en-light.png') });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: path.join(shots, 'record-print-media-en.png'), fullPage: true });
  expect(errors).toEqual([]);
});

test('"Bagikan" shares a PNG of the record, or its text, or downloads it; only on the learner\'s press', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  fs.mkdirSync(shots, { recursive: true });
  await stubShare(page);
  await passModule(page, baseURL);
  await page.goto('index.html#/bukti');
  await page.getByLabel('Nama lengkap').fill('Siti Rahma');
  await page.getByLabel(/^NIP/).fill(NIP);
  await page.getByRole('button', { name: 'Simpan data diri' }).click();
  await expect(page.locator('#record-message')).toContainText('Data diri tersimpan');
  const button = page.getByRole('button', { name: 'Bagikan' });
  // Said in plain words next to the button, and tied to it.
  await expect(page.locator('#record-share-note')).toContainText('hanya ke aplikasi yang Anda pilih');
  await expect(button).toHaveAttribute('aria-describedby', 'record-share-note');
  // Nothing is shared until the learner presses it.
  expect(await page.evaluate(() => window.__shared.length)).toBe(0);
  const reference = (await page.locator('#sheet-reference').textContent()).trim();

  // A browser that shares files: the picture.
  await page.evaluate(() => { window.__shareMode = 'file'; });
  await button.click();
  await expect(page.locator('#record-share-message')).toHaveText('Gambar bukti sudah diserahkan ke aplikasi pilihan Anda.');
  const shared = await page.evaluate(() => window.__shared);
  expect(shared).toHaveLength(1);
  expect(shared[0].title).toBe('Bukti Belajar Mandiri');
  expect(shared[0].files).toHaveLength(1);
  expect(shared[0].files[0].name).toBe(`bukti-${reference}.png`);
  expect(shared[0].files[0].type).toBe('image/png');
  expect(shared[0].files[0].size).toBeGreaterThan(5_000);
  expect(shared[0].text).toContain('Siti Rahma');
  expect(shared[0].text).toContain(GROUPED);
  expect(shared[0].text).toMatch(new RegExp(`\\d{1,2} (${MONTHS_ID}) \\d{4}`));
  const png = Buffer.from(shared[0].files[0].base64, 'base64');
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  fs.writeFileSync(path.join(shots, 'shared-record.png'), png);

  // Files refused: the text summary.
  await page.evaluate(() => { window.__shareMode = 'text'; });
  await button.click();
  await expect(page.locator('#record-share-message')).toContainText('Ringkasan bukti (teks) sudah diserahkan');
  const second = await page.evaluate(() => window.__shared[1]);
  expect(second.files).toEqual([]);
  expect(second.text).toContain(reference);

  // The learner closes the share sheet: said so, nothing else happens.
  await page.evaluate(() => { window.__shareMode = 'abort'; });
  await button.click();
  await expect(page.locator('#record-share-message')).toHaveText('Tidak jadi dibagikan.');

  // No Web Share API: the picture is downloaded, and the message names the file.
  await page.evaluate(() => { window.__shareMode = 'none'; });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toBe(`bukti-${reference}.png`);
  const bytes = fs.readFileSync(await download.path());
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  await expect(page.locator('#record-share-message')).toContainText(`bukti-${reference}.png`);
  expect(await page.evaluate(() => window.__shared.length)).toBe(2);
});
