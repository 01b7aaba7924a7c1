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
      await chooseMatch(page, p.left, right);
    }
  }
  await page.getByRole('button', { name: submit ?? w.check }).click();
  if (feedback) await expect(page.locator('#feedback-title')).toBeVisible();
  return q;
}

/** In a matching question, matches item `left` with answer `right`, as a learner taps: the
 * item's "Pilih pasangan" button, then the answer among the choices it opens. */
export async function chooseMatch(page, left, right) {
  const row = page.getByRole('group', { name: left, exact: true });
  await row.locator('.match-toggle').click();
  await row.locator('.match-choice-text').getByText(right, { exact: true }).click();
  await expect(row.locator('.match-pick strong')).toHaveText(right);
}

/** Gives every item of the matching question on screen some match (the first choice still
 * free), for tests that need any complete answer. */
export async function matchAny(page) {
  const rows = page.locator('.question .match-row');
  for (let n = 0; n < await rows.count(); n++) {
    const row = rows.nth(n);
    await row.locator('.match-toggle').click();
    await row.locator('.match-choice').filter({ hasNot: page.locator('.match-used') }).first().click();
  }
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

/** The built-in modules, and the question types. */
export const MODULES = ['pola-pikir-melayani', 'agen-perubahan', 'pemerintahan-bersih', 'budaya-kerja-mutu'];
export const KINDS = ['single', 'multiple', 'true_false', 'ordering', 'matching'];

/** One real question of each type, from the built-in module files. bkm-24 (the multiple-answer
 * item of the bug report) is preferred when it is there. */
export async function oneOfEachKind(request, baseURL) {
  const picked = {};
  for (const id of MODULES) {
    const res = await request.get(`${baseURL}content/inti/${id}.json`);
    expect(res.ok()).toBe(true);
    for (const q of (await res.json()).questions) {
      const [kind] = Object.keys(q.kind);
      if (kind === 'multiple' && q.id === 'bkm-24') picked.multiple = q;
      else picked[kind] ??= q;
    }
  }
  expect(Object.keys(picked).sort()).toEqual([...KINDS].sort());
  return KINDS.map((k) => picked[k]);
}

const para = (v) => ({ paragraph: { text: [{ text: { v } }] } });

export async function servePack(page, questions) {
  const lesson = { id: 'satu', title: 'Pelajaran uji', minutes: 3 };
  const index = {
    format_version: 1, id: 'uji', title: 'Paket uji', language: 'id',
    modules: [{
      id: 'modul-uji', title: 'Modul uji umpan balik', summary: 'Satu soal dari setiap jenis.', minutes: 10, jp: 1,
      pass_mark: 70, questions_per_attempt: questions.length, max_attempts: 0, objectives: ['Menguji umpan balik'],
      lessons: [lesson], question_count: questions.length, file: 'modul-uji.json',
    }],
  };
  const body = {
    format_version: 1, id: 'modul-uji',
    lessons: [{ ...lesson, blocks: [para('Isi.'), ...['dasar_hukum', 'studi_kasus', 'refleksi', 'ringkasan'].map((kind) => ({ callout: { kind, blocks: [para(kind)] } }))] }],
    glossary: [],
    // The real items name lessons of their own module and some are pre-test items (`lesson`,
    // `use`): this one-lesson pack without those lessons keeps neither, or it would be refused.
    questions: questions.map(({ lesson, use, ...q }) => q),
  };
  await page.route('**/packs.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify({ format_version: 1, packs: ['content/uji/pack.json'] }) }));
  await page.route('**/content/uji/pack.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(index) }));
  await page.route('**/content/uji/modul-uji.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(body) }));
}

