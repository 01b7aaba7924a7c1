// Quizzes and progress that is never lost: IndexedDB in a real browser, reloads, closed pages,
// two tabs, export/import/reset, storage failures.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import { installDiskFull, appReady, collectErrors } from './support.mjs';
import { moduleBody, answerCurrent, openQuiz, currentQuestion, readLessons, matchAny } from './quiz-helpers.mjs';

const M = 'agen-perubahan';

test('reading a lesson marks it read; status, resume point and "Lanjutkan" follow', async ({ page }) => {
  await page.goto('index.html');
  await appReady(page);
  await expect(page.locator('.module-card').nth(1).locator('.status')).toHaveText('Belum mulai');
  await page.goto(`index.html#/modul/${M}/pelajaran/mawas-diri`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/./);
  await page.getByRole('link', { name: 'Selesai membaca' }).click();
  await expect(page.getByText('Pelajaran 3 dari 5')).toBeVisible();
  await page.goto(`index.html#/modul/${M}`);
  await expect(page.locator('li.lesson-read')).toHaveCount(1);
  await expect(page.locator('#module-status')).toHaveText('Sedang belajar');
  await page.reload();
  await appReady(page);
  await expect(page.locator('li.lesson-read')).toHaveCount(1);
  // Home offers to continue where the learner was (the module page, the last place visited),
  // at its next step: the first lesson not read yet (issue 30, finding 4).
  await page.goto('index.html#/');
  await expect(page.locator('#continue-link')).toHaveAttribute('href', `#/modul/${M}/pelajaran/mengapa-reformasi-birokrasi`);
  await expect(page.locator('.module-card').nth(1).locator('.status')).toHaveText('Sedang belajar');
});

test('answers survive a reload (same attempt, same order) and a page closed right after answering', async ({ page, context, baseURL }) => {
  const errors = collectErrors(page);
  const body = await moduleBody(page, baseURL, M);
  await page.goto('index.html');
  await appReady(page);
  await openQuiz(page, M);
  await expect(page.getByText('Soal 1 dari 10')).toBeVisible();
  const first = await answerCurrent(page, body);
  await page.getByRole('button', { name: 'Soal berikutnya' }).click();
  await answerCurrent(page, body, { correct: false });
  await page.getByRole('button', { name: 'Soal berikutnya' }).click();
  const third = await currentQuestion(page, body);
  const optionsBefore = await page.locator('.question label, .question .order-text').allTextContents();

  await page.reload();
  await appReady(page);
  await expect(page.getByText('Soal 3 dari 10')).toBeVisible();
  expect((await currentQuestion(page, body)).id).toBe(third.id);
  expect(await page.locator('.question label, .question .order-text').allTextContents()).toEqual(optionsBefore);

  // Answer, then close the page at once; a new page finds the answer kept.
  await answerCurrent(page, body);
  await page.close();
  const again = await context.newPage();
  await again.goto(`index.html#/modul/${M}/kuis`);
  await appReady(again);
  await expect(again.getByText('Soal 4 dari 10')).toBeVisible();
  expect(first.id).not.toBe(third.id);
  expect(errors).toEqual([]);
});

test('take the quiz to the end: pass, result review, status "Lulus" and JP earned', async ({ page, baseURL }) => {
  const body = await moduleBody(page, baseURL, M);
  await page.goto('index.html');
  await appReady(page);
  // A module is "Lulus" with its lessons read and its quiz passed (issue 30; lulus.spec.mjs).
  await readLessons(page, M);
  await openQuiz(page, M);
  for (let i = 1; i <= 10; i++) {
    await expect(page.getByText(`Soal ${i} dari 10`)).toBeVisible();
    await answerCurrent(page, body);
    await expect(page.locator('#feedback-title')).toHaveText('Tepat');
    await expect(page.locator('.feedback')).toContainText('Jawaban tersimpan di perangkat ini.');
    const next = page.getByRole('button', { name: i < 10 ? 'Soal berikutnya' : 'Lihat hasil' });
    await next.click();
  }
  await expect(page).toHaveURL(new RegExp(`#/modul/${M}/kuis/hasil$`));
  await expect(page.locator('#result-score')).toHaveAttribute('data-percent', '100');
  await expect(page.getByText('Selamat, Anda lulus modul ini.')).toBeVisible();
  await expect(page.locator('.review-list > li')).toHaveCount(10);
  await page.goto('index.html#/');
  await expect(page.locator('.module-card').nth(1).locator('.status')).toHaveText('Lulus');
  await expect(page.locator('#course-progress')).toHaveText('1 dari 4 modul lulus · 1 dari 5 JP');
});

