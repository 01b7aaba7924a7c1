// "Ulang soal yang salah" (issue 29, item 2), as a learner meets it on a 360×640 phone, in
// Indonesian and in English: a post-test with two answers wrong → no card that day → the home
// screen's card "2 soal perlu diulang hari ini" once the clock moves one day → both answered
// right on the review page (the quiz's full feedback, and the box and day each goes to) → none
// due on days 1-3 → both back on day 4 → export, reset (whose warning names them), import keeps
// the queue; the module's score, attempts and answers never change by a review. A wrong review
// answer goes back to box 1 (English). A content update: a question removed from the bank leaves
// the queue quietly, one whose key changed restarts at box 1. An embedded module: its wrong
// answers enter the queue, its page shows its own card, the review stays in the frame and sends
// the portal no learning event. Offline after one visit, with the server stopped. Axe finds
// nothing on the card and the review page (id/en × light/dark); screenshots (360×640, light and
// dark) go to $BIMTEK_SHOTS/review/ (default: the system's temporary folder, bimtek-screens/).
//
// The clock: every page load's Date.now is moved by the days stored in localStorage
// ('e2e-days'), the only clock the app reads (as rtl.spec.mjs and dates.spec.mjs move it).
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appReady, collectErrors, serveDir, movableClock, moveClock } from './support.mjs';
import { moduleBody, answerCurrent, currentQuestion, openQuiz, servePack } from './quiz-helpers.mjs';
import { scratchDir } from './scratch.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const M = 'agen-perubahan';
const DAY = 86_400_000;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const shots = path.join(process.env.BIMTEK_SHOTS ?? path.join(os.tmpdir(), 'bimtek-screens'), 'review');

test.use({ timezoneId: 'Asia/Jakarta' });

const W = {
  id: {
    title: 'Ulang soal yang salah', start: 'Mulai mengulang', due: (n) => `${n} soal perlu diulang hari ini.`,
    dueModule: (n) => `${n} soal modul ini perlu diulang hari ini.`,
    where: (box) => `Agen Perubahan · kotak ${box} dari 4`, right: 'Tepat', wrong: 'Kurang tepat',
    up: (box, days) => `Naik ke kotak ${box}: soal ini muncul lagi ${days} hari lagi.`,
    back: 'Kembali ke kotak 1: soal ini muncul lagi besok.',
    next: 'Soal berikutnya', finish: 'Selesai', done: 'Selesai untuk hari ini', score: (r, n) => `${r} dari ${n} soal tepat.`,
    none: 'Tidak ada soal yang perlu diulang hari ini.',
    nextDue: (days) => (days === 1 ? 'Soal berikutnya muncul besok.' : `Soal berikutnya muncul ${days} hari lagi.`),
    empty: 'Belum ada soal untuk diulang.', explanation: 'Penjelasan',
    importDone: 'Kemajuan dari berkas sudah dipulihkan.', confirm: 'Ganti dengan isi berkas',
  },
  en: {
    title: 'Review the questions you missed', start: 'Start reviewing', due: (n) => `${n} questions to review today.`,
    dueModule: (n) => `${n} questions of this module to review today.`,
    where: (box) => `Agen Perubahan · box ${box} of 4`, right: 'Right', wrong: 'Not right',
    up: (box, days) => `Up to box ${box}: this question comes back in ${days} days.`,
    back: 'Back to box 1: this question comes back tomorrow.',
    next: 'Next question', finish: 'Finish', done: 'Done for today', score: (r, n) => `${r} of ${n} questions right.`,
    none: 'Nothing to review today.',
    nextDue: (days) => (days === 1 ? 'The next question comes back tomorrow.' : `The next question comes back in ${days} days.`),
    empty: 'No questions to review yet.', explanation: 'Explanation',
    importDone: 'Progress from the file has been restored.', confirm: 'Replace with the file',
  },
};

/** Home, freshly loaded (a new page load reads the moved clock), with the catalog shown: the
 * positive control before a check that the card is *not* there. */
