// The Rencana Tindak Lanjut (RTL) and the reflection journal (issue 26, items 4 and 6), as a
// learner meets them on a 360×640 phone, in Indonesian and in English: the plan written after
// the post-test with the module's own prompts as hints, kept across a reload, on the module page
// and on the record, printed as the record's annex (the record on page 1, the plans from page 2:
// two A4 pages, checked with pdfinfo and pdftotext); the 30-day question on the home screen only
// once the clock has moved 30 days past Lulus, its answer kept with the plan; a lesson's journal
// reflection written in place and kept across a reload, listed on the module page; export →
// reset (whose warning names them) → import keeps the plan, the answer and the journal; a file
// with a plan over its limits refused in words; the plan in an embedded module; learner text
// stays text; axe finds nothing on the new screens (id/en × light/dark). Screenshots (360×640,
// light and dark) go to $BIMTEK_SHOTS/rtl/ (default: the system's temporary folder,
// bimtek-screens/) for people to look at.
//
// The module is made Lulus by importing a progress file (every lesson read, a post-test all
// right), so the spec does not sit through the quiz (record.spec.mjs and lulus.spec.mjs do).
// The clock: every page load's Date.now is moved by the days stored in localStorage
// ('e2e-days'), the only clock the app reads (as dates.spec.mjs moves it).
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appReady, collectErrors, movableClock, moveClock } from './support.mjs';
import { moduleBody } from './quiz-helpers.mjs';

const M = 'agen-perubahan';
const LESSON = 'mawas-diri';
const DAY = 86_400_000;
const HOUR = 3_600_000;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const HOSTILE = '<img src=x onerror="window.__pwned=1">';
// Outside test-results/, which the next run empties (BIMTEK_SHOTS to put them elsewhere).
const shots = path.join(process.env.BIMTEK_SHOTS ?? path.join(os.tmpdir(), 'bimtek-screens'), 'rtl');

test.use({ timezoneId: 'Asia/Jakarta' });

const W = {
  id: {
    title: 'Rencana Tindak Lanjut (RTL)', write: 'Tulis RTL', edit: 'Lihat atau ubah RTL', save: 'Simpan RTL',
    saved: 'RTL tersimpan.', required: '“Apa yang akan saya ubah dalam pekerjaan saya” wajib diisi',
    labels: ['Apa yang akan saya ubah dalam pekerjaan saya', 'Langkah pertama', 'Tenggat (kapan)',
      'Dari mana saya tahu berhasil', 'Kepada siapa saya melapor'],
    example: 'Contoh: ', deadline: 'Tenggat: 31 Januari 2027', deadlineWords: '31 Januari 2027',
    journal: 'Jawaban Anda (jurnal refleksi)', journalTitle: 'Jurnal refleksi Anda', saving: '✓ Tersimpan',
    ask: 'Bagaimana RTL Anda berjalan?', pick: 'Pilih salah satu jawaban dulu.', started: 'Sudah dimulai, belum selesai',
    done: 'Sudah terlaksana', note: 'Satu kalimat: mengapa? (boleh kosong)', answer: 'Simpan jawaban',
    answered: 'Jawaban tersimpan bersama RTL Anda. Terima kasih.', annex: 'Lampiran: Rencana Tindak Lanjut (RTL)',
    follow: (said) => `Tindak lanjut 30 hari: ${said}`, passed: '1 dari 4 modul lulus',
    importDone: 'Kemajuan dari berkas sudah dipulihkan.', confirm: 'Ganti dengan isi berkas',
    tooLong: 'RTL modul agen-perubahan: isian “Kepada siapa saya melapor” terlalu panjang (paling banyak 200 karakter)',
    name: 'Nama lengkap', saveProfile: 'Simpan data diri',
  },
  en: {
    title: 'Follow-up action plan (RTL)', write: 'Write the plan', edit: 'See or edit the plan', save: 'Save the plan',
    saved: 'Your plan is saved.', required: '“What I will change in my work” is required',
    labels: ['What I will change in my work', 'The first step', 'By when', 'How I will know it worked', 'Who I report to'],
    example: 'Example: ', deadline: 'By: 31 January 2027', deadlineWords: '31 January 2027',
    journal: 'Your answer (reflection journal)', journalTitle: 'Your reflection journal', saving: '✓ Saved',
    ask: 'How is your plan going?', pick: 'Choose one answer first.', started: 'Started, not finished',
    done: 'Done', note: 'One line: why? (optional)', answer: 'Save the answer',
    answered: 'Your answer is saved with your plan. Thank you.', annex: 'Annex: follow-up action plans (RTL)',
    follow: (said) => `30-day follow-up: ${said}`, passed: '1 of 4 modules passed',
    importDone: 'Progress from the file has been restored.', confirm: 'Replace with the file',
    tooLong: 'the plan of module agen-perubahan: “Who I report to” is too long (at most 200 characters)',
    name: 'Full name', saveProfile: 'Save details',
  },
};

