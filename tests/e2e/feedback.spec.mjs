// Feedback that is always true (issue 30, finding 1 and 2): for every question type, after a
// right, a partly right and a wrong answer, every line on screen (after the answer and in the
// result page's review) says what the learner chose and whether it was right, and names as
// "Jawaban yang tepat" only options of the key. Asserted against the key from the module file,
// on real questions of the built-in course (one of each type), served as a deployer's pack so
// that one attempt holds exactly these five.
import { test, expect } from '@playwright/test';
import { appReady } from './support.mjs';
import { chooseMatch, oneOfEachKind, servePack, KINDS } from './quiz-helpers.mjs';


/** Answers the question on screen: `right`, `partial` (part of the key; single and true/false
 * have no partial answer and are answered wrongly) or `wrong`. Returns what was given. */
async function answer(page, q, mode) {
  const [kind] = Object.keys(q.kind);
  const data = q.kind[kind];
  const pick = (text) => page.locator('label.option', { hasText: text }).locator('input');
  if (kind === 'single') {
    const opt = data.options.find((o) => o.correct === (mode === 'right'));
    await pick(opt.text).check();
    return { chosen: [opt.id] };
  }
  if (kind === 'multiple') {
    const keys = data.options.filter((o) => o.correct);
    const wrong = data.options.filter((o) => !o.correct);
    const opts = mode === 'right' ? keys : mode === 'partial' ? keys.slice(1) : wrong.slice(0, 1);
    for (const o of opts) await pick(o.text).check();
    return { chosen: opts.map((o) => o.id) };
  }
  if (kind === 'true_false') {
    const said = mode === 'right' ? data.answer : !data.answer;
    await page.getByLabel(said ? 'Benar' : 'Salah', { exact: true }).check();
    return { said };
  }
  if (kind === 'ordering') {
    const texts = data.steps.map((s) => s.text);
    const target = mode === 'right' ? texts
      : mode === 'partial' ? [...texts.slice(0, -2), texts.at(-1), texts.at(-2)]
        : [...texts.slice(1), texts[0]];
    for (let i = 0; i < target.length; i++) {
      for (;;) {
        const now = (await page.locator('.order-text').allTextContents()).map((s) => s.trim());
        if (now.indexOf(target[i]) <= i) break;
        await page.getByRole('button', { name: `Naik: ${target[i]}`, exact: true }).click();
      }
    }
    return { order: target };
  }
  const rights = data.pairs.map((p) => p.right);
  const given = data.pairs.map((p, i) => {
    if (mode === 'right') return rights[i];
    if (mode === 'partial') return i < 2 ? rights[1 - i] : rights[i];
    return rights[(i + 1) % rights.length];
  });
  for (const [i, p] of data.pairs.entries()) await chooseMatch(page, p.left, given[i]);
  return { given };
}

/** The feedback lines inside `scope`: label, text, and whether the line is marked right. */
async function lines(scope) {
  return scope.locator('.feedback-items li').evaluateAll((lis) => lis.map((li) => ({
    label: li.querySelector('.item-label')?.textContent.trim() ?? '',
    text: li.querySelector('.item-text')?.textContent.trim() ?? '',
    expected: li.querySelector('.item-expected')?.textContent.trim() ?? '',
    right: li.dataset.right === 'true',
    mark: li.classList.contains('item-ok') ? 'ok' : 'bad',
  })));
}

