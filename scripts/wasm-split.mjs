#!/usr/bin/env node
// Cuts the app's wasm into a main module and on-demand chunks (docs/design.md, "Chunks"),
// in place of the wasm and JS glue Trunk wrote. Run by scripts/post-build.sh, first thing.
//
//   node scripts/wasm-split.mjs <staging-dist> <raw-wasm> <debug|release>
//
// Trunk 0.21 cannot split (trunk-rs/trunk#1022), so this redoes its last steps the way
// cargo-leptos does for `--split`:
//  1. wasm-split-cli (crate wasm_split_cli_support, pinned by scripts/setup.sh) reads the
//     linker's output — built with `--emit-relocs` (.cargo/config.toml) — and writes the main
//     module, one wasm per `#[wasm_split(..)]` chunk (src/ui/lazy.rs) and the JS that loads them;
//  2. wasm-bindgen --keep-lld-exports on the main module (chunks share its memory, table and
//     functions through those exports);
//  3. wasm-opt -Oz on every wasm (release only, as Trunk does; Trunk's own pass is off:
//     data-wasm-opt="0" in index.html);
//  4. every file is named with one hash of the whole output, so a host that caches can never
//     pair a new main module with an old chunk;
//  5. the chunk loader goes into the glue (the glue imports the loader before it can start), in
//     a release build minified (terser, pinned in scripts/build-tools), and the glue goes into
//     index.html as the start script, at the end of <body>: no JS file of its own, because every
//     request costs a first visit on a slow network (issue 28, item 6);
//  6. index.html: the main module's preload link points at the new file, with its
//     integrity, and <meta name=bimtek-chunks> names the lesson, quiz and English chunks'
//     files, which the start-up script (src/content/boot.js) preloads when a visit needs one,
//     and the scorm chunk's files, which scripts/scorm-package.mjs preloads on a launch page.
//
// The lesson, quiz and English chunks are part of a first visit, fetched in parallel with the
// main module, so each must need few files. wasm-split-cli would put the code they share with
// other chunks into chunks of their own (one per set of sharers: 20 files for a quiz); our patch
// of it (scripts/build-tools/wasm-split-cli.patch, applied by scripts/setup.sh) places it by
// policy instead:
//  - what the English chunk or the module chunk (a module's overview and the embed view)
//    shares with any other chunk stays in the main module (WASM_SPLIT_KEEP_SHARED_IN_MAIN):
//    English home visits and module pages fetch one more file, never two;
//  - what the lesson, quiz or restore chunk shares with any other chunk goes into one shared
//    chunk that every chunk loads (WASM_SPLIT_SHARED_CHUNK, the list NAMES.shared_chunk_splits
//    from src/content/names.rs): a lesson or quiz deep link fetches its own file and that one, in
//    parallel, and a returning visit's start-up (the restore chunk: the decoders of saved
//    progress) two from the service worker; a first visit to home or a module page fetches
//    neither, so the main module no longer carries the lesson and quiz pages' common code nor
//    the stored rows' decoders (issue 28, item 6).
// This script fails the build if a landing chunk needs more files than that.
// Trunk's files are removed. csp.mjs and sw-precache.mjs run later and see only the new files.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';

const [dist, rawWasm, profile] = process.argv.slice(2);
if (!dist || !rawWasm || !['debug', 'release'].includes(profile)) {
  console.error('usage: wasm-split.mjs <staging-dist> <raw-wasm> <debug|release>');
  process.exit(2);
}
const run = (cmd, args, env = {}) => execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
// Names shared with the app and the start-up script, from Rust (src/content/names.rs, printed by
// `bimtek-pack names`; scripts/post-build.sh passes them in BIMTEK_NAMES).
if (!process.env.BIMTEK_NAMES) {
  console.error('wasm-split: BIMTEK_NAMES is not set (scripts/post-build.sh sets it from `bimtek-pack names`)');
  process.exit(2);
}
const NAMES = JSON.parse(process.env.BIMTEK_NAMES);
// The chunks a first visit may need (src/ui/lazy.rs: LearnChunk, and the English text): one
// file each, named in <meta name=bimtek-chunks> for the start-up script to preload.
const LANDING_CHUNKS = Object.values(NAMES.landing_chunks);
// Landing chunks whose shared code stays in the main module, and those whose shared code goes
// into the one shared chunk (see above).
const KEEP_IN_MAIN = NAMES.keep_shared_in_main;
// (and the restore chunk: a returning visit's start-up; src/content/names.rs)
const VIA_SHARED = NAMES.shared_chunk_splits;
/**
 * The files split `name`'s loader fetches (in wasm-split-cli's loader text): its own, then the
 * shared chunks it depends on. Exits when the loader is not there.
 */
