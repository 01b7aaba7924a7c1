// Issue 30, finding 4: a way forward everywhere. The module page's main button goes on to the
// next unread lesson, then the quiz, then the record; "Lanjutkan" names module and lesson; the
// last lesson leads to the quiz; after a pass the result page offers the record and the next
// module, with "Ulangi kuis" secondary.
import { test, expect } from '@playwright/test';
import { appReady } from './support.mjs';
import { moduleBody, answerCurrent, openQuiz, readLessons } from './quiz-helpers.mjs';

const M = 'agen-perubahan'; // 5 lessons; the next module in the catalog is pemerintahan-bersih

async function takeQuiz(page, body, correct) {
  await openQuiz(page, M);
  for (let i = 1; i <= 10; i++) {
    await answerCurrent(page, body, { correct });
    await page.getByRole('button', { name: i < 10 ? 'Soal berikutnya' : 'Lihat hasil' }).click();
  }
  await expect(page.locator('#result-score')).toBeVisible();
}

test('the module page goes on: next unread lesson, then the quiz, then the record; the last lesson leads to the quiz', async ({ page, baseURL }) => {
  const body = await moduleBody(page, baseURL, M);
  await page.goto('index.html');
  await appReady(page);
  await page.goto(`index.html#/modul/${M}`);
  const next = page.locator('#next-step');
  await expect(next).toHaveText('Mulai belajar');
  await expect(next).toHaveAttribute('href', `#/modul/${M}/pelajaran/mengapa-reformasi-birokrasi`);

  await readLessons(page, M, { from: 1, to: 2 });
  await page.goto(`index.html#/modul/${M}`);
  await expect(next).toHaveText('Lanjutkan: Merencanakan dan Menjalankan Perubahan Kecil');
  await expect(next).toHaveAttribute('href', `#/modul/${M}/pelajaran/merencanakan-perubahan-kecil`);

  // Home's "Lanjutkan" names the module and the lesson, and opens the lesson.
  await page.goto('index.html#/');
  const card = page.locator('section.continue');
  await expect(card).toContainText('Terakhir Anda di: Agen Perubahan — Merencanakan dan Menjalankan Perubahan Kecil');
  await expect(page.locator('#continue-link')).toHaveText('Lanjutkan: Merencanakan dan Menjalankan Perubahan Kecil');
  await page.locator('#continue-link').click();
  await expect(page.getByText('Pelajaran 3 dari 5')).toBeVisible();

  // Lessons 3 to 5; the last "Selesai membaca" opens the quiz.
  for (let i = 3; i <= 5; i++) {
    await expect(page.getByText(`Pelajaran ${i} dari 5`)).toBeVisible();
    await page.getByRole('link', { name: 'Selesai membaca' }).click();
  }
  await expect(page).toHaveURL(new RegExp(`#/modul/${M}/kuis$`));
  await expect(page.getByRole('button', { name: 'Mulai kuis' })).toBeVisible();
  await page.goto(`index.html#/modul/${M}`);
  await expect(next).toHaveText('Mulai kuis');
  await expect(next).toHaveAttribute('href', `#/modul/${M}/kuis`);

  // A failed attempt: the result page's main button is the retry; the module page's the quiz.
  await takeQuiz(page, body, false);
  await expect(page.locator('#result-retry')).toHaveText('Ulangi kuis');
  await expect(page.locator('#result-retry')).not.toHaveClass(/button-secondary/);
  await expect(page.locator('#result-record')).toHaveCount(0);

  // A pass: the record and the next module; "Ulangi kuis" secondary.
  await takeQuiz(page, body, true);
  await expect(page.locator('#result-record')).toHaveText('Lihat bukti belajar');
  await expect(page.locator('#result-record')).toHaveAttribute('href', '#/bukti');
  await expect(page.locator('#result-next-module')).toHaveText('Modul berikutnya: Pemerintahan yang Bersih dan Baik');
  await expect(page.locator('#result-next-module')).toHaveAttribute('href', '#/modul/pemerintahan-bersih');
  await expect(page.locator('#result-retry')).toHaveClass(/button-secondary/);
  await page.goto(`index.html#/modul/${M}`);
  await expect(next).toHaveText('Lihat bukti belajar');
  await expect(next).toHaveAttribute('href', '#/bukti');
});

test('a passed quiz with lessons unread: the result page leads to the next unread lesson, not to the record', async ({ page, baseURL }) => {
  const body = await moduleBody(page, baseURL, M);
  await page.goto('index.html');
  await appReady(page);
  await takeQuiz(page, body, true);
  await expect(page.locator('#result-read')).toHaveText('Lanjutkan: Mengapa Reformasi Birokrasi?');
  await expect(page.locator('#result-read')).toHaveAttribute('href', `#/modul/${M}/pelajaran/mengapa-reformasi-birokrasi`);
  await expect(page.locator('#result-record')).toHaveCount(0);
  await expect(page.locator('#result-next-module')).toHaveCount(0);
  await expect(page.locator('#result-retry')).toHaveClass(/button-secondary/);
});
