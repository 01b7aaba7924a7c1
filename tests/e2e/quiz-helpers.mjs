// Helpers for driving the quiz like a learner, knowing the answer key from the module file.
import { expect } from '@playwright/test';

/** The module file the app loads (the answer key for tests). */
export async function moduleBody(page, baseURL, id) {
  const res = await page.request.get(`${baseURL}content/inti/${id}.json`);
  expect(res.ok()).toBe(true);
  return res.json();
}

/** The question on screen, from the module body. */
export async function currentQuestion(page, body) {
  const prompt = (await page.locator('.question-prompt').textContent()).trim();
  const q = body.questions.find((x) => x.prompt === prompt);
  expect(q, `question with prompt ${prompt}`).toBeTruthy();
  return q;
}

/** The words the helpers press, per UI language. */
const WORDS = {
  id: { yes: 'Benar', no: 'Salah', up: 'Naik', check: 'Periksa jawaban' },
  en: { yes: 'True', no: 'False', up: 'Up', check: 'Check answer' },
};

/** Answers the question on screen (`page` may also be an iframe's FrameLocator), rightly or
 * wrongly, and waits for the feedback. `lang` picks the words; `submit` names another submit
 * button and `feedback: false` waits for none (the pre-test gives none). */
export async function answerCurrent(page, body, { correct = true, lang = 'id', submit, feedback = true } = {}) {
  const w = WORDS[lang];
  const q = await currentQuestion(page, body);
  const [kind] = Object.keys(q.kind);
  const data = q.kind[kind];
  const pick = (text) => page.locator('label.option', { hasText: text }).locator('input');
  if (kind === 'single') {
    const opt = data.options.find((o) => o.correct === correct);
    await pick(opt.text).check();
  } else if (kind === 'multiple') {
    const opts = correct ? data.options.filter((o) => o.correct) : [data.options.find((o) => !o.correct) ?? data.options[0]];
    for (const o of opts) await pick(o.text).check();
  } else if (kind === 'true_false') {
    await page.getByLabel(data.answer === correct ? w.yes : w.no, { exact: true }).check();
  } else if (kind === 'ordering') {
    const target = correct ? data.steps.map((s) => s.text) : [...data.steps.map((s) => s.text)].reverse();
    for (let i = 0; i < target.length; i++) {
      for (;;) {
        const now = (await page.locator('.order-text').allTextContents()).map((s) => s.trim());
        const pos = now.indexOf(target[i]);
        if (pos <= i) break;
        await page.getByRole('button', { name: `${w.up}: ${target[i]}`, exact: true }).click();
      }
    }
  } else if (kind === 'matching') {
    const rights = data.pairs.map((p) => p.right);
    for (const [i, p] of data.pairs.entries()) {
      const right = correct ? p.right : rights[(i + 1) % rights.length];
      await page.getByLabel(p.left, { exact: true }).selectOption({ label: right });
    }
  }
  await page.getByRole('button', { name: submit ?? w.check }).click();
  if (feedback) await expect(page.locator('#feedback-title')).toBeVisible();
  return q;
}

/** Opens the quiz of `id` (on the app at `base`, default the configured one) and starts an
 * attempt if none is running. */
export async function openQuiz(page, id, base = '') {
  await page.goto(`${base}index.html#/modul/${id}/kuis`);
  const start = page.getByRole('button', { name: /Mulai kuis|Ulangi kuis/ });
  const question = page.locator('.question-prompt');
  await expect(start.or(question)).toBeVisible();
  if (await start.isVisible()) await start.click();
  await expect(question).toBeVisible();
}

/** Reads lessons of `id` like a learner: opens lesson `from` (1-based) and presses "Selesai
 * membaca" on it and each following one up to `to` (default: the last), waiting for each
 * lesson to be on screen first. `page` may be an iframe's FrameLocator: then give `openFirst`,
 * which opens the first lesson to read (e.g. by tapping its link). */
export async function readLessons(page, id, { from = 1, to, total, openFirst } = {}) {
  if (openFirst) {
    await openFirst();
  } else {
    await page.goto(`index.html#/modul/${id}`);
    await page.locator('.lesson-list a').nth(from - 1).click();
  }
  const where = page.getByText(/^Pelajaran \d+ dari \d+$/).first();
  await expect(where).toBeVisible();
  const n = total ?? Number((await where.textContent()).match(/dari (\d+)/)[1]);
  for (let i = from; i <= (to ?? n); i++) {
    await expect(page.getByText(`Pelajaran ${i} dari ${n}`)).toBeVisible();
    await page.getByRole('link', { name: 'Selesai membaca' }).click();
  }
}
