// Issue 30, finding 3: JP that means something. A module is "Lulus", earns its JP and is on the
// record only when its post-test is passed AND every lesson is read; the quiz page says what is
// still unread (the quiz stays open: a learner may test themselves first).
import { test, expect } from '@playwright/test';
import { appReady } from './support.mjs';
import { moduleBody, answerCurrent, openQuiz, readLessons } from './quiz-helpers.mjs';

const M = 'agen-perubahan'; // 5 lessons, 1 JP

async function passQuiz(page, body) {
  await openQuiz(page, M);
  for (let i = 1; i <= 10; i++) {
    await answerCurrent(page, body);
    await page.getByRole('button', { name: i < 10 ? 'Soal berikutnya' : 'Lihat hasil' }).click();
  }
  await expect(page.locator('#result-score')).toHaveAttribute('data-percent', '100');
}

test('a passed quiz with 2 of 5 lessons read is not "Lulus", earns no JP and is not on the record; reading the rest makes it so', async ({ page, baseURL }) => {
  const body = await moduleBody(page, baseURL, M);
  await page.goto('index.html');
  await appReady(page);
  await readLessons(page, M, { from: 1, to: 2 });
  await passQuiz(page, body);

  // The result page says the quiz is passed, not the module, and lists what is unread.
  await expect(page.locator('#result-verdict')).toHaveText('Kuis lulus. Modul ini belum lulus: masih ada pelajaran yang belum dibaca.');
  await expect(page.getByText('Selamat, Anda lulus modul ini.')).toHaveCount(0);
  const rule = page.locator('#reading-rule');
  await expect(rule).toContainText('bila kuis lulus dan 5 dari 5 pelajaran sudah dibaca. Sudah dibaca: 2.');
  await expect(rule.locator('.unread-lessons a')).toHaveText(['Merencanakan dan Menjalankan Perubahan Kecil', 'Memimpin dengan Teladan', 'Menghadapi Penolakan terhadap Perubahan']);

  // No JP, no "Lulus", nothing on the record.
  await page.goto('index.html#/');
  await expect(page.locator('#course-progress')).toHaveText('0 dari 4 modul lulus · 0 dari 5 JP');
  await expect(page.locator('.module-card').nth(1).locator('.status')).toHaveText('Sedang belajar');
  await page.goto('index.html#/bukti');
  await expect(page.locator('#record-none')).toBeVisible();

  // The quiz page says the same, and the quiz stays open.
  await page.goto(`index.html#/modul/${M}/kuis`);
  await expect(page.locator('#reading-rule')).toContainText('Anda boleh mengerjakan kuis sekarang');
  await expect(page.locator('#reading-rule .unread-lessons li')).toHaveCount(3);
  await expect(page.getByRole('button', { name: 'Ulangi kuis' })).toBeEnabled();

  // Reading the other three, from the notice's own link.
  await readLessons(page, M, { from: 3, total: 5, openFirst: () => page.locator('#reading-rule .unread-lessons a').first().click() });
  await page.goto('index.html#/');
  await expect(page.locator('#course-progress')).toHaveText('1 dari 4 modul lulus · 1 dari 5 JP');
  await expect(page.locator('.module-card').nth(1).locator('.status')).toHaveText('Lulus');
  await page.goto(`index.html#/modul/${M}/kuis/hasil`);
  await expect(page.locator('#result-verdict')).toHaveText('Selamat, Anda lulus modul ini.');
  await expect(page.locator('#reading-rule')).toHaveCount(0);
  await page.goto('index.html#/bukti');
  await expect(page.locator('#sheet-total')).toHaveText('1');
  // And it all holds after a reload (read from IndexedDB).
  await page.reload();
  await appReady(page);
  await expect(page.locator('#sheet-total')).toHaveText('1');
});

test('in English, the quiz page names the unread lessons too', async ({ page }) => {
  await page.goto('index.html?lang=en');
  await appReady(page);
  await page.goto(`index.html?lang=en#/modul/${M}/kuis`);
  await expect(page.locator('#reading-rule')).toContainText('The module is passed, and its JP counted, when the quiz is passed and 5 of 5 lessons are read. Read so far: 0.');
  await expect(page.locator('#reading-rule .unread-lessons li')).toHaveCount(5);
});
