// What the main wasm module runs on each kind of first visit (issue 28, item 6: "the main module
// carries only what a first visit runs"). Measured, not guessed: the release build's main module
// is rebuilt with its function names (the same split, `wasm-bindgen --keep-debug`, `wasm-opt -Oz
// -g`), checked byte for byte against dist/'s once the names are stripped, then instrumented with
// Binaryen's `--log-execution` (a call to an imported logger at every function entry and loop)
// and served in place of dist/'s main module. Each scenario is one page load in a fresh browser
// profile; what ran is read when `app-ready` is marked and 4 s later (the idle work a first
// visit also pays for). No throttling: this counts code, not time.
//
// Scenarios: home, a module page, a lesson and a quiz deep link, the embed view (fresh
// profiles), and home again for a returning learner (progress imported from the export golden
// file, then a fresh load: the start-up restores saved rows).
//
// Prints, per scenario, the functions and function bytes run (share of the main module's code),
// then what no scenario ran, by part, and its largest functions. Raw bytes of function bodies
// (`wasm-opt -Oz`), not brotli.
//
// After a release build (`scripts/bench.sh` or `trunk build --release`):
//   node tests/e2e/bench-coverage.mjs   (the tools as scripts/setup.sh installs them)
//   node tests/e2e/bench-coverage.mjs [--dist dist] [--raw target/wasm32-unknown-unknown/release/bimtek.wasm] [--top 25]
//     [--dump coverage.json]   (also writes every function's size and the visits that ran it)
import { chromium } from 'playwright-core';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appReady, chromiumArgs } from './support.mjs';
import { scratchDir } from './scratch.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : dflt;
};
const dist = path.resolve(arg('dist', path.join(root, 'dist')));
const rawWasm = path.resolve(arg('raw', path.join(root, 'target/wasm32-unknown-unknown/release/bimtek.wasm')));
const top = Number(arg('top', '25'));
const dump = arg('dump', null);
const port = Number(process.env.E2E_PORT ?? 18660);
const binaryen = path.join(root, 'scripts/build-tools/node_modules/binaryen/bin');
const LOGGER = 'log_execution';

// wasm-split-cli and wasm-bindgen as scripts/setup.sh installs them.
const tools = path.join(process.env.BIMTEK_TOOLS ?? path.join(process.env.HOME ?? '', '.cache/bimtek/tools'), 'bin');
const PATH = `${tools}${path.delimiter}${process.env.PATH}`;
const run = (cmd, args, env = {}) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, PATH, ...env }, maxBuffer: 1 << 28 }).toString();

/** LEB128 reader over a wasm file's bytes. */
function reader(bytes) {
  let i = 0;
  const u = () => {
    let r = 0; let s = 0;
    for (;;) {
      const b = bytes[i++];
      r += (b & 0x7f) * 2 ** s; s += 7;
      if (b < 0x80) return r;
    }
  };
  return { u, at: () => i, seek: (j) => { i = j; }, byte: () => bytes[i++] };
}

/** The module's defined functions: body size and name (name section), in index order. */
function functions(file) {
  const bytes = fs.readFileSync(file);
  const r = reader(bytes);
  r.seek(8);
  let imported = 0; const sizes = []; const names = new Map();
  while (r.at() < bytes.length) {
    const id = r.byte(); const len = r.u(); const start = r.at(); const end = start + len;
    if (id === 2) {
      for (let n = r.u(); n > 0; n--) {
        const skip = () => { const l = r.u(); r.seek(r.at() + l); };
        skip(); skip();
        const kind = r.byte();
        if (kind === 0) { r.u(); imported++; } else if (kind === 1) { r.byte(); const f = r.u(); r.u(); if (f & 1) r.u(); } else if (kind === 2) { const f = r.u(); r.u(); if (f & 1) r.u(); } else if (kind === 3) { r.byte(); r.byte(); } else if (kind === 4) { r.byte(); r.u(); }
      }
    } else if (id === 10) {
      for (let n = r.u(); n > 0; n--) { const s = r.u(); sizes.push(s); r.seek(r.at() + s); }
    } else if (id === 0) {
      const nl = r.u(); const name = bytes.subarray(r.at(), r.at() + nl).toString(); r.seek(r.at() + nl);
      if (name === 'name') {
        while (r.at() < end) {
          const sub = r.byte(); const sl = r.u(); const se = r.at() + sl;
          if (sub === 1) {
            for (let n = r.u(); n > 0; n--) { const idx = r.u(); const l = r.u(); names.set(idx, bytes.subarray(r.at(), r.at() + l).toString()); r.seek(r.at() + l); }
          }
          r.seek(se);
        }
      }
    }
    r.seek(end);
  }
  return sizes.map((size, k) => ({ size, name: names.get(k + imported) ?? `#${k + imported}` }));
}