/** What the lines must say for question `q` answered with `given`, computed from the key. */
function expectedLines(q, given) {
  const [kind] = Object.keys(q.kind);
  const data = q.kind[kind];
  const optionLine = (o, chosen) => ({
    label: chosen ? (o.correct ? 'Pilihan Anda — tepat' : 'Pilihan Anda — kurang tepat')
      : (o.correct ? 'Jawaban yang tepat, tidak Anda pilih' : 'Tidak Anda pilih, dan memang bukan jawaban'),
    text: o.text, expected: '', right: chosen === o.correct,
  });
  if (kind === 'single') {
    const pick = data.options.find((o) => o.id === given.chosen[0]);
    const out = [optionLine(pick, true)];
    if (!pick.correct) out.push(...data.options.filter((o) => o.correct).map((o) => optionLine(o, false)));
    return out;
  }
  if (kind === 'multiple') return data.options.map((o) => optionLine(o, given.chosen.includes(o.id)));
  if (kind === 'true_false') {
    const word = (v) => (v ? 'Benar' : 'Salah');
    return given.said === data.answer
      ? [{ label: `Pilihan Anda: ${word(given.said)} — tepat`, text: '', expected: '', right: true }]
      : [{ label: `Pilihan Anda: ${word(given.said)} — kurang tepat`, text: '', expected: `Jawaban yang tepat: ${word(data.answer)}`, right: false }];
  }
  if (kind === 'ordering') {
    const texts = data.steps.map((s) => s.text);
    return given.order.map((t, i) => {
      const belongs = texts.indexOf(t);
      return belongs === i
        ? { label: `Langkah ke-${i + 1} Anda — tepat`, text: t, expected: '', right: true }
        : { label: `Langkah ke-${i + 1} Anda — kurang tepat (seharusnya langkah ke-${belongs + 1})`, text: t, expected: '', right: false };
    });
  }
  return data.pairs.map((p, i) => (given.given[i] === p.right
    ? { label: 'Pilihan Anda — tepat', text: `${p.left} → ${p.right}`, expected: '', right: true }
    : { label: 'Pilihan Anda — kurang tepat', text: `${p.left} → ${given.given[i]}`, expected: `Pasangan yang tepat: → ${p.right}`, right: false }));
}

function verdictFor(q, mode) {
  const [kind] = Object.keys(q.kind);
  if (mode === 'right') return /^Tepat$/;
  if (mode === 'wrong' || kind === 'single' || kind === 'true_false') return /^Kurang tepat$/;
  return /^Sebagian tepat \(\d+%\)$/;
}

/** Checks that no line calls a non-key option the right answer (the original bug), whatever
 * the expected list says. */
function neverMislabels(q, got) {
  const [kind] = Object.keys(q.kind);
  if (kind !== 'single' && kind !== 'multiple') return;
  const keyTexts = q.kind[kind].options.filter((o) => o.correct).map((o) => o.text);
  for (const l of got.filter((x) => x.label.startsWith('Jawaban yang tepat'))) expect(keyTexts).toContain(l.text);
}

for (const mode of ['right', 'partial', 'wrong']) {
  test(`feedback after a ${mode} answer, for every question type, says what was chosen and what is right`, async ({ page, request, baseURL }) => {
    const questions = await oneOfEachKind(request, baseURL);
    await servePack(page, questions);
    await page.goto('index.html#/modul/modul-uji/kuis');
    await appReady(page);
    await page.getByRole('button', { name: 'Mulai kuis' }).click();
    const answered = [];
    for (let n = 0; n < questions.length; n++) {
      const prompt = (await page.locator('.question-prompt').textContent()).trim();
      const q = questions.find((x) => x.prompt === prompt);
      expect(q, prompt).toBeTruthy();
      const given = await answer(page, q, mode);
      await page.getByRole('button', { name: 'Periksa jawaban' }).click();
      const panel = page.locator('section.feedback');
      await expect(page.locator('#feedback-title')).toHaveText(verdictFor(q, mode));
      const got = await lines(panel);
      const want = expectedLines(q, given);
      expect(got.map(({ label, text, expected, right }) => ({ label, text, expected, right })), `${q.id} (${mode})`).toEqual(want);
      for (const l of got) expect(l.mark).toBe(l.right ? 'ok' : 'bad');
      neverMislabels(q, got);
      // For people to look at (360×640): the feedback as the learner sees it.
      await panel.screenshot({ path: test.info().outputPath(`feedback-${Object.keys(q.kind)[0]}-${mode}.png`) });
      answered.push({ q, given });
      const next = page.getByRole('button', { name: n + 1 < questions.length ? 'Soal berikutnya' : 'Lihat hasil' });
      await next.click();
    }
    // The result page's review: the same lines, the learner's choice on every question.
    await expect(page.locator('#result-score')).toBeVisible();
    const items = page.locator('.review-list > li');
    await expect(items).toHaveCount(questions.length);
    for (let i = 0; i < questions.length; i++) {
      const item = items.nth(i);
      const text = await item.locator('p').first().textContent();
      const { q, given } = answered.find((a) => text.includes(a.q.prompt));
      await expect(item.locator('.review-verdict')).toHaveText(verdictFor(q, mode));
      const got = await lines(item);
      expect(got.map(({ label, text: t, expected, right }) => ({ label, text: t, expected, right })), `review ${q.id} (${mode})`).toEqual(expectedLines(q, given));
      neverMislabels(q, got);
    }
  });
}
