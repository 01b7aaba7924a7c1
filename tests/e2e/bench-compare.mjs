// Compares the first visit of two builds, runs interleaved (A, B, A, B, …) so that a busy or
// noisy machine weighs on both alike. Prints figures; asserts nothing.
//
//   node tests/e2e/bench-compare.mjs <dist-a> <dist-b> [--runs 5]
//
// Per page (home, a lesson and a quiz deep link) and build, under Slow-4G + 4x CPU DevTools
// throttling with a cold cache: requests and brotli bytes until app-ready, first paint, LCP,
// app-ready (medians) and the worst CLS.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, firstVisit } from './support.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] || 5) || 5;
const dists = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs').slice(0, 2).map((d) => path.resolve(d));
if (dists.length !== 2) {
  console.error('usage: node tests/e2e/bench-compare.mjs <dist-a> <dist-b> [--runs 5]');
  process.exit(2);
}
const pages = [
  ['home', 'index.html#/'],
  ['lesson', 'index.html#/modul/agen-perubahan/pelajaran/mawas-diri'],
  ['quiz', 'index.html#/modul/agen-perubahan/kuis'],
  // A module's overview and the embed view: the module chunk's pages (issue 28, item 6).
  ['module', 'index.html#/modul/agen-perubahan'],
  ['embed view', 'index.html?origin=https%3A%2F%2Fportal.example&lang=id#/embed/agen-perubahan'],
];
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

const servers = [];
for (const [i, dir] of dists.entries()) {
  const port = 18540 + i;
  const child = spawn('node', [path.join(root, 'scripts/static-server.mjs'), '--dir', dir, '--port', String(port), '--prefix', '/belajar/bimtek/'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => child.stdout.once('data', resolve));
  servers.push({ child, base: `http://127.0.0.1:${port}/belajar/bimtek/` });
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
const rows = [];
try {
  for (const [name, url] of pages) {
    const results = [[], []];
    for (let i = 0; i < runs; i++) {
      for (const b of [0, 1]) results[b].push(await firstVisit(browser, servers[b].base + url));
    }
    for (const b of [0, 1]) {
      const r = results[b];
      rows.push([name, path.basename(dists[b]), r[0].requests, (r[0].bytes / 1024).toFixed(1), median(r.map((x) => x.fcp)).toFixed(0),
        median(r.map((x) => x.lcp)).toFixed(0), median(r.map((x) => x.ready)).toFixed(0), median(r.map((x) => x.pageShown)).toFixed(0), Math.max(...r.map((x) => x.cls)).toFixed(3)]);
    }
  }
} finally {
  await browser.close();
  for (const s of servers) s.child.kill();
}
console.log(`## First visit, two builds interleaved (Slow-4G + 4x CPU, cold cache, median of ${runs})\n`);
console.log('"page shown": the app\'s own page replaces the static first screen (on a lesson or quiz, once its chunk and module file are in).\n');
console.log('| page | build | requests until app-ready | KB (brotli bodies) | first paint ms | LCP ms | app-ready ms | page shown ms | CLS (worst run) |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