async function home(page, lang) {
  await page.goto(`index.html?lang=${lang}#/`);
  await page.reload();
  await appReady(page);
  await expect(page.locator('.module-list li').first()).toBeVisible();
}

/** A 360×640 screenshot for people to look at. */
async function shot(page, name, { fullPage = false } = {}) {
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage });
}

const axe = async (page) => {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
};

/** A post-test of module M: the first `wrong` questions answered wrong, the rest right, then
 * the result. Returns the ids of the questions answered wrong, in order. */
async function postTest(page, body, { wrong = 2, lang = 'id', frame } = {}) {
  const where = frame ?? page;
  if (!frame) await openQuiz(page, M);
  const missed = [];
  for (let i = 0; i < 10; i++) {
    const q = await answerCurrent(where, body, { correct: i >= wrong, lang });
    if (i < wrong) missed.push(q.id);
    const last = i === 9;
    await where.getByRole('button', { name: last ? (lang === 'id' ? 'Lihat hasil' : 'See the result') : W[lang].next }).click();
  }
  await expect(where.locator('#result-score')).toBeVisible();
  return missed;
}

/** The module's quiz as the module page shows it: best score and attempts (unchanged by reviews). */
async function quizFacts(page, lang) {
  await page.goto(`index.html?lang=${lang}#/modul/${M}`);
  await appReady(page);
  await expect(page.locator('#quiz-title')).toBeVisible();
  return [await page.locator('#module-status').textContent(), await page.locator('section[aria-labelledby="quiz-title"]').textContent()];
}

/** Answers the review question on screen (right or not) and checks what it says about it. */
async function review(page, body, lang, { correct = true, box, after }) {
  const w = W[lang];
  await expect(page.locator('.review-where')).toHaveText(w.where(box));
  const q = await answerCurrent(page, body, { correct, lang });
  await expect(page.locator('#feedback-title')).toHaveText(correct ? w.right : new RegExp(`^(${w.wrong}|${lang === 'id' ? 'Sebagian tepat' : 'Partly correct'})`));
  // The quiz's full feedback: every item's line and the explanation.
  await expect(page.locator('.feedback .feedback-items li').first()).toBeVisible();
  await expect(page.locator('.feedback h3')).toHaveText(w.explanation);
  await expect(page.locator('#review-after')).toHaveText(after);
  return q;
}

/** Exports the progress through Settings and returns the file's path and its JSON. */
async function exportFile(page, testInfo, lang = 'id') {
  await page.goto(`index.html?lang=${lang}#/pengaturan`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#export-title ~ button').click(),
  ]);
  const file = testInfo.outputPath(`kemajuan-${lang}.json`);
  await download.saveAs(file);
  return [file, JSON.parse(fs.readFileSync(file, 'utf8'))];
}