test('a failed attempt shows the score and offers a retry with a new draw', async ({ page, baseURL }) => {
  const body = await moduleBody(page, baseURL, M);
  await page.goto('index.html');
  await appReady(page);
  await openQuiz(page, M);
  const drawn = [];
  for (let i = 1; i <= 10; i++) {
    drawn.push((await answerCurrent(page, body, { correct: false })).id);
    await page.getByRole('button', { name: i < 10 ? 'Soal berikutnya' : 'Lihat hasil' }).click();
  }
  await expect(page.getByText('Anda belum lulus.')).toBeVisible();
  await page.getByRole('link', { name: 'Ulangi kuis' }).click();
  await page.getByRole('button', { name: 'Ulangi kuis' }).click();
  const order = [];
  for (let i = 1; i <= 3; i++) {
    order.push((await answerCurrent(page, body)).id);
    await page.getByRole('button', { name: 'Soal berikutnya' }).click();
  }
  expect(order).not.toEqual(drawn.slice(0, 3));
});

test('two tabs making progress at once lose nothing', async ({ context, baseURL }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  const body = await moduleBody(a, baseURL, M);
  await a.goto(`index.html#/modul/${M}/pelajaran/mawas-diri`);
  await b.goto(`index.html#/modul/${M}/pelajaran/memimpin-dengan-teladan`);
  await appReady(a);
  await appReady(b);
  await Promise.all([
    a.getByRole('link', { name: 'Selesai membaca' }).click(),
    b.getByRole('link', { name: 'Selesai membaca' }).click(),
  ]);
  await expect(a.getByText('Pelajaran 3 dari 5')).toBeVisible();
  await expect(b.getByText('Pelajaran 5 dari 5')).toBeVisible();
  // Tab A answers in the quiz while tab B reads another lesson.
  await openQuiz(a, M);
  await answerCurrent(a, body);
  await b.getByRole('link', { name: 'Selesai membaca' }).click();
  for (const p of [a, b]) {
    await p.goto(`index.html#/modul/${M}`);
    await p.reload();
    await appReady(p);
    await expect(p.locator('li.lesson-read')).toHaveCount(3);
    await expect(p.locator('#quiz-link')).toHaveText('Lanjutkan kuis');
  }
});

async function settingsState(page) {
  await page.goto('index.html#/');
  await expect(page.locator('#course-progress')).toBeVisible();
  return {
    course: await page.locator('#course-progress').textContent(),
    statuses: await page.locator('.module-card .status').allTextContents(),
  };
}

test('export → reset → import restores everything; bad files change nothing', async ({ page, baseURL }, testInfo) => {
  const body = await moduleBody(page, baseURL, M);
  await page.goto(`index.html#/modul/${M}/pelajaran/mawas-diri`);
  await appReady(page);
  await page.getByRole('link', { name: 'Selesai membaca' }).click();
  await openQuiz(page, M);
  await answerCurrent(page, body);
  await page.getByRole('button', { name: 'Soal berikutnya' }).click();
  await answerCurrent(page, body);
  const before = await settingsState(page);
  expect(before.statuses[1]).toBe('Sedang belajar');

  await page.goto('index.html#/pengaturan');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh berkas kemajuan' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^bimtek-kemajuan-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('kemajuan.json');
  await download.saveAs(file);
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(exported.format).toBe('bimtek-progress');
  expect(exported.version).toBe(4);
  expect(exported.answers).toHaveLength(2);
  expect(exported.lessons.length).toBeGreaterThanOrEqual(1);

  // Bad files: each refused with a message; nothing changes.
  const text = fs.readFileSync(file, 'utf8');
  const bad = {
    'terpotong.json': [text.slice(0, text.length / 2), 'mungkin terpotong atau rusak'],
    'asing.json': [JSON.stringify({ format: 'lain', version: 1 }), 'bukan berkas kemajuan Bimtek Mandiri'],
    'masa-depan.json': [JSON.stringify({ ...exported, version: 9 }), 'versi Bimtek Mandiri yang lebih baru'],
    'tipe-salah.json': [JSON.stringify({ ...exported, answers: 'banyak' }), 'tidak sesuai format kemajuan'],
    'tidak-konsisten.json': [JSON.stringify({ ...exported, attempts: [] }), 'tidak konsisten'],
    'besar.json': [' '.repeat(6 * 1024 * 1024), 'terlalu besar'],
  };
  for (const [name, [content, message]] of Object.entries(bad)) {
    await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    await expect(page.locator('#settings-message')).toContainText(message);
    await expect(page.locator('#settings-message')).toContainText('tidak ada yang diubah');
    await expect(page.locator('#import-preview')).toHaveCount(0);
  }
  expect(await settingsState(page)).toEqual(before);

  // Reset, behind a confirmation.
  await page.goto('index.html#/pengaturan');
  await page.getByRole('button', { name: 'Hapus semua kemajuan…' }).click();
  await page.getByRole('button', { name: 'Ya, hapus semuanya' }).click();
  await expect(page.locator('#settings-message')).toContainText('Semua kemajuan sudah dihapus.');
  const empty = await settingsState(page);
  expect(empty.statuses).toEqual(['Belum mulai', 'Belum mulai', 'Belum mulai', 'Belum mulai']);

  // Import: preview first, then confirm.
  await page.goto('index.html#/pengaturan');
  await page.locator('#import-file').setInputFiles(file);
  await expect(page.locator('#import-preview')).toContainText('2 jawaban');
  await page.getByRole('button', { name: 'Ganti dengan isi berkas' }).click();
  await expect(page.locator('#settings-message')).toContainText('sudah dipulihkan');
  await page.reload();
  await appReady(page);
  expect(await settingsState(page)).toEqual(before);
  await page.goto(`index.html#/modul/${M}/kuis`);
  await expect(page.getByText('Soal 3 dari 10')).toBeVisible();
});

