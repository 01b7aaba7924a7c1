// Screenshots (360×640, id/en, light/dark) of issue 30's learner screens with progress in them:
// the quiz page with lessons unread, the result page after a pass with lessons unread, the
// module page mid-way, the result page after a full pass, the settings and record pages right
// after an action. For people to look at (not a test).
//   node tests/e2e/learner-screens.mjs <outdir> [port]
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, appReady } from './support.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'bench-results/learner-screens'));
const port = Number(process.argv[3] ?? 18931);
const M = 'agen-perubahan';
fs.mkdirSync(out, { recursive: true });
const body = JSON.parse(fs.readFileSync(path.join(root, 'dist/content/inti', `${M}.json`), 'utf8'));

const server = spawn('node', [path.join(root, 'scripts/static-server.mjs'), '--dir', path.join(root, 'dist'), '--port', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
const words = {
  id: { done: 'Selesai membaca', start: /Mulai kuis|Ulangi kuis/, check: 'Periksa jawaban', next: 'Soal berikutnya', see: 'Lihat hasil', t: 'Benar', f: 'Salah', save: 'Simpan data diri', export: 'Unduh berkas kemajuan' },
  en: { done: 'Done reading', start: /Start the quiz|Retake the quiz/, check: 'Check answer', next: 'Next question', see: 'See the result', t: 'True', f: 'False', save: 'Save details', export: 'Download progress file' },
};

async function answer(page, w) {
  const prompt = (await page.locator('.question-prompt').textContent()).trim();
  const q = body.questions.find((x) => x.prompt === prompt);
  const [kind] = Object.keys(q.kind);
  const data = q.kind[kind];
  const pick = (text) => page.locator('label.option', { hasText: text }).locator('input');
  if (kind === 'single') await pick(data.options.find((o) => o.correct).text).check();
  else if (kind === 'multiple') for (const o of data.options.filter((o) => o.correct)) await pick(o.text).check();
  else if (kind === 'true_false') await page.getByLabel(data.answer ? w.t : w.f, { exact: true }).check();
  else if (kind === 'ordering') {
    const target = data.steps.map((s) => s.text);
    for (let i = 0; i < target.length; i++) {
      for (;;) {
        const now = (await page.locator('.order-text').allTextContents()).map((s) => s.trim());
        if (now.indexOf(target[i]) <= i) break;
        await page.locator('.order-item', { hasText: target[i] }).locator('button').first().click();
      }
    }
  } else if (kind === 'matching') {
    for (const p of data.pairs) {
      const row = page.getByRole('group', { name: p.left, exact: true });
      await row.locator('.match-toggle').click();
      await row.locator('.match-choice-text').getByText(p.right, { exact: true }).click();
    }
  }
  await page.getByRole('button', { name: w.check }).click();
}

async function shot(page, name, lang, scheme) {
  await page.waitForTimeout(200);
  const file = path.join(out, `${name}-${lang}-${scheme}.png`);
  await page.screenshot({ path: file });
  console.log(file);
}

try {
  for (const scheme of ['light', 'dark']) {
    for (const lang of ['id', 'en']) {
      const w = words[lang];
      const context = await browser.newContext({ viewport: { width: 360, height: 640 }, colorScheme: scheme, deviceScaleFactor: 1, acceptDownloads: true });
      const page = await context.newPage();
      const go = async (hash) => { await page.goto(`http://127.0.0.1:${port}/index.html?lang=${lang}${hash}`); await appReady(page); };
      await go(`#/modul/${M}/pelajaran/mengapa-reformasi-birokrasi`);
      for (let i = 0; i < 2; i++) await page.getByRole('link', { name: w.done }).click();
      await go(`#/modul/${M}`);
      await shot(page, 'module-midway', lang, scheme);
      await go('#/');
      await page.locator('#continue-link').scrollIntoViewIfNeeded();
      await shot(page, 'home-continue', lang, scheme);
      await go(`#/modul/${M}/kuis`);
      await page.locator('#reading-rule').scrollIntoViewIfNeeded();
      await shot(page, 'quiz-unread', lang, scheme);
      await page.getByRole('button', { name: w.start }).click();
      for (let i = 1; i <= 10; i++) {
        await answer(page, w);
        await page.getByRole('button', { name: i < 10 ? w.next : w.see }).click();
      }
      await page.locator('#result-score').waitFor();
      await shot(page, 'result-quiz-passed-unread', lang, scheme);
      // The rest of the lessons: the last one leads to the quiz.
      await page.locator('#result-read').click();
      for (let i = 0; i < 3; i++) await page.getByRole('link', { name: w.done }).click();
      await page.locator('#quiz-start').waitFor();
      await shot(page, 'quiz-after-last-lesson', lang, scheme);
      await go(`#/modul/${M}/kuis/hasil`);
      await shot(page, 'result-lulus', lang, scheme);
      await go(`#/modul/${M}`);
      await shot(page, 'module-lulus', lang, scheme);
      await go('#/bukti');
      await page.locator('#profile-name').fill('Siti Rahma, S.Sos.');
      await page.getByRole('button', { name: w.save }).click();
      await page.locator('#record-message').waitFor();
      await shot(page, 'record-saved', lang, scheme);
      await page.locator('#profile-delete').click();
      await shot(page, 'record-delete-ask', lang, scheme);
      await go('#/pengaturan');
      await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: w.export }).click()]);
      await page.locator('#settings-message').waitFor();
      await shot(page, 'settings-exported', lang, scheme);
      await page.locator('section[aria-labelledby="reset-title"] button').first().click();
      await page.locator('section[aria-labelledby="reset-title"]').scrollIntoViewIfNeeded();
      await shot(page, 'settings-reset-ask', lang, scheme);
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