test('two wrong answers come back on day 1, answered right they move up and come back on day 4; export, reset and import keep the queue', async ({ context, page, baseURL }, testInfo) => {
  test.setTimeout(180_000);
  const w = W.id;
  const errors = collectErrors(page);
  await movableClock(context);
  const body = await moduleBody(page, baseURL, M);
  await page.goto('index.html');
  await appReady(page);
  await moveClock(page, 0);

  const missed = await postTest(page, body);
  expect(missed).toHaveLength(2);
  const facts = await quizFacts(page, 'id');
  // Day 0: nothing to review yet.
  await home(page, 'id');
  await expect(page.locator('#review-due')).toHaveCount(0);
  await page.goto('index.html#/ulang');
  await expect(page.locator('#review-none p').first()).toHaveText(`${w.none} ${w.nextDue(1)}`);

  // Day 1: the card, and both questions, the first missed first.
  await moveClock(page, 1);
  await home(page, 'id');
  const card = page.locator('#review-due');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText(w.title);
  await expect(page.locator('#review-due-count')).toHaveText(w.due(2));
  expect(await axe(page)).toEqual([]);
  await card.scrollIntoViewIfNeeded();
  await shot(page, 'home-card-id-light');
  await card.getByRole('link', { name: w.start }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.title);
  await expect(page.locator('.question-prompt')).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await shot(page, 'question-id-light');
  const first = await review(page, body, 'id', { box: 1, after: w.up(2, 3) });
  expect(first.id).toBe(missed[0]);
  expect(await axe(page)).toEqual([]);
  await shot(page, 'feedback-id-light', { fullPage: true });
  await page.getByRole('button', { name: w.next }).click();
  const second = await review(page, body, 'id', { box: 1, after: w.up(2, 3) });
  expect(second.id).toBe(missed[1]);
  await page.getByRole('button', { name: w.finish }).click();
  await expect(page.locator('#review-done-title')).toBeFocused();
  await expect(page.locator('#review-score')).toHaveText(w.score(2, 2));
  await expect(page.locator('#review-more')).toHaveCount(0);
  expect(await axe(page)).toEqual([]);
  await shot(page, 'done-id-light');
  // A review changes no score, status or attempt.
  expect(await quizFacts(page, 'id')).toEqual(facts);

  // Days 1 to 3: nothing due; the page says when.
  for (const day of [1, 3]) {
    await moveClock(page, day);
    await home(page, 'id');
    await expect(page.locator('#review-due')).toHaveCount(0);
  }
  await page.goto('index.html#/ulang');
  await expect(page.locator('#review-none p').first()).toHaveText(`${w.none} ${w.nextDue(1)}`);
  // Day 4: both back, in box 2.
  await moveClock(page, 4);
  await home(page, 'id');
  await expect(page.locator('#review-due-count')).toHaveText(w.due(2));

  // Export, reset, import: the queue comes back whole; the answers and attempts are the
  // post-test's alone.
  const [file, exported] = await exportFile(page, testInfo);
  expect(exported.version).toBe(4);
  expect(exported.attempts).toHaveLength(1);
  expect(exported.answers).toHaveLength(10);
  expect(exported.review.map((e) => [e.module, e.question, e.box]).sort()).toEqual(missed.map((q) => [M, q, 2]).sort());
  expect(exported.review[0].fingerprint).toMatch(/^[0-9a-f]{16}$/);
  await page.getByRole('button', { name: 'Hapus semua kemajuan…' }).click();
  await expect(page.locator('#reset-title ~ p').first()).toContainText('jurnal refleksi, soal yang perlu diulang, dan titik “Lanjutkan”');
  await page.getByRole('button', { name: 'Ya, hapus semuanya' }).click();
  await expect(page.locator('#settings-message')).toContainText('Semua kemajuan sudah dihapus.');
  await home(page, 'id');
  await expect(page.locator('#review-due')).toHaveCount(0);
  await page.goto('index.html#/ulang');
  await expect(page.locator('#review-none')).toContainText(w.empty);
  await page.goto('index.html#/pengaturan');
  await page.locator('#import-file').setInputFiles(file);
  await expect(page.locator('#import-review')).toHaveText('Berkas ini juga berisi 2 soal yang perlu diulang; daftar di perangkat ini diganti dengannya.');
  await page.getByRole('button', { name: w.confirm }).click();
  await expect(page.locator('#settings-message')).toHaveText(w.importDone);
  await home(page, 'id');
  await expect(page.locator('#review-due-count')).toHaveText(w.due(2));
  await page.locator('#review-link').click();
  await expect(page.locator('.review-where')).toHaveText(w.where(2));
  expect(errors).toEqual([]);
});

