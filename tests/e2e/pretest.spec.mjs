// The pre-test (issue 26, item 1), as a learner meets it on a 360×640 phone: pre-test (no
// feedback) → lessons → post-test → the pre-test's answers on the result page → the gain on
// the module page and the record, in Indonesian and in English; the same gain after export →
// reset → import; skipping an offered pre-test; a required one holds the lessons back (a
// deployer pack with `pretest = "required"`). Screenshots of each screen go to the test's
// output folder (and PRETEST_SHOTS, when set) for people to look at.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { appReady, collectErrors } from './support.mjs';
import { moduleBody, answerCurrent, readLessons } from './quiz-helpers.mjs';

const M = 'agen-perubahan';

const W = {
  id: {
    start: 'Mulai pre-test', skip: 'Lewati pre-test', save: 'Simpan dan lanjut', toLessons: 'Mulai belajar',
    quizStart: 'Mulai kuis', next: 'Soal berikutnya', result: 'Lihat hasil', done: 'Pre-test selesai',
    gain: (a, b) => `Pre-test ${a} → Post-test ${b}`, answers: 'Jawaban pre-test Anda', offered: 'boleh dilewati',
    skipped: 'Anda melewati pre-test modul ini.', of: (i, n) => `Soal ${i} dari ${n}`, finish: 'Selesai membaca',
    lessonOf: /^Pelajaran \d+ dari \d+$/,
  },
  en: {
    start: 'Start the pre-test', skip: 'Skip the pre-test', save: 'Save and go on', toLessons: 'Start learning',
    quizStart: 'Start the quiz', next: 'Next question', result: 'See the result', done: 'Pre-test done',
    gain: (a, b) => `Pre-test ${a} → post-test ${b}`, answers: 'Your pre-test answers', offered: 'You may skip',
    skipped: "You skipped this module's pre-test.", of: (i, n) => `Question ${i} of ${n}`, finish: 'Done reading',
    lessonOf: /^Lesson \d+ of \d+$/,
  },
};

/** A 360×640 screenshot, kept with the test's output (and in PRETEST_SHOTS, when set). */
async function shot(page, testInfo, name, { fullPage = true } = {}) {
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file, fullPage });
  if (process.env.PRETEST_SHOTS) {
    fs.mkdirSync(process.env.PRETEST_SHOTS, { recursive: true });
    fs.copyFileSync(file, path.join(process.env.PRETEST_SHOTS, `${name}.png`));
  }
}

/** Takes the pre-test of `id` from its intro: the first item right, the others wrong; no
 * feedback ever shows. Returns the items asked. */
async function takePretest(page, body, lang, n) {
  const w = W[lang];
  await page.getByRole('button', { name: w.start }).click();
  const asked = [];
  for (let i = 1; i <= n; i++) {
    await expect(page.getByText(w.of(i, n))).toBeVisible();
    const q = await answerCurrent(page, body, { correct: i === 1, lang, submit: w.save, feedback: false });
    asked.push(q.id);
    await expect(page.locator('#feedback-title')).toHaveCount(0);
  }
  await expect(page.locator('#pretest-status')).toContainText(w.done);
  return asked;
}

/** Reads every lesson (in `lang`) and passes the post-test with every answer right. */
async function lessonsThenPostTest(page, body, lang, asked, base) {
  const w = W[lang];
  await page.goto(`${base}#/modul/${M}`);
  await page.locator('.lesson-list a').first().click();
  const where = page.getByText(w.lessonOf).first();
  await expect(where).toBeVisible();
  const n = Number((await where.textContent()).match(/\d+$/)[0]);
  for (let i = 1; i <= n; i++) {
    await expect(page.getByText(lang === 'id' ? `Pelajaran ${i} dari ${n}` : `Lesson ${i} of ${n}`)).toBeVisible();
    await page.getByRole('link', { name: w.finish }).click();
  }
  await page.getByRole('button', { name: w.quizStart }).click();
  for (let i = 1; i <= 10; i++) {
    await expect(page.getByText(w.of(i, 10))).toBeVisible();
    const q = await answerCurrent(page, body, { lang });
    expect(asked, `post-test item ${q.id} was in the pre-test`).not.toContain(q.id);
    await page.getByRole('button', { name: i < 10 ? w.next : w.result }).click();
  }
  await expect(page.locator('#result-score')).toHaveAttribute('data-percent', '100');
}