function filesOfSplit(loader, name) {
  const m = new RegExp(`^export const __wasm_split_load_${name} = wrapAsyncCb\\(makeLoad\\([\\s\\S]*?"\\./(split_${name}\\.wasm)"[\\s\\S]*?\\n, \\[([^\\]]*)\\]\\)\\);$`, 'm').exec(loader);
  if (!m) {
    console.error(`wasm-split: no loader for the ${name} chunk (src/ui/lazy.rs): has wasm-split-cli or lazy.rs changed?`);
    process.exit(1);
  }
  const deps = m[2].split(',').map((v) => v.trim()).filter(Boolean).map((v) => {
    const d = new RegExp(`^const ${v} = makeLoad\\([\\s\\S]*?"\\./(chunk_\\d+\\.wasm)"`, 'm').exec(loader);
    if (!d) {
      console.error(`wasm-split: the ${name} chunk's loader needs ${v}, which loads no file`);
      process.exit(1);
    }
    return d[1];
  });
  return [m[1], ...deps];
}
const sri = (bytes) => `sha384-${crypto.createHash('sha384').update(bytes).digest('base64')}`;

const indexPath = path.join(dist, 'index.html');
let html = fs.readFileSync(indexPath, 'utf8');
const trunkJs = fs.readdirSync(dist).filter((f) => /^bimtek-[0-9a-f]+\.js$/.test(f));
const trunkWasm = fs.readdirSync(dist).filter((f) => /^bimtek-[0-9a-f]+_bg\.wasm$/.test(f));
if (trunkJs.length !== 1 || trunkWasm.length !== 1) {
  console.error(`wasm-split: expected one bimtek-<hash>.js and _bg.wasm from Trunk in ${dist}, found ${[...trunkJs, ...trunkWasm].join(', ') || 'none'}`);
  process.exit(1);
}