test('in English: the card, a wrong review answer back to box 1, a right one up; axe and screenshots light and dark', async ({ context, page, baseURL }) => {
  test.setTimeout(120_000);
  const w = W.en;
  const errors = collectErrors(page);
  await movableClock(context);
  const body = await moduleBody(page, baseURL, M);
  await page.goto('index.html?lang=en');
  await appReady(page);
  await moveClock(page, 0);
  await page.goto(`index.html?lang=en#/modul/${M}/kuis`);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  const missed = await postTest(page, body, { lang: 'en', frame: page });
  expect(missed).toHaveLength(2);
  await moveClock(page, 1);
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await home(page, 'en');
    await expect(page.locator('#review-due-count')).toHaveText(w.due(2));
    expect(await axe(page)).toEqual([]);
    await page.locator('#review-due').scrollIntoViewIfNeeded();
    await shot(page, `home-card-en-${scheme}`);
    if (scheme === 'light') continue;
    await page.locator('#review-link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.title);
    await expect(page.locator('.lead')).toHaveText("Reviewing does not change your score, your module's status or your quiz attempts.");
    await expect(page.locator('.question-prompt')).toBeVisible();
    expect(await axe(page)).toEqual([]);
    await shot(page, 'question-en-dark');
    // Wrong: back to box 1, due tomorrow (day 2).
    await review(page, body, 'en', { correct: false, box: 1, after: w.back });
    expect(await axe(page)).toEqual([]);
    await shot(page, 'feedback-wrong-en-dark', { fullPage: true });
    await page.getByRole('button', { name: w.next }).click();
    await review(page, body, 'en', { box: 1, after: w.up(2, 3) });
    await page.getByRole('button', { name: w.finish }).click();
    await expect(page.locator('#review-score')).toHaveText(w.score(1, 2));
    expect(await axe(page)).toEqual([]);
    await shot(page, 'done-en-dark');
  }
  // Day 2: the one answered wrong is back, alone.
  await moveClock(page, 2);
  await page.emulateMedia({ colorScheme: 'light' });
  await home(page, 'en');
  await expect(page.locator('#review-due-count')).toHaveText('1 question to review today.');
  await page.locator('#review-link').click();
  await expect(page.locator('.review-where')).toHaveText(w.where(1));
  expect((await currentQuestion(page, body)).id).toBe(missed[0]);
  expect(await axe(page)).toEqual([]);
  await shot(page, 'question-en-light');
  await review(page, body, 'en', { box: 1, after: w.up(2, 3) });
  await shot(page, 'feedback-en-light', { fullPage: true });
  expect(errors).toEqual([]);
});

/** `body` after a content update: question `removed` renamed (gone from the bank), the key of
 * question `changed` changed (whatever its kind). */
function updated(body, removed, changed) {
  const copy = structuredClone(body);
  copy.questions = copy.questions.map((q) => {
    if (q.id === removed) return { ...q, id: `${q.id}-baru` };
    if (q.id !== changed) return q;
    const [kind] = Object.keys(q.kind);
    const data = q.kind[kind];
    if (kind === 'single') {
      const right = data.options.findIndex((o) => o.correct);
      const other = (right + 1) % data.options.length;
      data.options = data.options.map((o, i) => ({ ...o, correct: i === other }));
    } else if (kind === 'multiple') {
      const wrongOne = data.options.findIndex((o) => !o.correct);
      data.options[wrongOne] = { ...data.options[wrongOne], correct: true };
    } else if (kind === 'true_false') {
      data.answer = !data.answer;
    } else if (kind === 'ordering') {
      data.steps.reverse();
    } else if (kind === 'matching') {
      const [a, b] = [data.pairs[0].right, data.pairs[1].right];
      data.pairs[0].right = b;
      data.pairs[1].right = a;
    }
    return q;
  });
  return copy;
}