/** Rust's mangled names to a part of the app: our module (`bimtek::ui::state`) or a crate. */
function part(name) {
  if (name.startsWith('_ZN')) {
    const parts = []; let j = 3;
    while (j < name.length && /\d/.test(name[j])) {
      const l = Number(/^\d+/.exec(name.slice(j))[0]); const d = String(l).length;
      parts.push(name.slice(j + d, j + d + l)); j += d + l;
    }
    if (parts[0] === 'bimtek') return parts.slice(0, 3).join('::');
    if (parts[0] && !parts[0].startsWith('_$LT$')) return parts[0];
  }
  const ours = /bimtek\.\.(\w+)\.\.(\w+)/.exec(name);
  if (ours) return `bimtek::${ours[1]}::${ours[2]} (generic)`;
  for (const c of ['tachys', 'reactive_graph', 'serde_wasm_bindgen', 'serde_core', 'indexed_db_futures', 'wasm_bindgen', 'js_sys', 'web_sys', 'hashbrown', 'dlmalloc', 'alloc', 'core', 'std']) {
    if (name.slice(0, 160).includes(c)) return c;
  }
  return 'other';
}

function group(p) {
  if (p.startsWith('bimtek::')) return `ours: ${p.replace(/ \(generic\)$/, '').split('::').slice(0, 2).join('::')}`;
  if (['tachys', 'reactive_graph', 'leptos', 'any_spawner', 'or_poisoned'].includes(p)) return 'Leptos';
  if (['core', 'alloc', 'std', 'dlmalloc', 'hashbrown'].includes(p)) return 'Rust core/alloc/std';
  if (p.startsWith('serde')) return 'serde';
  if (['wasm_bindgen', 'js_sys', 'web_sys', 'indexed_db_futures', 'gloo', 'wasm_bindgen_futures'].includes(p)) return 'bindings';
  return 'other';
}