test('blocked IndexedDB: the app works on memory and says progress will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function () { throw new DOMException('diblokir', 'SecurityError'); };
  });
  await page.goto('index.html');
  await appReady(page);
  await expect(page.locator('.banner-warn')).toContainText('kemajuan TIDAK akan disimpan');
  await page.getByRole('link', { name: 'Pola Pikir Melayani' }).click();
  await page.getByRole('link', { name: 'Mulai belajar' }).click();
  await page.getByRole('link', { name: 'Selesai membaca' }).click();
  await expect(page.getByText('Pelajaran 2 dari 5')).toBeVisible();
});

test('a full disk: a clear message, the answer stays on screen, saved progress is untouched', async ({ page, baseURL }) => {
  const body = await moduleBody(page, baseURL, M);
  await installDiskFull(page);
  await page.goto('index.html');
  await appReady(page);
  await openQuiz(page, M);
  await answerCurrent(page, body);
  await page.getByRole('button', { name: 'Soal berikutnya' }).click();
  await page.evaluate(() => { window.__diskFull = true; });
  await answerCurrent(page, body);
  await expect(page.locator('.banner-error')).toContainText('ruang penyimpanan perangkat penuh');
  await expect(page.locator('.feedback')).toContainText('Jawaban BELUM tersimpan.');
  await page.reload();
  await appReady(page);
  await expect(page.getByText('Soal 2 dari 10')).toBeVisible();
});

test('a slow save says "Menyimpan…" on a disabled button; the answer is kept once', async ({ page }) => {
  await openQuiz(page, M);
  const radio = page.locator('.question input[type=radio], .question input[type=checkbox]').first();
  if (await radio.count()) await radio.check();
  await matchAny(page);
  // Another connection holds the answers store for 1.5 s (a busy disk, another tab's import):
  // the app's write waits behind it.
  await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('bimtek-mandiri');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('answers', 'readwrite');
      const store = tx.objectStore('answers');
      const until = performance.now() + 1500;
      const spin = () => { if (performance.now() < until) store.count().onsuccess = spin; };
      spin();
      tx.oncomplete = () => db.close();
      resolve();
    };
  }));
  // Two presses in one go, as a shaky thumb does.
  await page.getByRole('button', { name: 'Periksa jawaban' }).evaluate((b) => { b.click(); b.click(); });
  await expect(page.getByRole('button', { name: 'Menyimpan…' })).toBeDisabled();
  await expect(page.locator('#feedback-title')).toBeVisible({ timeout: 10_000 });
  await expect(page.locator('.feedback')).toContainText('Jawaban tersimpan di perangkat ini.');
  const stored = await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('bimtek-mandiri');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction('answers').objectStore('answers').count();
      req.onsuccess = () => { open.result.close(); resolve(req.result); };
    };
  }));
  expect(stored).toBe(1);
});