for (const lang of ['id', 'en']) {
  test(`pre-test → lessons → post-test → gain on the module page and the record (${lang})`, async ({ page, baseURL }, testInfo) => {
    const errors = collectErrors(page);
    const w = W[lang];
    const body = await moduleBody(page, baseURL, M);
    const base = `index.html?lang=${lang}`;
    await page.goto(`${base}#/modul/${M}`);
    await appReady(page);
    await expect(page.locator('#pretest-card')).toContainText(w.offered);
    await shot(page, testInfo, `module-offer-${lang}`);
    await page.locator('#pretest-link').click();
    await expect(page).toHaveURL(new RegExp(`#/modul/${M}/kuis/pretest$`));
    await expect(page.locator('#pretest-intro')).toContainText(w.offered);
    await shot(page, testInfo, `pretest-intro-${lang}`);
    const n = body.pretest_questions ?? 5;
    await page.getByRole('button', { name: w.start }).click();
    await expect(page.getByText(w.of(1, n))).toBeVisible();
    await shot(page, testInfo, `pretest-question-${lang}`);
    // Back to the intro state is not possible: the pre-test runs; take it from item 1.
    const asked = [];
    for (let i = 1; i <= n; i++) {
      await expect(page.getByText(w.of(i, n))).toBeVisible();
      const q = await answerCurrent(page, body, { correct: i === 1, lang, submit: w.save, feedback: false });
      asked.push(q.id);
      await expect(page.locator('#feedback-title')).toHaveCount(0);
    }
    const pre = Math.floor(100 / n);
    await expect(page.locator('#pretest-status')).toHaveAttribute('data-percent', String(pre));
    await shot(page, testInfo, `pretest-done-${lang}`);
    // The pre-test's items are its `pre` items.
    for (const id of asked) expect(body.questions.find((q) => q.id === id).use).toBe('pre');

    await lessonsThenPostTest(page, body, lang, asked, base);
    // The pre-test's answers show now, after the post-test, with the key.
    await expect(page.locator('#pretest-review')).toContainText(w.answers);
    await expect(page.locator('#pretest-review .review-list > li')).toHaveCount(n);
    await page.locator('#pretest-review').scrollIntoViewIfNeeded();
    await shot(page, testInfo, `result-pretest-review-${lang}`, { fullPage: false });

    await page.goto(`${base}#/modul/${M}`);
    await expect(page.locator('#pretest-gain')).toHaveText(w.gain(pre, 100));
    await shot(page, testInfo, `module-gain-${lang}`);
    await page.goto(`${base}#/bukti`);
    await expect(page.locator('#record-sheet .sheet-gain')).toHaveText(w.gain(pre, 100));
    await shot(page, testInfo, `record-gain-${lang}`);
    expect(errors).toEqual([]);
  });
}

test('the pre-test and its gain survive export → reset → import', async ({ page, baseURL }, testInfo) => {
  const body = await moduleBody(page, baseURL, M);
  await page.goto(`index.html#/modul/${M}/kuis/pretest`);
  await appReady(page);
  const asked = await takePretest(page, body, 'id', body.pretest_questions ?? 5);
  await lessonsThenPostTest(page, body, 'id', asked, 'index.html');
  const pre = Math.floor(100 / asked.length);

  await page.goto('index.html#/pengaturan');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh berkas kemajuan' }).click(),
  ]);
  const file = testInfo.outputPath('kemajuan.json');
  await download.saveAs(file);
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(exported.version).toBe(4);
  expect(exported.pretests).toHaveLength(1);
  expect(exported.pretests[0].attempt.questions).toEqual(asked);

  await page.getByRole('button', { name: 'Hapus semua kemajuan…' }).click();
  await page.getByRole('button', { name: 'Ya, hapus semuanya' }).click();
  await expect(page.locator('#settings-message')).toContainText('Semua kemajuan sudah dihapus.');
  await page.goto(`index.html#/modul/${M}`);
  await expect(page.locator('#pretest-link')).toHaveText('Mulai pre-test');

  await page.goto('index.html#/pengaturan');
  await page.locator('#import-file').setInputFiles(file);
  await page.getByRole('button', { name: 'Ganti dengan isi berkas' }).click();
  await expect(page.locator('#settings-message')).toContainText('sudah dipulihkan');
  await page.reload();
  await appReady(page);
  await page.goto(`index.html#/modul/${M}`);
  await expect(page.locator('#pretest-gain')).toHaveText(`Pre-test ${pre} → Post-test 100`);
  await page.goto('index.html#/bukti');
  await expect(page.locator('#record-sheet .sheet-gain')).toHaveText(`Pre-test ${pre} → Post-test 100`);
  // A version 1 file (no pre-tests) still imports.
  const v1 = { ...exported, version: 1 };
  delete v1.pretests;
  await page.goto('index.html#/pengaturan');
  await page.locator('#import-file').setInputFiles({ name: 'v1.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(v1)) });
  await page.getByRole('button', { name: 'Ganti dengan isi berkas' }).click();
  await expect(page.locator('#settings-message')).toContainText('sudah dipulihkan');
  await page.goto(`index.html#/modul/${M}`);
  await expect(page.locator('#module-status')).toHaveText('Lulus');
  // Its post-tests are back, its pre-test is not: no gain, and no pre-test offered after a
  // post-test (it would no longer be one).
  await expect(page.locator('#pretest-card')).toHaveCount(0);
  await page.goto('index.html#/bukti');
  await expect(page.locator('#record-sheet tbody tr')).toHaveCount(1);
  await expect(page.locator('#record-sheet .sheet-gain')).toHaveCount(0);
});