// 1. The main module with names, the same as dist/'s once stripped.
const names = JSON.parse(run('cargo', ['run', '--quiet', '--offline', '--locked', '--bin', 'bimtek-pack', '--', 'names']));
const work = scratchDir('coverage');
// As scripts/wasm-split.mjs splits: the English chunk's shared code in main, the lesson and quiz
// chunks' in the shared chunk.
run('wasm-split-cli', [rawWasm, work, '--out-name', 'bimtek'], {
  WASM_SPLIT_KEEP_SHARED_IN_MAIN: names.keep_shared_in_main.join(','),
  WASM_SPLIT_SHARED_CHUNK: names.shared_chunk_splits.join(','),
});
run('wasm-bindgen', [path.join(work, 'bimtek.wasm'), '--target', 'web', '--keep-lld-exports', '--keep-debug', '--no-demangle', '--no-typescript', '--out-dir', path.join(work, 'bg'), '--out-name', 'bimtek']);
const bg = path.join(work, 'bg/bimtek_bg.wasm');
const stripped = path.join(work, 'stripped.wasm');
const named = path.join(work, 'named.wasm');
const logged = path.join(work, 'logged.wasm');
run(path.join(binaryen, 'wasm-opt'), ['-Oz', '--quiet', bg, '-o', stripped]);
run(path.join(binaryen, 'wasm-opt'), ['-Oz', '-g', '--quiet', bg, '-o', named]);
const mainName = fs.readdirSync(dist).find((f) => /^bimtek-[0-9a-f]+_bg\.wasm$/.test(f));
if (!mainName) throw new Error(`no main module (bimtek-<hash>_bg.wasm) in ${dist}: build first`);
if (!fs.readFileSync(stripped).equals(fs.readFileSync(path.join(dist, mainName)))) {
  console.error(`bench-coverage: ${rawWasm} is not the wasm ${dist} was built from (the split and -Oz of it differ from ${mainName}); build again`);
  process.exit(1);
}
const fns = functions(named);
const total = fns.reduce((s, f) => s + f.size, 0);
run(path.join(binaryen, 'wasm-opt'), [named, '-g', '--log-execution', '-o', logged]);
// Which function each log point is in: the disassembly's `call $logger (i32.const N)`.
const wat = run(path.join(binaryen, 'wasm-dis'), [logged]);
const [, loggerModule, loggerFn] = new RegExp(`\\(import "([^"]+)" "${LOGGER}" \\(func \\$(\\S+) `).exec(wat) ?? [];
if (!loggerFn) throw new Error('wasm-opt --log-execution added no logger import: has Binaryen changed?');
const pointFn = new Map();
{
  let current = null;
  const call = `call $${loggerFn}`;
  const lines = wat.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const fn = /^ \(func \$(\S+)/.exec(lines[k]);
    if (fn) { current = fn[1].replace(/^"|"$/g, ''); continue; }
    if (!lines[k].includes(call)) continue;
    const c = /\(i32\.const (\d+)\)/.exec(lines[k]) ?? /\(i32\.const (\d+)\)/.exec(lines[k + 1] ?? '');
    if (c && current) pointFn.set(Number(c[1]), current);
  }
}
const sizeOf = new Map(fns.map((f) => [f.name, f.size]));

// 2. dist/ with the instrumented main module (its integrity attribute dropped: other bytes).
const site = path.join(work, 'site');
fs.cpSync(dist, site, { recursive: true });
fs.copyFileSync(logged, path.join(site, mainName));
const index = path.join(site, 'index.html');
fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace(/ integrity=("[^"]*"|[^\s>]+)/g, ''));
const server = spawn(process.execPath, [path.join(root, 'scripts/static-server.mjs'), '--dir', site, '--port', String(port)], { stdio: 'ignore' });
process.on('exit', () => server.kill());
await new Promise((r) => setTimeout(r, 500));
const base = `http://127.0.0.1:${port}/`;

const say = (what) => console.error(`bench-coverage: ${what}`);
say(`serving the instrumented build at ${base}`);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
const LOG_INIT = `(() => {
  window.__ran = new Set();
  const add = (imports) => {
    // --log-execution imports its logger from the module of the main module's first import.
    const own = imports?.[${JSON.stringify(loggerModule)}];
    if (own) own[${JSON.stringify(LOGGER)}] = (i) => window.__ran.add(i);
    return imports;
  };
  const s = WebAssembly.instantiateStreaming, i = WebAssembly.instantiate;
  WebAssembly.instantiateStreaming = (src, imp) => s.call(WebAssembly, src, add(imp));
  WebAssembly.instantiate = (src, imp) => i.call(WebAssembly, src, add(imp));
})();`;

/** One load of `route` in `context`: the functions run by app-ready and 4 s later. */
async function visit(context, route) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(base + route);
  await appReady(page, 60000);
  const pointsAtReady = await page.evaluate(() => [...window.__ran]);
  await page.waitForTimeout(4000);
  const pointsAfter = await page.evaluate(() => [...window.__ran]);
  await page.close();
  if (errors.length > 0) throw new Error(`${route}: ${errors.join('; ')}`);
  const fnsOf = (ps) => new Set(ps.map((p) => pointFn.get(p)).filter(Boolean));
  return { ready: fnsOf(pointsAtReady), after: fnsOf(pointsAfter) };
}

const fresh = async (route) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, serviceWorkers: 'block' });
  await context.addInitScript(LOG_INIT);
  try { return await visit(context, route); } finally { await context.close(); }
};