test('a content update: a question removed from the bank leaves the queue quietly, one whose key changed restarts at box 1', async ({ context, page, baseURL }, testInfo) => {
  test.setTimeout(150_000);
  const w = W.id;
  const errors = collectErrors(page);
  await movableClock(context);
  const body = await moduleBody(page, baseURL, M);
  await page.goto('index.html');
  await appReady(page);
  await moveClock(page, 0);
  const [removed, changed] = await postTest(page, body);
  // Day 1: both right, to box 2.
  await moveClock(page, 1);
  await page.goto('index.html#/ulang');
  await page.reload();
  for (const [i, id] of [removed, changed].entries()) {
    const q = await review(page, body, 'id', { box: 1, after: w.up(2, 3) });
    expect(q.id).toBe(id);
    await page.getByRole('button', { name: i === 0 ? w.next : w.finish }).click();
  }
  // The module's file changes (a new deployment); day 4.
  const newBody = updated(body, removed, changed);
  await page.route(`**/content/inti/${M}.json`, (route) => route.fulfill({ json: newBody }));
  await moveClock(page, 4);
  await home(page, 'id');
  await expect(page.locator('#review-due-count')).toHaveText(w.due(2));
  await page.locator('#review-link').click();
  // Only the changed question, back in box 1, answered against its new key.
  await expect(page.locator('.question-prompt')).toBeVisible();
  const q = await review(page, newBody, 'id', { box: 1, after: w.up(2, 3) });
  expect(q.id).toBe(changed);
  await page.getByRole('button', { name: w.finish }).click();
  await expect(page.locator('#review-score')).toHaveText(w.score(1, 1));
  // Nothing was said about the one removed; it is gone from the queue, and from the count.
  await expect(page.locator('.alert')).toHaveCount(0);
  await home(page, 'id');
  await expect(page.locator('#review-due')).toHaveCount(0);
  const [, exported] = await exportFile(page, testInfo);
  expect(exported.review.map((e) => [e.question, e.box])).toEqual([[changed, 2]]);
  expect(errors).toEqual([]);
});

test('an embedded module: its wrong answers enter the queue, its page shows its own card, and the review stays in the frame without learning events', async ({ context, page, baseURL }) => {
  test.setTimeout(150_000);
  const w = W.id;
  await movableClock(context);
  const body = await moduleBody(page, baseURL, M);
  const portalDir = scratchDir('review-portal');
  fs.writeFileSync(path.join(portalDir, 'index.html'), '<!doctype html><title>x</title>');
  const portal = await serveDir(portalDir);
  const origin = new URL(portal.url).origin;
  try {
    const open = async (hash) => {
      fs.writeFileSync(path.join(portalDir, 'portal.html'), `<!doctype html><html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Portal uji</title></head>
<body style="margin:0"><h1>Portal BPSDM (uji)</h1>
<script>window.events = []; window.addEventListener('message', function (e) {
  if (e.data && e.data.context === 'bimtek') window.events.push(e.data.action);
});</script>
<iframe id="modul" src="${baseURL}index.html?origin=${encodeURIComponent(origin)}&lang=id${hash}" title="Bimtek Mandiri: Agen Perubahan" style="width:100%;height:600px;border:0"></iframe>
</body></html>`);
      await page.goto(`${portal.url}portal.html`);
      const frame = page.frameLocator('#modul');
      await expect(frame.locator('main h1')).toBeVisible();
      return frame;
    };
    const appFrame = () => page.frames().find((f) => f.url().includes('/index.html'));
    let frame = await open(`#/embed/${M}/kuis`);
    await moveClock(appFrame(), 0);
    await frame.getByRole('button', { name: /Mulai kuis|Ulangi kuis/ }).click();
    const missed = await postTest(page, body, { frame });
    await expect.poll(() => page.evaluate(() => window.events.filter((a) => a === 'answered').length)).toBe(10);

    // Day 1: the embedded module's page has its own card; the review stays in the frame.
    await moveClock(appFrame(), 1);
    frame = await open(`#/embed/${M}`);
    await expect(frame.locator('#review-due-count')).toHaveText(w.dueModule(2));
    await expect(frame.locator('#review-link')).toHaveAttribute('href', `#/embed/${M}/ulang`);
    const before = await page.evaluate(() => window.events.length);
    await frame.locator('#review-link').click();
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(w.title);
    await expect(frame.locator('header.app-header')).toHaveCount(0);
    for (const [i, id] of missed.entries()) {
      const q = await answerCurrent(frame, body, {});
      expect(q.id).toBe(id);
      await expect(frame.locator('#review-after')).toHaveText(w.up(2, 3));
      await frame.getByRole('button', { name: i === 0 ? w.next : w.finish }).click();
    }
    await expect(frame.locator('#review-score')).toHaveText(w.score(2, 2));
    await expect(frame.getByRole('link', { name: 'Kembali ke modul' })).toHaveAttribute('href', `#/embed/${M}`);
    // No learning event for a review: a marker from the frame arrives, nothing before it.
    await appFrame().evaluate(() => window.parent.postMessage({ context: 'bimtek', action: 'marker' }, '*'));
    await expect.poll(() => page.evaluate(() => window.events.at(-1))).toBe('marker');
    expect(await page.evaluate((n) => window.events.slice(n), before)).toEqual(['marker']);
  } finally {
    await portal.stop();
  }
});