/** A plan as a learner writes it (the first answer carries hostile markup: it must stay text). */
const PLAN = {
  perubahan: `Memperpendek waktu tunggu legalisasi ${HOSTILE}`,
  langkah: 'Mencatat waktu tunggu dua minggu bersama satu rekan loket.',
  tenggat: '2027-01-31',
  ukuran: 'Rata-rata waktu tunggu turun dari 40 menjadi 20 menit.',
  lapor: 'Kepala seksi pelayanan',
};

/** A version 3 progress file in which module M is Lulus at `passedAt`: every lesson read
 * before it, a post-test of ten items all right finished then. */
function passedFile(body, passedAt) {
  const items = body.questions.filter((q) => q.use !== 'pre').slice(0, 10).map((q) => q.id);
  const attempt = { id: `${passedAt}-0000abcd`, module: M, seed: 7, started_at: passedAt - 20 * 60_000, questions: items, finished_at: passedAt };
  return {
    format: 'bimtek-progress', version: 3, exported_at: passedAt,
    lessons: body.lessons.map((l, i) => ({
      module: M, lesson: l.id, opened_at: passedAt - HOUR + i, read_at: passedAt - 30 * 60_000 + i,
      seconds: 300, position: 100, updated_at: passedAt - 30 * 60_000 + i,
    })),
    attempts: [attempt],
    answers: items.map((q, i) => ({ attempt: attempt.id, question: q, answer: { true_false: true }, credit: 1000, answered_at: passedAt - 10 * 60_000 + i })),
    resume: null,
  };
}

/** Imports `doc` (an object, or a file path) through Settings and waits for it to be done. */
async function importFile(page, doc, lang) {
  const w = W[lang];
  await page.goto(`index.html?lang=${lang}#/pengaturan`);
  await appReady(page);
  const input = page.locator('#import-file');
  if (typeof doc === 'string') await input.setInputFiles(doc);
  else await input.setInputFiles({ name: 'kemajuan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await page.getByRole('button', { name: w.confirm }).click();
  await expect(page.locator('#settings-message')).toHaveText(w.importDone);
}

/** A 360×640 screenshot (the screen, or the whole page) for people to look at. */
async function shot(page, name, { fullPage = false } = {}) {
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage });
}

/** Writes the plan on the RTL page (the page is open) and saves it. */
async function writePlan(page, lang, plan = PLAN) {
  const w = W[lang];
  const [perubahan, langkah, tenggat, ukuran, lapor] = w.labels;
  await page.getByLabel(perubahan).fill(plan.perubahan);
  await page.getByLabel(langkah).fill(plan.langkah);
  await page.getByLabel(tenggat).fill(plan.tenggat);
  await page.getByLabel(ukuran).fill(plan.ukuran);
  await page.getByLabel(lapor).fill(plan.lapor);
  await page.getByRole('button', { name: w.save }).click();
  await expect(page.locator('#rtl-message')).toHaveText(w.saved);
}

async function expectPlan(page, lang, plan = PLAN) {
  const [perubahan, langkah, tenggat, ukuran, lapor] = W[lang].labels;
  await expect(page.getByLabel(perubahan)).toHaveValue(plan.perubahan);
  await expect(page.getByLabel(langkah)).toHaveValue(plan.langkah);
  await expect(page.getByLabel(tenggat)).toHaveValue(plan.tenggat);
  await expect(page.getByLabel(ukuran)).toHaveValue(plan.ukuran);
  await expect(page.getByLabel(lapor)).toHaveValue(plan.lapor);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
}

/** Home, freshly loaded (a new page load reads the moved clock; going to another hash of the
 * same page would not), with the catalog and the learner's progress shown (the positive
 * control before a check that the 30-day question is *not* there). */
async function homeWithProgress(page, lang) {
  await page.goto(`index.html?lang=${lang}#/`);
  await page.reload();
  await appReady(page);
  await expect(page.getByText(W[lang].passed)).toBeVisible();
}