const results = [];
// The first module of the first pack the site lists (packs.json, then that pack's pack.json).
const firstPack = JSON.parse(fs.readFileSync(path.join(dist, 'packs.json'), 'utf8')).packs[0];
const firstModule = JSON.parse(fs.readFileSync(path.join(dist, firstPack), 'utf8')).modules[0];
const moduleId = firstModule.id;
const lessonId = firstModule.lessons[0].id;
for (const [label, route] of [
  ['home', ''],
  ['module page', `#/modul/${moduleId}`],
  ['lesson deep link', `#/modul/${moduleId}/pelajaran/${lessonId}`],
  ['quiz deep link', `#/modul/${moduleId}/kuis`],
  // As a portal embeds it (docs/embed.md): the portal's origin in the query.
  ['embed view', `index.html?origin=${encodeURIComponent('https://portal.example')}#/embed/${moduleId}`],
]) {
  say(label);
  results.push({ label, ...(await fresh(route)) });
}
{
  // A returning learner: progress imported through the settings page, then home loaded afresh.
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, serviceWorkers: 'block' });
  await context.addInitScript(LOG_INIT);
  const page = await context.newPage();
  await page.goto(`${base}#/pengaturan`);
  await appReady(page, 60000);
  await page.locator('#import-file').setInputFiles(path.join(root, 'tests/golden/export-v4.json'));
  await page.locator('#import-preview').waitFor();
  await page.getByRole('button', { name: 'Ganti dengan isi berkas' }).click();
  await page.locator('#settings-message').filter({ hasText: /dipulihkan/ }).waitFor();
  await page.close();
  results.push({ label: 'home, returning learner', ...(await visit(context, '')) });
  await context.close();
}
await browser.close();

const bytes = (set) => [...set].reduce((s, f) => s + (sizeOf.get(f) ?? 0), 0);
const pct = (n) => `${((100 * n) / total).toFixed(1)} %`;
console.log(`\n## What the main module runs on a first visit (${mainName}: ${fns.length} functions, ${total.toLocaleString('en')} B of function bodies)\n`);
console.log('| visit | functions run by app-ready | bytes (share) | by app-ready + 4 s | bytes (share) |');
console.log('|---|---:|---:|---:|---:|');
const union = new Set();
for (const r of results) {
  for (const f of r.after) union.add(f);
  console.log(`| ${r.label} | ${r.ready.size} | ${bytes(r.ready).toLocaleString('en')} (${pct(bytes(r.ready))}) | ${r.after.size} | ${bytes(r.after).toLocaleString('en')} (${pct(bytes(r.after))}) |`);
}
console.log(`| any of them | | | ${union.size} | ${bytes(union).toLocaleString('en')} (${pct(bytes(union))}) |`);

if (dump) {
  // Every function of the main module: its size and the visits that ran it (by app-ready + 4 s).
  const rows = fns.map((f) => ({ name: f.name, size: f.size, ran: results.filter((r) => r.after.has(f.name)).map((r) => r.label) }));
  fs.writeFileSync(dump, JSON.stringify({ main: mainName, visits: results.map((r) => r.label), functions: rows }));
  console.log(`(every function and the visits that ran it: ${dump})`);
}

const never = fns.filter((f) => !union.has(f.name));
const byGroup = new Map(); const byGroupAll = new Map();
for (const f of fns) byGroupAll.set(group(part(f.name)), (byGroupAll.get(group(part(f.name))) ?? 0) + f.size);
for (const f of never) byGroup.set(group(part(f.name)), (byGroup.get(group(part(f.name))) ?? 0) + f.size);
console.log(`\nRun by none of these visits: ${bytes(new Set(never.map((f) => f.name))).toLocaleString('en')} B (${pct(never.reduce((s, f) => s + f.size, 0))}), by part:\n`);
console.log('| part | never run | of the part |');
console.log('|---|---:|---:|');
for (const [g, n] of [...byGroup].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`| ${g} | ${n.toLocaleString('en')} | ${byGroupAll.get(g).toLocaleString('en')} |`);
console.log(`\nThe ${top} largest functions no visit ran:\n`);
for (const f of never.sort((a, b) => b.size - a.size).slice(0, top)) console.log(`${String(f.size).padStart(6)}  ${f.name.replace(/17h[0-9a-f]{16}E$/, '').slice(0, 150)}`);
