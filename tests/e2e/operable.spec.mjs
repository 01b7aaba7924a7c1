// Questions that are easy to operate (issue 30, finding 8): matching shows whole answers as
// full-width buttons, marks the answers another item took and moves them when chosen again;
// ordering has 44 px buttons, the focus follows the moved step and the move is announced; a
// disabled "Periksa jawaban" says what is missing. Real questions of the built-in course (the
// longest matching item), served as a deployer's pack so one attempt holds exactly these.
import { test, expect } from '@playwright/test';
import { appReady } from './support.mjs';
import { MODULES, servePack } from './quiz-helpers.mjs';

/** The built-in single, ordering and the matching question with the longest answer. */
async function questions(request, baseURL) {
  const all = [];
  for (const id of MODULES) {
    const res = await request.get(`${baseURL}content/inti/${id}.json`);
    all.push(...(await res.json()).questions);
  }
  const of = (kind) => all.filter((q) => Object.keys(q.kind)[0] === kind);
  const longest = (q) => Math.max(...q.kind.matching.pairs.map((p) => p.right.length));
  const matching = of('matching').sort((a, b) => longest(b) - longest(a))[0];
  return [of('single')[0], of('ordering')[0], matching];
}

test('matching, ordering and an unanswered question can be operated and say what they need', async ({ page, request, baseURL }) => {
  const qs = await questions(request, baseURL);
  await servePack(page, qs);
  await page.goto('index.html#/modul/modul-uji/kuis');
  await appReady(page);
  await page.getByRole('button', { name: 'Mulai kuis' }).click();
  const submit = page.getByRole('button', { name: 'Periksa jawaban' });
  const missing = page.locator('.submit-missing');
  const live = page.locator('.question [aria-live=polite]').first();
  const seen = new Set();
  for (let n = 0; n < qs.length; n++) {
    await expect(page.locator('.question-prompt')).toBeVisible();
    const prompt = (await page.locator('.question-prompt').textContent()).trim();
    const q = qs.find((x) => x.prompt === prompt);
    const [kind] = Object.keys(q.kind);
    seen.add(kind);
    // An ordering always has an answer (the order shown); the others wait for one.
    if (kind !== 'ordering') await expect(submit).toBeDisabled();
    if (kind === 'single') {
      await expect(missing).toHaveText('Pilih satu jawaban untuk dapat memeriksanya.');
      await page.locator('label.option').first().locator('input').check();
      await expect(missing).toBeHidden();
    } else if (kind === 'ordering') {
      const steps = q.kind.ordering.steps;
      for (const b of await page.locator('.order-buttons button').all()) {
        const box = await b.boundingBox();
        expect(box.height).toBeGreaterThanOrEqual(44);
        expect(box.width).toBeGreaterThanOrEqual(44);
      }
      // The last step, moved up twice with the keyboard: the focus stays on it.
      const texts = (await page.locator('.order-text').allTextContents()).map((s) => s.trim());
      const last = texts[texts.length - 1];
      const up = page.getByRole('button', { name: `Naik: ${last}`, exact: true });
      await up.focus();
      await page.keyboard.press('Enter');
      await expect(up).toBeFocused();
      await expect(page.locator('.order-text').nth(texts.length - 2)).toHaveText(last);
      await expect(live).toHaveText(`“${last}” sekarang nomor ${texts.length - 1} dari ${steps.length}.`);
      await page.keyboard.press('Enter');
      await expect(page.locator('.order-text').nth(texts.length - 3)).toHaveText(last);
      await expect(page.getByRole('button', { name: `Naik: ${last}`, exact: true })).toBeFocused();
      // At the top, "Naik" is off: the focus goes to the step's "Turun".
      const second = (await page.locator('.order-text').nth(1).textContent()).trim();
      await page.getByRole('button', { name: `Naik: ${second}`, exact: true }).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('button', { name: `Turun: ${second}`, exact: true })).toBeFocused();
    } else {
      const pairs = q.kind.matching.pairs;
      await expect(missing).toHaveText(`Masih ${pairs.length} butir belum dipasangkan.`);
      const rows = page.locator('.question .match-row');
      await expect(rows).toHaveCount(pairs.length);
      const row = (i) => page.getByRole('group', { name: pairs[i].left, exact: true });
      // Whole answers, none cut.
      await row(0).locator('.match-toggle').click();
      const choices = row(0).locator('.match-choice-text');
      await expect(choices).toHaveCount(pairs.length);
      expect((await choices.allTextContents()).sort()).toEqual(pairs.map((p) => p.right).sort());
      for (const c of await row(0).locator('.match-choice').all()) {
        expect(await c.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      const answer = pairs[1].right;
      await choices.getByText(answer, { exact: true }).click();
      await expect(row(0).locator('.match-pick strong')).toHaveText(answer);
      await expect(row(0).locator('.match-toggle')).toBeFocused();
      await expect(row(0).locator('.match-toggle')).toHaveText('Ganti pasangan');
      await expect(page.locator('.match-list + [aria-live=polite]')).toHaveText(`“${pairs[0].left}” dipasangkan dengan “${answer}”.`);
      await expect(missing).toHaveText(`Masih ${pairs.length - 1} butir belum dipasangkan.`);
      // The answer row 0 holds is marked in row 1's choices; choosing it moves it.
      await row(1).locator('.match-toggle').click();
      const taken = row(1).locator('.match-choice', { has: page.getByText(answer, { exact: true }) });
      await expect(taken.locator('.match-used')).toHaveText(`sudah dipasangkan dengan “${pairs[0].left}”; memilihnya memindahkannya ke sini`);
      await taken.click();
      await expect(row(1).locator('.match-pick strong')).toHaveText(answer);
      await expect(row(0).locator('.match-pick')).toHaveText('Belum dipilih');
      for (let i = 0; i < pairs.length; i++) {
        if (i === 1) continue;
        await row(i).locator('.match-toggle').click();
        await row(i).locator('.match-choice').filter({ hasNot: page.locator('.match-used') }).first().click();
      }
      await expect(missing).toBeHidden();
    }
    await expect(submit).toBeEnabled();
    await submit.click();
    await expect(page.locator('#feedback-title')).toBeVisible();
    await page.locator('.actions .button').first().click();
  }
  expect([...seen].sort()).toEqual(['matching', 'ordering', 'single']);
});

test('in English, matching and the missing answer speak English', async ({ page, request, baseURL }) => {
  const qs = await questions(request, baseURL);
  await servePack(page, [qs[2]]);
  await page.goto('index.html?lang=en#/modul/modul-uji/kuis');
  await appReady(page);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  const pairs = qs[2].kind.matching.pairs;
  await expect(page.locator('.submit-missing')).toHaveText(`${pairs.length} items still have no match.`);
  await expect(page.locator('.match-toggle').first()).toHaveText('Choose a match');
  await expect(page.locator('.match-pick').first()).toHaveText('Not chosen yet');
});