const axe = async (page, include) => {
  let builder = new AxeBuilder({ page }).withTags(WCAG);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
};

test('the plan after Lulus: kept, on the record and printed as its annex; the 30-day question only after 30 days; the journal kept; export → reset → import keeps all', async ({ context, page, baseURL }, testInfo) => {
  test.setTimeout(180_000);
  const w = W.id;
  const errors = collectErrors(page);
  await movableClock(context);
  const body = await moduleBody(page, baseURL, M);
  await page.goto('index.html');
  await appReady(page);
  await moveClock(page, 0);
  await importFile(page, passedFile(body, Date.now() - HOUR), 'id');

  // The module page offers the plan once the post-test is done.
  await page.goto(`index.html#/modul/${M}`);
  await expect(page.locator('#module-status')).toHaveText('Lulus');
  await page.getByRole('link', { name: w.write }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.title);
  // The module's own prompts and examples are the hints.
  await expect(page.locator('#rtl-perubahan-hint')).toContainText('Perubahan kecil apa yang akan Anda pimpin di unit Anda?');
  await expect(page.locator('#rtl-perubahan-hint')).toContainText(`${w.example}Memperpendek waktu tunggu legalisasi dokumen di loket kami.`);
  await expect(page.getByLabel(w.labels[0])).toHaveAttribute('aria-describedby', 'rtl-perubahan-hint');
  // "What I will change" is required: said in words, nothing saved.
  await page.getByRole('button', { name: w.save }).click();
  await expect(page.locator('#rtl-message')).toContainText(w.required);
  await writePlan(page, 'id');
  await page.reload();
  await appReady(page);
  await expectPlan(page, 'id');
  await expect(page.locator('#rtl-follow-later')).toBeVisible();

  await page.goto(`index.html#/modul/${M}`);
  await expect(page.locator('#rtl-card-plan')).toContainText(PLAN.perubahan);
  await expect(page.locator('#rtl-card-title ~ .meta')).toHaveText(w.deadline);
  await expect(page.locator('#rtl-link')).toHaveText(w.edit);

  // The journal: written in place, kept across a reload, listed on the module page.
  const entry = 'Saya jarang bertanya kepada warga.\nMulai besok saya bertanya setiap pagi.';
  await page.goto(`index.html#/modul/${M}/pelajaran/${LESSON}`);
  await appReady(page);
  const field = page.getByLabel(w.journal);
  await expect(page.locator('aside.callout-reflect .journal')).toBeVisible();
  await field.fill(entry);
  await expect(page.locator(`#jurnal-${LESSON}-status`)).toHaveText(w.saving);
  await page.reload();
  await appReady(page);
  await expect(page.getByLabel(w.journal)).toHaveValue(entry);
  await page.goto(`index.html#/modul/${M}`);
  await expect(page.locator('#journal-list .journal-entry')).toHaveText(entry);
  await page.locator('#journal-list a').click();
  await expect(page.getByLabel(w.journal)).toHaveValue(entry);

  // The 30-day question: not on day 0 nor on day 29, asked from day 30.
  await homeWithProgress(page, 'id');
  await expect(page.locator('#follow-ups')).toHaveCount(0);
  await moveClock(page, 29);
  await homeWithProgress(page, 'id');
  await expect(page.locator('#follow-ups')).toHaveCount(0);
  await moveClock(page, 30);
  await homeWithProgress(page, 'id');
  const card = page.locator('.follow-up');
  await expect(card.getByRole('heading', { name: w.ask })).toBeVisible();
  await expect(card).toContainText(`Sudah 30 hari sejak Anda lulus modul “Agen Perubahan”. Rencana Anda: “${PLAN.perubahan}”`);
  await card.getByRole('button', { name: w.answer }).click();
  await expect(card.locator('.notice-slot')).toHaveText(w.pick);
  await card.getByLabel(w.started).check();
  await card.getByLabel(w.note).fill('Baru satu loket yang mencatat.');
  await card.getByRole('button', { name: w.answer }).click();
  await expect(card.locator('.notice-slot')).toHaveText(w.answered);
  await expect(card).toBeVisible();
  // Answered: asked no more.
  await homeWithProgress(page, 'id');
  await expect(page.locator('#follow-ups')).toHaveCount(0);
  // The RTL page shows the answer, which may be changed.
  await page.goto(`index.html#/modul/${M}/rtl`);
  await expect(page.locator('.follow-up').getByLabel(w.started)).toBeChecked();

  // The record: the plans as its annex, on screen and on paper (record page 1, annex page 2).
  await page.goto('index.html#/bukti');
  await page.getByLabel(w.name).fill('Siti Rahma, S.Sos.');
  await page.getByRole('button', { name: w.saveProfile }).click();
  const sheet = page.locator('#rtl-sheet');
  await expect(sheet.getByRole('heading', { name: w.annex })).toBeVisible();
  await expect(sheet).toContainText(PLAN.perubahan);
  await expect(sheet).toContainText(w.deadlineWords);
  await expect(sheet).toContainText(w.follow(`${w.started} — Baru satu loket yang mencatat.`));
  await expect(sheet.locator('.rtl-who')).toHaveText('Siti Rahma, S.Sos.');
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  const pdf = testInfo.outputPath('bukti-rtl.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  const info = execFileSync('pdfinfo', [pdf]).toString();
  expect(info).toMatch(/Pages:\s+2\n/);
  expect(info).toMatch(/Page size:\s+59[56](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
  const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-']).toString();
  const page2 = execFileSync('pdftotext', ['-f', '2', '-l', '2', '-layout', pdf, '-']).toString();
  expect(page1).toContain('Bukti Belajar Mandiri');
  expect(page1).not.toContain('Lampiran');
  for (const want of [w.annex, 'Siti Rahma, S.Sos.', 'Agen Perubahan', 'Memperpendek waktu tunggu legalisasi',
    PLAN.langkah, w.deadlineWords, 'Kepala seksi pelayanan', 'Tindak lanjut 30 hari']) {
    expect(page2.replace(/\s+/g, ' ')).toContain(want);
  }
  expect(page2).not.toContain(w.saveProfile);
  execFileSync('pdftoppm', ['-png', '-r', '50', pdf, testInfo.outputPath('bukti-rtl')]);
  if (process.env.BIMTEK_SHOTS) {
    fs.mkdirSync(shots, { recursive: true });
    fs.copyFileSync(pdf, path.join(shots, 'bukti-rtl.pdf'));
  }

  // Export → reset → import.
  await page.goto('index.html#/pengaturan');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh berkas kemajuan' }).click(),
  ]);
  const file = testInfo.outputPath('kemajuan.json');
  await download.saveAs(file);
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(exported.version).toBe(4);
  expect(exported.rtl).toHaveLength(1);
  expect(exported.rtl[0]).toMatchObject({ module: M, perubahan: PLAN.perubahan, tenggat: PLAN.tenggat, lapor_kepada: PLAN.lapor });
  expect(exported.rtl[0].follow_up).toMatchObject({ outcome: 'started', note: 'Baru satu loket yang mencatat.' });
  expect(exported.journal).toEqual([expect.objectContaining({ module: M, lesson: LESSON, text: entry })]);

  // A file with a plan over its limit is refused in words; nothing changes.
  const bad = { ...exported, rtl: [{ ...exported.rtl[0], lapor_kepada: 'x'.repeat(201) }] };
  await page.locator('#import-file').setInputFiles({ name: 'panjang.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(page.locator('#settings-message')).toContainText(w.tooLong);
  await expect(page.locator('#settings-message')).toContainText('tidak ada yang diubah');

  await page.getByRole('button', { name: 'Hapus semua kemajuan…' }).click();
  await expect(page.locator('#reset-title ~ p').first()).toContainText('Rencana Tindak Lanjut (RTL) beserta jawaban tindak lanjutnya, jurnal refleksi');
  await page.getByRole('button', { name: 'Ya, hapus semuanya' }).click();
  await expect(page.locator('#settings-message')).toContainText('Semua kemajuan sudah dihapus.');
  await page.goto(`index.html#/modul/${M}/rtl`);
  await expect(page.getByLabel(w.labels[0])).toHaveValue('');
  await page.goto(`index.html#/modul/${M}/pelajaran/${LESSON}`);
  await expect(page.getByLabel(w.journal)).toHaveValue('');
  await page.goto(`index.html#/modul/${M}`);
  await expect(page.locator('#rtl-card-title')).toHaveCount(0);
  await expect(page.locator('#journal-list')).toHaveCount(0);

  await page.goto('index.html#/pengaturan');
  await page.locator('#import-file').setInputFiles(file);
  await expect(page.locator('#import-rtl')).toHaveText('Berkas ini juga berisi 1 RTL dan 1 isian jurnal; yang ada di perangkat ini diganti dengannya.');
  await page.getByRole('button', { name: w.confirm }).click();
  await expect(page.locator('#settings-message')).toHaveText(w.importDone);
  await page.reload();
  await appReady(page);
  await page.goto(`index.html#/modul/${M}/rtl`);
  await expectPlan(page, 'id');
  await expect(page.locator('.follow-up').getByLabel(w.started)).toBeChecked();
  await page.goto(`index.html#/modul/${M}/pelajaran/${LESSON}`);
  await expect(page.getByLabel(w.journal)).toHaveValue(entry);
  await homeWithProgress(page, 'id');
  await expect(page.locator('#follow-ups')).toHaveCount(0);

  // A file from before plans and the journal (version 2) still imports.
  const v2 = { ...passedFile(body, Date.now() - HOUR), version: 2 };
  await importFile(page, v2, 'id');
  await page.goto(`index.html#/modul/${M}/rtl`);
  await expect(page.getByLabel(w.labels[0])).toHaveValue('');
  expect(errors).toEqual([]);
});

test('in English: the form, the 30-day question, the journal, the annex and a refused file say it in English', async ({ context, page, baseURL }) => {
  test.setTimeout(120_000);
  const w = W.en;
  const errors = collectErrors(page);
  await movableClock(context);
  const body = await moduleBody(page, baseURL, M);
  await page.goto('index.html?lang=en');
  await appReady(page);
  await moveClock(page, 0);
  await importFile(page, passedFile(body, Date.now() - 2 * HOUR), 'en');
  await page.goto(`index.html?lang=en#/modul/${M}`);
  await page.getByRole('link', { name: w.write }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.title);
  for (const label of w.labels) await expect(page.getByLabel(label)).toBeVisible();
  await expect(page.locator('#rtl-langkah-pertama-hint')).toContainText(w.example);
  await page.getByRole('button', { name: w.save }).click();
  await expect(page.locator('#rtl-message')).toHaveText(`The plan is not saved: ${w.required}`);
  await writePlan(page, 'en');

  await page.goto(`index.html?lang=en#/modul/${M}/pelajaran/${LESSON}`);
  await page.getByLabel(w.journal).fill('I seldom ask citizens what they need.');
  await expect(page.locator(`#jurnal-${LESSON}-status`)).toHaveText(w.saving);
  await page.goto(`index.html?lang=en#/modul/${M}`);
  await expect(page.locator('#journal-title')).toHaveText(w.journalTitle);
  await expect(page.locator('#rtl-card-title ~ .meta')).toHaveText(w.deadline);

  await moveClock(page, 30);
  await homeWithProgress(page, 'en');
  const card = page.locator('.follow-up');
  await expect(card.getByRole('heading', { name: w.ask })).toBeVisible();
  await card.getByLabel(w.done, { exact: true }).check();
  await card.getByRole('button', { name: w.answer }).click();
  await expect(card.locator('.notice-slot')).toHaveText(w.answered);

  await page.goto('index.html?lang=en#/bukti');
  const sheet = page.locator('#rtl-sheet');
  await expect(sheet.getByRole('heading', { name: w.annex })).toBeVisible();
  await expect(sheet).toContainText(w.follow(w.done));
  await expect(sheet).toContainText(w.deadlineWords);
  for (const label of w.labels) await expect(sheet.locator('dt', { hasText: label })).toHaveCount(1);

  // A refused file, in English.
  await page.goto('index.html?lang=en#/pengaturan');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download progress file' }).click(),
  ]);
  const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  const bad = { ...exported, rtl: [{ ...exported.rtl[0], lapor_kepada: 'x'.repeat(201) }] };
  await page.locator('#import-file').setInputFiles({ name: 'long.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(page.locator('#settings-message')).toContainText(w.tooLong);
  await expect(page.locator('#settings-message')).not.toContainText('terlalu panjang');
  expect(errors).toEqual([]);
});

test('in an embedded module (#/embed/<id>/rtl) the plan and the journal work, inside the embed', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`index.html#/embed/${M}/rtl`);
  await appReady(page);
  await expect(page.locator('.app-header')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(W.id.title);
  await expect(page.locator('#rtl-record')).toHaveCount(0);
  await writePlan(page, 'id');
  await page.reload();
  await appReady(page);
  await expectPlan(page, 'id');
  await page.getByRole('link', { name: 'Kembali ke modul' }).click();
  await expect(page).toHaveURL(new RegExp(`#/embed/${M}$`));
  await expect(page.locator('#rtl-link')).toHaveAttribute('href', `#/embed/${M}/rtl`);
  await page.goto(`index.html#/embed/${M}/pelajaran/${LESSON}`);
  await page.getByLabel(W.id.journal).fill('Catatan dari portal.');
  await expect(page.locator(`#jurnal-${LESSON}-status`)).toHaveText(W.id.saving);
  await page.reload();
  await appReady(page);
  await expect(page.getByLabel(W.id.journal)).toHaveValue('Catatan dari portal.');
  expect(errors).toEqual([]);
});

for (const scheme of ['light', 'dark']) {
  for (const lang of ['id', 'en']) {
    test(`axe and screenshots: the RTL page, the 30-day question, the journal, the module page, the record's annex (${lang}, ${scheme})`, async ({ browser, baseURL }) => {
      test.setTimeout(120_000);
      const w = W[lang];
      const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 360, height: 640 }, serviceWorkers: 'block', timezoneId: 'Asia/Jakarta' });
      await movableClock(context);
      const page = await context.newPage();
      const errors = collectErrors(page);
      const body = await moduleBody(page, baseURL, M);
      await page.goto(`index.html?lang=${lang}`);
      await appReady(page);
      await importFile(page, passedFile(body, Date.now() - HOUR), lang);
      const tag = `${lang}-${scheme}`;
      const q = `?lang=${lang}`;

      await page.goto(`index.html${q}#/modul/${M}/rtl`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.title);
      await shot(page, `rtl-form-empty-${tag}`);
      await writePlan(page, lang, { ...PLAN, perubahan: 'Memperpendek waktu tunggu legalisasi dokumen di loket kami.' });
      expect(await axe(page), `RTL page ${tag}`).toEqual([]);
      await shot(page, `rtl-form-saved-${tag}`);
      await shot(page, `rtl-form-full-${tag}`, { fullPage: true });
      // Every control is at least 44 px tall.
      const small = await page.locator('.rtl-form input, .rtl-form textarea, .rtl-form button')
        .evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().height < 44).map((e) => e.id || e.textContent));
      expect(small).toEqual([]);

      await page.goto(`index.html${q}#/modul/${M}/pelajaran/${LESSON}`);
      await page.getByLabel(w.journal).fill('Saya jarang bertanya kepada warga.');
      await expect(page.locator(`#jurnal-${LESSON}-status`)).toHaveText(w.saving);
      await page.locator('aside.callout-reflect').scrollIntoViewIfNeeded();
      expect(await axe(page, 'article.lesson'), `journal ${tag}`).toEqual([]);
      await page.locator(`#jurnal-${LESSON}`).evaluate((e) => e.scrollIntoView({ block: 'center' }));
      await shot(page, `journal-${tag}`);

      await page.goto(`index.html${q}#/modul/${M}`);
      await expect(page.locator('#journal-list')).toBeVisible();
      expect(await axe(page), `module page ${tag}`).toEqual([]);
      await page.locator('#rtl-card-title').evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await shot(page, `module-cards-${tag}`);

      await moveClock(page, 31);
      await homeWithProgress(page, lang);
      await expect(page.locator('.follow-up h2')).toHaveText(w.ask);
      await page.locator('.follow-up').evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await shot(page, `home-follow-up-${tag}`);
      await page.locator('.follow-up').getByRole('button', { name: w.answer }).click();
      await expect(page.locator('.follow-up .notice-slot')).toHaveText(w.pick);
      expect(await axe(page), `home with the 30-day question ${tag}`).toEqual([]);
      await page.locator('.follow-up').getByLabel(w.started).check();
      await page.locator('.follow-up').getByRole('button', { name: w.answer }).click();
      await expect(page.locator('.follow-up .notice-slot')).toHaveText(w.answered);
      await shot(page, `home-follow-up-answered-${tag}`);

      await page.goto(`index.html${q}#/bukti`);
      await expect(page.locator('#rtl-sheet')).toBeVisible();
      expect(await axe(page), `record with the annex ${tag}`).toEqual([]);
      await page.locator('#rtl-sheet').evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await shot(page, `record-annex-${tag}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
}