// The loader wasm-split-cli writes fetches a chunk with no time limit and compiles it only if
// the host says `application/wasm`. On lie-fi the first would leave "Memuat halaman…" up
// forever; hosts that send wasm as application/octet-stream (common on shared hosting) would
// fail every chunk. So each fetch gets the time limit of a module body (BODY_TIMEOUT_MS in
// src/platform/content.rs), and a chunk is compiled from its bytes when the type is wrong —
// what wasm-bindgen's own loader does for the main module. Any failure still rejects, and the
// page offers a retry (src/ui/lazy.rs).
const CHUNK_TIMEOUT_MS = 20000;
const INSTANTIATE = `
// A SCORM package stores its wasm gzipped (scripts/scorm-package.mjs; LMS servers often send
// wasm uncompressed); its launch page says so with <meta name=bimtek-packed>.
const bimtekPacked = typeof document !== "undefined" && document.querySelector('meta[name="bimtek-packed"]') !== null;
async function bimtekInstantiate(src, imports) {
    let response = await src;
    if (!response.ok) throw new Error(\`\${response.url}: HTTP \${response.status}\`);
    if (bimtekPacked) {
        response = new Response(response.body.pipeThrough(new DecompressionStream("gzip")), { headers: { "content-type": "application/wasm" } });
    }
    const type = (response.headers.get("content-type") || "").split(";")[0].trim();
    if (type === "application/wasm") return WebAssembly.instantiateStreaming(response, imports);
    return WebAssembly.instantiate(await response.arrayBuffer(), imports);
}
`;
function patchFetch(loader) {
  const fetchRe = /fetch\((new URL\("[^"]+", import\.meta\.url\))\)/g;
  const streamRe = /WebAssembly\.instantiateStreaming\(src, imports\)/g;
  const fetches = loader.match(fetchRe)?.length ?? 0;
  const streams = loader.match(streamRe)?.length ?? 0;
  if (fetches === 0 || fetches !== streams) {
    console.error(`wasm-split: the chunk loader's fetch code is not the expected shape (${fetches} fetches, ${streams} instantiations): has wasm-split-cli changed?`);
    process.exit(1);
  }
  return INSTANTIATE + loader
    .replace(fetchRe, `fetch($1, { signal: AbortSignal.timeout(${CHUNK_TIMEOUT_MS}) })`)
    .replace(streamRe, 'bimtekInstantiate(src, imports)');
}

// The glue and the loader import each other: the glue builds the main module's imports with the
// loader's `__wasm_split_load_*` functions (`import * as importN from "./__wasm_split.js"`), and
// the loader calls the glue's `initSync` for the shared memory and table. In one module both are
// in scope: the loader's exports become a plain object the glue's imports use, and its import of
// the glue goes. Every step checks the shape it expects, and a name the two files both declare
// at the top fails the build rather than shadowing one another.
function mergeLoader(glue, loader) {
  const fail = (why) => {
    console.error(`wasm-split: cannot put the chunk loader into the glue: ${why}: has wasm-bindgen or wasm-split-cli changed its output?`);
    process.exit(1);
  };
  const glueImportRe = /^import \* as (import\d+) from "\.\/__wasm_split\.js";?\n/gm;
  const aliases = [...glue.matchAll(glueImportRe)].map((m) => m[1]);
  if (aliases.length === 0) fail('the glue does not import "./__wasm_split.js"');
  const loaderImportRe = /^import \{ initSync \} from "\.\/bimtek\.js";?\n/gm;
  if ((loader.match(loaderImportRe) ?? []).length !== 1) fail('the loader does not import initSync from "./bimtek.js" once');
  const exportRe = /^export const (__wasm_split_load_\w+) =/gm;
  const exported = [...loader.matchAll(exportRe)].map((m) => m[1]);
  if (exported.length === 0) fail('the loader exports no __wasm_split_load_* function');
  let body = loader.replace(loaderImportRe, '').replace(exportRe, 'const $1 =');
  if (/^\s*(?:import|export)\b/m.test(body)) fail('the loader has another import or export');
  const namespace = '__bimtekSplitImports';
  body += `\nconst ${namespace} = { ${exported.join(', ')} };\n`;
  let out = glue.replace(glueImportRe, '');
  for (const a of aliases) {
    const use = new RegExp(`\\b${a}\\b`, 'g');
    if (!use.test(out)) fail(`the glue never uses ${a}`);
    out = out.replace(use, namespace);
  }
  const topNames = (text) => new Set([...text.matchAll(/^(?:export )?(?:async )?(?:function\*? ?|const |let |var |class )(\w+)/gm)].map((m) => m[1]));
  const glueNames = topNames(out);
  const clash = [...topNames(body)].filter((n) => glueNames.has(n));
  if (clash.length > 0) fail(`both declare ${clash.join(', ')}`);
  return `${out}\n// The chunk loader (wasm-split-cli's __wasm_split.js, patched above).\n${body}`;
}

// The glue (with the loader) goes into the page itself, in the start script: one request fewer
// on every first visit (issue 28, item 6: a quiz deep link needs the page, the main module, its
// chunk, the shared chunk and the module file). An inline module's exports are unreachable, so
// they go: `export` before a declaration is dropped, and export lists are removed, keeping the
// local name of the default export (wasm-bindgen's `__wbg_init`, the start script's `init`).
// The result is syntax-checked by Node before it goes into the page.
function inlineGlue(js, workDir) {
  const fail = (why) => {
    console.error(`wasm-split: cannot put the glue into index.html: ${why}: has wasm-bindgen, wasm-split-cli or terser changed its output?`);
    process.exit(1);
  };
  let def = null;
  let out = js.replace(/(^|[;}\n])\s*export\s*\{([^}]*)\}\s*;?/g, (_, before, list) => {
    for (const item of list.split(',').map((x) => x.trim()).filter(Boolean)) {
      const m = /^([\w$]+)(?:\s+as\s+([\w$]+))?$/.exec(item);
      if (!m) fail(`an export list holds ${item}`);
      if (m[2] === 'default') def = m[1];
    }
    return before;
  });
  out = out.replace(/(^|[;}\n])(\s*)export\s+default\s+([\w$]+)\s*;/g, (_, before, space, name) => {
    def = name;
    return before + space;
  });
  out = out.replace(/(^|[;}\n])(\s*)export\s+(?=(?:async\s+)?function\b|const\b|let\b|var\b|class\b)/g, '$1$2');
  if (!def) fail('no default export (wasm-bindgen\'s init)');
  if (/(^|[;}\n])\s*(?:export|import)\b(?!\s*\(|\.meta)/.test(out)) fail('an import or export is left');
  if (/<\/script|<!--/i.test(out)) fail('it holds </script or <!--, which would end the inline script');
  const check = path.join(workDir, 'inline-check.mjs');
  fs.writeFileSync(check, `${out}\nconst init = ${def};\nawait init;\n`);
  run(process.execPath, ['--check', check]);
  return { body: out, init: def };
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bimtek-split-'));
try {
  // 1. Split. The main module keeps the name `bimtek`; the loader imports `./bimtek.js`.
  run('wasm-split-cli', [rawWasm, work, '--out-name', 'bimtek'], {
    WASM_SPLIT_KEEP_SHARED_IN_MAIN: KEEP_IN_MAIN.join(','),
    WASM_SPLIT_SHARED_CHUNK: VIA_SHARED.join(','),
  });
  const chunks = fs.readdirSync(work).filter((f) => f.endsWith('.wasm') && f !== 'bimtek.wasm').sort();
  if (chunks.length === 0) {
    console.error('wasm-split: no chunks: was the wasm linked with --emit-relocs (.cargo/config.toml)?');
    process.exit(1);
  }
  // 2. Bindgen on the main module.
  const bg = path.join(work, 'bg');
  run('wasm-bindgen', [path.join(work, 'bimtek.wasm'), '--target', 'web', '--keep-lld-exports',
    '--no-demangle', '--no-typescript', '--out-dir', bg, '--out-name', 'bimtek']);
  // 3. Optimise every wasm.
  const wasmFiles = [path.join(bg, 'bimtek_bg.wasm'), ...chunks.map((c) => path.join(work, c))];
  if (profile === 'release') {
    for (const f of wasmFiles) run('wasm-opt', ['-Oz', '--quiet', f, '-o', f]);
  }
  // 4. One hash over everything written, then the names.
  const glue = fs.readFileSync(path.join(bg, 'bimtek.js'), 'utf8');
  const loader = fs.readFileSync(path.join(work, '__wasm_split.js'), 'utf8');
  // The English chunk: one file. The lesson and quiz chunks: their own file, and at most the
  // shared chunk, the same for both.
  const sharedOf = new Set();
  for (const name of LANDING_CHUNKS) {
    const files = filesOfSplit(loader, name);
    const most = KEEP_IN_MAIN.includes(name) ? 1 : 2;
    if (files.length > most || !files.every((f) => chunks.includes(f))) {
      console.error(`wasm-split: the ${name} chunk needs more files than it may (${files.join(', ')}): is wasm-split-cli the patched one? (source scripts/setup.sh build)`);
      process.exit(1);
    }
    for (const f of files.slice(1)) sharedOf.add(f);
  }
  if (sharedOf.size > 1) {
    console.error(`wasm-split: the lesson and quiz chunks share through more than one file (${[...sharedOf].join(', ')})`);
    process.exit(1);
  }
  const hash = crypto.createHash('sha256');
  // This script's own text too: a change to how it rewrites the files renames them.
  hash.update(fs.readFileSync(new URL(import.meta.url))).update(glue).update(loader);
  for (const f of wasmFiles) hash.update(path.basename(f)).update(fs.readFileSync(f));
  const h = hash.digest('hex').slice(0, 16);
  const wasmName = `bimtek-${h}_bg.wasm`;
  const chunkName = (c) => `bimtek-${c.replace(/\.wasm$/, '')}-${h}.wasm`;

  let loaderOut = patchFetch(loader);
  for (const c of chunks) loaderOut = loaderOut.replaceAll(`"./${c}"`, JSON.stringify(`./${chunkName(c)}`));
  for (const c of chunks) {
    if (!loaderOut.includes(chunkName(c))) {
      console.error(`wasm-split: the loader never loads ${c}`);
      process.exit(1);
    }
  }

  // 5. The loader into the glue's file.
  let js = mergeLoader(glue, loaderOut);
  if (profile === 'release') {
    const plain = path.join(work, 'merged.js');
    const min = path.join(work, 'merged.min.js');
    fs.writeFileSync(plain, js);
    // --module: top-level names are the file's own and may be shortened; exports and property
    // names (the wasm's imports and exports) are never renamed.
    run('terser', [plain, '--module', '--compress', 'passes=2', '--mangle', '--output', min]);
    js = fs.readFileSync(min, 'utf8');
  }

  const glueInline = inlineGlue(js, work);
  for (const f of [...trunkJs, ...trunkWasm]) fs.rmSync(path.join(dist, f));
  fs.copyFileSync(path.join(bg, 'bimtek_bg.wasm'), path.join(dist, wasmName));
  for (const c of chunks) fs.copyFileSync(path.join(work, c), path.join(dist, chunkName(c)));

  // 6. index.html: Trunk's two links are rewritten whole (new names, new integrity).
  const integrity = (name) => sri(fs.readFileSync(path.join(dist, name)));
  // A SCORM launch page needs the scorm chunk at once; its files (its own and those it shares
  // with other chunks, which its loader fetches in parallel) go into the meta too, for
  // scripts/scorm-package.mjs to preload: `scorm=./a.wasm,./b.wasm`.
  const scormFiles = filesOfSplit(loader, 'scorm').map((c) => `./${chunkName(c)}`);
  // Each landing chunk's files, its own first: `lesson=./a.wasm,./shared.wasm`.
  const filesMeta = (name) => filesOfSplit(loader, name).map((c) => `./${chunkName(c)}`).join(',');
  const landing = [...LANDING_CHUNKS.map((name) => `${name}=${filesMeta(name)}`),
    `scorm=${scormFiles.join(',')}`].join(' ');
  const links = [
    `<meta name=${NAMES.chunks_meta} content="${landing}">`,
    `<link rel=preload href=./${wasmName} as=fetch type=application/wasm crossorigin integrity=${integrity(wasmName)}>`,
  ].join('');
  const linkRe = new RegExp(`<link\\b[^>]*\\b(?:${trunkJs[0]}|${trunkWasm[0]})[^>]*>`, 'g');
  const found = html.match(linkRe) ?? [];
  if (found.length !== 2) {
    console.error(`wasm-split: expected Trunk's two preload links in index.html, found ${found.length}`);
    process.exit(1);
  }
  let placed = false;
  html = html.replace(linkRe, () => (placed ? '' : ((placed = true), links)));
  // Trunk's start script imports the glue's file; it is replaced by one that holds the glue, at
  // the end of <body>, after the static first screen (scripts/post-build.sh step 3 writes it
  // right after <body>), so the glue's bytes never hold up the first paint. A module script runs
  // once the page is parsed wherever it stands. The call keeps the shape
  // scripts/scorm-package.mjs rewrites for a package's gzipped wasm.
  const startRe = /<script type=["']?module["']?>([^<]*)<\/script>/g;
  const starts = [...html.matchAll(startRe)].filter((m) => m[1].includes(trunkJs[0]));
  if (starts.length !== 1 || !/\binit\(/.test(starts[0][1])) {
    console.error(`wasm-split: expected Trunk's one start script importing ${trunkJs[0]} and calling init(), found ${starts.length}`);
    process.exit(1);
  }
  html = html.replace(starts[0][0], () => '');
  const start = `<script type=module>${glueInline.body}\nconst init = ${glueInline.init};\n`
    + `await init({ module_or_path: './${wasmName}' });\n</script>`;
  if (!html.includes('</body>')) {
    console.error('wasm-split: index.html has no </body>');
    process.exit(1);
  }
  html = html.replace('</body>', () => `${start}</body>`);
  if (html.includes(trunkJs[0]) || html.includes(trunkWasm[0])) {
    console.error(`wasm-split: index.html still names ${trunkJs[0]} or ${trunkWasm[0]}`);
    process.exit(1);
  }
  fs.writeFileSync(indexPath, html);

  // Files only the scorm chunk needs: it never runs under the site's service worker (a SCORM
  // package carries its own copy), so scripts/sw-precache.mjs leaves them out of the site's
  // precache. Passed in a build-only file that sw-precache reads and deletes.
  const names = [...loader.matchAll(/^export const __wasm_split_load_(\w+) =/gm)].map((x) => x[1]);
  const elsewhere = new Set(names.filter((n) => n !== 'scorm').flatMap((n) => filesOfSplit(loader, n)));
  const scormOnly = filesOfSplit(loader, 'scorm').filter((c) => !elsewhere.has(c)).map(chunkName);
  fs.writeFileSync(path.join(dist, '.bimtek-site-skip.json'), JSON.stringify(scormOnly));

  const kb = (f) => (fs.statSync(path.join(dist, f)).size / 1024).toFixed(1);
  console.log(`wasm-split: ${wasmName} ${kb(wasmName)} KB + ${chunks.length} chunks (${chunks.map((c) => `${c.replace(/\.wasm$/, '')} ${kb(chunkName(c))} KB`).join(', ')})`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
