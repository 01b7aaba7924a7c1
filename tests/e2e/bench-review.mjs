// The benchmark's figures for "Ulang soal yang salah" (issue 29, items 2 and 3): a review queue
// of 2,000 questions, all due, one for each question of a generated pack of 50 modules × 40
// questions (tests/e2e/bigpack.mjs), written into the app's IndexedDB as the app stores them
// (no testing hook in the app). Timed in the browser at 1× and 4× CPU (DevTools throttling):
//  - home's `app-ready` with an empty queue and with the 2,000 (the queue is read at start);
//  - the home card's count ("review-due", the app's own performance.measure around it);
//  - the review page after "Mulai mengulang": tap → first question on screen, and the app's
//    "review-prepare" (2,000 entries checked against their 50 banks, the session chosen). The
//    rows are written with a fingerprint no key has, so this first visit meets a content update
//    that changed every key: all 2,000 restart at box 1, in one write in the background, timed
//    until the last is stored;
//  - the review page opened again by a fresh load (every key now matching): navigation → first
//    question, and "review-prepare" again.
// The 50 module files come from a local server, and the generated pack is not one the build
// checked, so its validation runs in the browser too (a built-in pack's would not).
//
// Part of tests/e2e/bench.mjs (which calls reviewQueue); on its own, after a release build:
//   node tests/e2e/bench-review.mjs [--runs N]
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appReady, chromiumArgs } from './support.mjs';
import { scratchDir } from './scratch.mjs';
import { makeBigPack } from './bigpack.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const SENTINEL = 'ffffffffffffffff';

/** Writes `n` review rows (modules × questions of the generated pack), due since 1970. */
async function seedQueue(page, modules, perModule) {
  await page.evaluate(([modules, perModule, fingerprint]) => new Promise((resolve, reject) => {
    const open = indexedDB.open('bimtek-mandiri');
    open.onsuccess = () => {
      const tx = open.result.transaction('review', 'readwrite');
      const store = tx.objectStore('review');
      let i = 0;
      for (let m = 0; m < modules; m++) {
        for (let q = 0; q < perModule; q++) {
          const rec = { module: `modul-${m}`, question: `q-${q}`, box: 2, due_day: 0, fingerprint, added_at: 1_000 + i, updated_at: 1_000 + i };
          store.put({ key: `${rec.module}/${rec.question}`, rec });
          i++;
        }
      }
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  }), [modules, perModule, SENTINEL]);
}

/** Rows still carrying the sentinel fingerprint (not yet restarted by the app). */
const unwritten = (page) => page.evaluate((fingerprint) => new Promise((resolve, reject) => {
  const open = indexedDB.open('bimtek-mandiri');
  open.onsuccess = () => {
    const req = open.result.transaction('review').objectStore('review').getAll();
    req.onsuccess = () => { open.result.close(); resolve(req.result.filter((r) => r.rec.fingerprint === fingerprint).length); };
    req.onerror = () => reject(req.error);
  };
  open.onerror = () => reject(open.error);
}), SENTINEL);

/** The last `performance.measure` called `name`, in ms (null if none). */
const lastMeasure = (page, name) => page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.duration ?? null, name);
/** `app-ready` of this page load, in ms from navigation start. */
const readyAt = (page) => page.evaluate(() => performance.getEntriesByName('app-ready')[0].startTime);

/**
 * Measures the review queue on `dist` with `browser`, serving on `port`; prints a Markdown
 * table with `table(head, rows)`.
 */
export async function reviewQueue(browser, { dist, port, table, runs = 3, modules = 50, perModule = 40 }) {
  const site = scratchDir('bench-review');
  fs.cpSync(dist, site, { recursive: true });
  fs.rmSync(path.join(site, 'sw.js'));
  makeBigPack(site, modules, perModule);
  const server = spawn('node', [path.join(root, 'scripts/static-server.mjs'), '--dir', site, '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => server.stdout.once('data', resolve));
  const url = `http://127.0.0.1:${port}/index.html`;
  const n = modules * perModule;
  const rows = [];
  try {
    for (const rate of [1, 4]) {
      const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.goto(`${url}#/`);
      await appReady(page, 60_000);
      const homeReady = async () => {
        const times = [];
        const counts = [];
        for (let i = 0; i < runs; i++) {
          await page.reload();
          await appReady(page, 60_000);
          times.push(await readyAt(page));
          const count = await lastMeasure(page, 'review-due');
          if (count !== null) counts.push(count);
        }
        return [median(times), counts.length ? median(counts) : null];
      };
      const [empty] = await homeReady();
      await seedQueue(page, modules, perModule);
      const [full, count] = await homeReady();
      await page.locator('#review-due-count').waitFor();
      const said = await page.locator('#review-due-count').textContent();

      // The review page after the tap: every key "changed" (the sentinel), all restart.
      const t0 = await page.evaluate(() => performance.now());
      await page.locator('#review-link').click();
      await page.locator('.question-prompt').waitFor({ timeout: 120_000 });
      const firstQuestion = await page.evaluate((t) => performance.now() - t, t0);
      const prepareUpdate = await lastMeasure(page, 'review-prepare');
      const deadline = Date.now() + 180_000;
      let left = n;
      while (Date.now() < deadline && (left = await unwritten(page)) > 0) await new Promise((r) => setTimeout(r, 50));
      const written = await page.evaluate((t) => performance.now() - t, t0);

      // Opened again, fresh (every key matching now): navigation → first question.
      await page.goto(`${url}#/ulang`);
      await page.reload();
      await page.locator('.question-prompt').waitFor({ timeout: 120_000 });
      const fresh = await page.evaluate(() => performance.now());
      const freshReady = await readyAt(page);
      const prepare = await lastMeasure(page, 'review-prepare');
      const f = (v) => (v === null ? '–' : v.toFixed(v < 10 ? 2 : 0));
      rows.push([`${rate}×`, f(empty), f(full), `${f(count)} (“${said.trim()}”)`, f(firstQuestion), f(prepareUpdate),
        left === 0 ? f(written) : `${n - left}/${n} after 180 s`, `${f(freshReady)} / ${f(fresh)}`, f(prepare)]);
      await context.close();
    }
  } finally {
    server.kill();
  }
  console.log(`## Review queue ("Ulang soal yang salah"): ${n} questions due, in ${modules} modules (ms)\n`);
  console.log('Home: `app-ready` with an empty queue and with the full one (median of ' + runs + ' loads), and the card\'s count (the app\'s "review-due" measure). Review page after the tap: to the first question, the app\'s "review-prepare" (every due entry checked against its module\'s bank, the session chosen), and until every entry is stored again (the rows carried a fingerprint no key has: a content update that changed every key, so all restart at box 1, in one write). Opened again fresh: `app-ready` / first question from navigation, and "review-prepare".\n');
  table(['CPU', 'home app-ready, no queue', `home app-ready, ${n} due`, 'count', 'tap → first question', 'review-prepare', `all ${n} restarts stored`, 'again: app-ready / first question', 'review-prepare'], rows);
}

// On its own: `node tests/e2e/bench-review.mjs [--runs N]` (BENCH_DIST for another build,
// BENCH_PORT).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(root, 'dist');
  const port = Number(process.env.BENCH_PORT ?? 18520) + 3;
  const table = (head, rows) => {
    console.log(`| ${head.join(' | ')} |`);
    console.log(`|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);
    console.log('');
  };
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  try {
    const args = process.argv.slice(2);
    const runs = Number(args[args.indexOf('--runs') + 1] || 3) || 3;
    await reviewQueue(browser, { dist, port, table, runs });
  } finally {
    await browser.close();
  }
}