test('an offered pre-test can be skipped, and the post-test then draws no pre-test item', async ({ page, baseURL }, testInfo) => {
  const body = await moduleBody(page, baseURL, M);
  await page.goto(`index.html#/modul/${M}/kuis/pretest`);
  await appReady(page);
  await page.getByRole('button', { name: 'Lewati pre-test' }).click();
  await expect(page).toHaveURL(new RegExp(`#/modul/${M}$`));
  await expect(page.locator('#pretest-gain')).toHaveText('Anda melewati pre-test modul ini.');
  await shot(page, testInfo, 'module-skipped-id');
  // The lessons are open, and the post-test never draws a `pre` item.
  await readLessons(page, M, { to: 1 });
  await page.goto(`index.html#/modul/${M}/kuis`);
  await page.getByRole('button', { name: 'Mulai kuis' }).click();
  await expect(page.getByText('Soal 1 dari 10')).toBeVisible();
  const pre = new Set(body.questions.filter((q) => q.use === 'pre').map((q) => q.id));
  for (let i = 1; i <= 10; i++) {
    const q = await answerCurrent(page, body);
    expect(pre.has(q.id), q.id).toBe(false);
    if (i < 10) await page.getByRole('button', { name: 'Soal berikutnya' }).click();
  }
});

test('a required pre-test holds the lessons back until it is done', async ({ page, baseURL }, testInfo) => {
  // A deployer pack: agen-perubahan again as module "wajib", with `pretest = "required"`.
  const index = await (await page.request.get(`${baseURL}content/inti/pack.json`)).json();
  const body = await moduleBody(page, baseURL, M);
  const entry = { ...index.modules.find((m) => m.id === M), id: 'wajib', title: 'Modul Wajib Pre-test', pretest: 'required', file: 'wajib.json' };
  const pack = { ...index, id: 'uji', title: 'Paket uji', modules: [entry] };
  const wajib = { ...body, id: 'wajib' };
  await page.route('**/packs.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify({ format_version: 1, packs: ['content/inti/pack.json', 'content/uji/pack.json'] }) }));
  await page.route('**/content/uji/pack.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(pack) }));
  await page.route('**/content/uji/wajib.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(wajib) }));
  await page.goto('index.html');
  await appReady(page);
  // The changed pack list is read after the app is ready; the catalog then has the module.
  await page.getByRole('link', { name: 'Modul Wajib Pre-test' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Modul Wajib Pre-test');
  await expect(page.locator('#pretest-card')).toContainText('Pre-test ini wajib');
  await shot(page, testInfo, 'module-required-id');
  // A lesson shows the gate, not the lesson.
  await page.locator('.lesson-list a').first().click();
  await expect(page.locator('#pretest-blocked')).toContainText('Kerjakan pre-test dulu');
  await expect(page.getByRole('link', { name: 'Selesai membaca' })).toHaveCount(0);
  await shot(page, testInfo, 'lesson-blocked-id');
  // The post-test waits too.
  await page.evaluate(() => { location.hash = '#/modul/wajib/kuis'; });
  await expect(page.locator('#pretest-blocked')).toContainText('Kerjakan pre-test dulu');
  await expect(page.getByRole('button', { name: 'Mulai kuis' })).toHaveCount(0);
  // No skip button for a required one.
  await page.locator('#pretest-link').click();
  await expect(page.locator('#pretest-intro')).toContainText('Pre-test ini wajib');
  await expect(page.getByRole('button', { name: 'Lewati pre-test' })).toHaveCount(0);
  await takePretest(page, wajib, 'id', wajib.pretest_questions ?? 5);
  // Now the lessons open.
  await page.locator('#pretest-to-lessons').click();
  await page.locator('.lesson-list a').first().click();
  await expect(page.getByRole('link', { name: 'Selesai membaca' })).toBeVisible();
  await expect(page.locator('#pretest-blocked')).toHaveCount(0);
});

test('a post-test started first closes the offered pre-test (it would no longer be one)', async ({ page }) => {
  const P = 'pola-pikir-melayani';
  await page.goto(`index.html#/modul/${P}/kuis`);
  await appReady(page);
  await page.getByRole('button', { name: 'Mulai kuis' }).click();
  await expect(page.getByText('Soal 1 dari 10')).toBeVisible();
  await page.evaluate((p) => { location.hash = `#/modul/${p}/kuis/pretest`; }, P);
  await expect(page.locator('#pretest-status')).toHaveText('Pre-test tidak lagi tersedia: Anda sudah memulai post-test modul ini.');
  await expect(page.getByRole('button', { name: 'Mulai pre-test' })).toHaveCount(0);
  await page.evaluate((p) => { location.hash = `#/modul/${p}`; }, P);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pola Pikir Melayani');
  await expect(page.locator('#pretest-card')).toHaveCount(0);
});