test('a deployer\'s pack: a fresh load of the review page waits for the pack list, then asks its questions', async ({ page, baseURL }) => {
  // The catalog written into the page is the built-in one; a deployer's packs.json, read a
  // moment later, brings the module whose question is due.
  const body = await moduleBody(page, baseURL, M);
  const question = body.questions.find((q) => 'single' in q.kind);
  await servePack(page, [question]);
  await page.goto('index.html');
  await appReady(page);
  await expect(page.locator('.module-list')).toContainText('Modul uji umpan balik');
  await page.evaluate((question) => new Promise((resolve, reject) => {
    const open = indexedDB.open('bimtek-mandiri');
    open.onsuccess = () => {
      const tx = open.result.transaction('review', 'readwrite');
      tx.objectStore('review').put({ key: `modul-uji/${question}`, rec: {
        module: 'modul-uji', question, box: 3, due_day: 0, fingerprint: '0123456789abcdef', added_at: 1, updated_at: 1 } });
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  }), question.id);
  await page.goto('index.html#/ulang');
  await page.reload();
  await expect(page.locator('.question-prompt')).toHaveText(question.prompt);
  await expect(page.locator('.review-where')).toHaveText('Modul uji umpan balik · kotak 1 dari 4');
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test('after one visit, the review works with the server stopped', async ({ page }) => {
    test.setTimeout(120_000);
    const site = scratchDir('review-offline');
    fs.rmSync(site, { recursive: true, force: true });
    fs.cpSync(path.join(root, 'dist'), site, { recursive: true });
    const server = await serveDir(site);
    let stopped = false;
    try {
      const body = await moduleBody(page, server.url, M);
      await page.goto(`${server.url}index.html#/pengaturan`);
      await appReady(page);
      await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
      await expect(page.locator('#offline-status')).toHaveText('Semua modul (4) tersedia luring di perangkat ini.', { timeout: 30_000 });
      // Two questions due today, from a progress file (version 4); their fingerprints are
      // not the bank's, so the review also restarts them at box 1 as a content update would.
      const today = Math.floor((Date.now() + 7 * 3_600_000) / DAY);
      const entry = (question) => ({ module: M, question, box: 3, due_day: today, fingerprint: '0123456789abcdef', added_at: Date.now() - 20 * DAY, updated_at: Date.now() - DAY });
      const ids = body.questions.filter((q) => q.use !== 'pre').slice(0, 2).map((q) => q.id);
      const doc = { format: 'bimtek-progress', version: 4, exported_at: Date.now(), lessons: [], attempts: [], answers: [], resume: null, review: ids.map(entry) };
      await page.locator('#import-file').setInputFiles({ name: 'kemajuan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
      await page.getByRole('button', { name: W.id.confirm }).click();
      await expect(page.locator('#settings-message')).toHaveText(W.id.importDone);

      await server.stop();
      stopped = true;
      await page.goto(`${server.url}index.html#/`);
      await appReady(page);
      await expect(page.locator('#review-due-count')).toHaveText(W.id.due(2));
      await page.locator('#review-link').click();
      for (const [i, id] of ids.entries()) {
        const q = await review(page, body, 'id', { box: 1, after: W.id.up(2, 3) });
        expect(q.id).toBe(id);
        await page.getByRole('button', { name: i === 0 ? W.id.next : W.id.finish }).click();
      }
      await expect(page.locator('#review-score')).toHaveText(W.id.score(2, 2));
    } finally {
      if (!stopped) await server.stop();
    }
  });
});
