// Issue 30, finding 9: plain words on learners' screens. No storage or protocol names
// (IndexedDB, LRS, xAPI, mod_tincanlaunch, lrs.json, CSV, JSON) in what a learner sees on the
// way through a module — home, module, lesson, quiz page, a question and its feedback, the
// result, the record, settings with its "Rincian teknis" fold closed — and percentages as PUEBI
// writes them (70%, never "70 %"), in Indonesian and English. innerText is what is rendered:
// a closed fold's content is not in it. The fold itself still holds the names, for trainers.
import { test, expect } from '@playwright/test';
import { appReady } from './support.mjs';
import { moduleBody, answerCurrent } from './quiz-helpers.mjs';

const M = 'agen-perubahan';
const JARGON = /IndexedDB|\bLRS\b|xAPI|mod_tincanlaunch|lrs\.json|\bCSV\b|\bJSON\b|\d %/;

async function seen(page, where, found) {
  await page.locator('main h1').first().waitFor();
  const text = await page.evaluate(() => document.body.innerText);
  for (const line of text.split('\n')) if (JARGON.test(line)) found.push(`${where}: ${line.trim().slice(0, 90)}`);
}

for (const lang of ['id', 'en']) {
  test(`a learner's screens use plain words (${lang})`, async ({ page, baseURL }) => {
    const body = await moduleBody(page, baseURL, M);
    const found = [];
    const q = lang === 'en' ? '?lang=en' : '';
    for (const [where, hash] of [['home', '#/'], ['module', `#/modul/${M}`],
      ['lesson', `#/modul/${M}/pelajaran/mawas-diri`], ['quiz page', `#/modul/${M}/kuis`],
      ['record', '#/bukti'], ['modules', '#/modul'], ['settings', '#/pengaturan']]) {
      await page.goto(`index.html${q}${hash}`);
      await appReady(page);
      await seen(page, where, found);
    }
    // The fold holds the names, closed until opened (no LRS here, so nothing opens it).
    await expect(page.locator('#technical')).not.toHaveAttribute('open', /.*/);
    await page.locator('#technical summary').click();
    await expect(page.locator('#storage-tech')).toContainText('IndexedDB');

    await page.goto(`index.html${q}#/modul/${M}/kuis`);
    await appReady(page);
    await page.locator('#quiz-start').click();
    await page.locator('.question-prompt').waitFor();
    await seen(page, 'question', found);
    for (let i = 1; i <= 10; i++) {
      await answerCurrent(page, body, { correct: i % 3 !== 0, lang });
      if (i === 3) await seen(page, 'feedback', found);
      await page.locator('.actions .button').first().click();
    }
    await expect(page.locator('#result-score')).toBeVisible();
    await expect(page.locator('#result-score')).toContainText(/\d+%/);
    await seen(page, 'result', found);
    await page.goto(`index.html${q}#/bukti`);
    await appReady(page);
    await seen(page, 'record after a quiz', found);
    expect(found).toEqual([]);
  });
}
