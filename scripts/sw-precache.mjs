#!/usr/bin/env node
// Writes the precache list (paths with SHA-256 integrity) and version into <dist>/sw.js (run by scripts/post-build.sh after
// every Trunk build). The version is a hash of every file's contents, so a change anywhere —
// even one wasm-opt makes without renaming — installs a new worker.
//   node scripts/sw-precache.mjs <dist-dir>
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const dist = path.resolve(process.argv[2] ?? 'dist');
const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]);
// The files only the scorm chunk needs (scripts/wasm-split.mjs): a SCORM package carries its
// own copy, and they never run under the site's worker.
const skipFile = path.join(dist, '.bimtek-site-skip.json');
const scormOnly = new Set(fs.existsSync(skipFile) ? JSON.parse(fs.readFileSync(skipFile, 'utf8')) : []);
fs.rmSync(skipFile, { force: true });
const files = walk(dist)
  .map((f) => path.relative(dist, f).split(path.sep).join('/'))
  // SCORM packages (scorm/*.zip) are for trainers to download, never cached on learners' phones.
  .filter((f) => f !== 'sw.js' && !f.startsWith('.') && !f.startsWith('scorm/') && !scormOnly.has(f))
  .sort();
const hash = crypto.createHash('sha256');
for (const f of files) {
  hash.update(f);
  hash.update(fs.readFileSync(path.join(dist, f)));
}
const version = hash.digest('hex').slice(0, 16);
const swPath = path.join(dist, 'sw.js');
const sw = fs.readFileSync(swPath, 'utf8');
if (!sw.includes('__PRECACHE__') || !sw.includes('__VERSION__') || !sw.includes('__MAX_LIST_BYTES__') || !sw.includes('__MAX_BODY_BYTES__')) {
  console.error(`${swPath} has no placeholders (already processed?)`);
  process.exit(1);
}
// The size caps the app applies (src/content/names.rs, `bimtek-pack names`; scripts/post-build.sh
// passes them in BIMTEK_NAMES): the worker never stores what the app would refuse to read.
const caps = JSON.parse(process.env.BIMTEK_NAMES ?? '{}').caps;
if (!Number.isInteger(caps?.list_bytes) || !Number.isInteger(caps?.body_bytes)) {
  console.error('sw-precache: BIMTEK_NAMES has no caps (scripts/post-build.sh sets it from `bimtek-pack names`)');
  process.exit(1);
}
// Navigations are answered with index.html, so the folder URL itself need not be cached
// (some hosts serve no index for it, which would fail the whole install). Each entry carries
// its SRI hash: the worker's install checks every file against it (a half-finished upload or
// a stale HTTP cache fails the install instead of installing a broken app).
// packs.json and lrs.json are left out: deployers edit them after the build (the worker keeps
// them stale-while-revalidate instead), and an edited file would fail an integrity check forever.
const list = files.filter((f) => f !== 'packs.json' && f !== 'lrs.json').map((f) => [f, `sha256-${crypto.createHash('sha256').update(fs.readFileSync(path.join(dist, f))).digest('base64')}`]);
fs.writeFileSync(swPath, sw.replace('__VERSION__', version).replace('__PRECACHE__', JSON.stringify(list))
  .replace('__MAX_LIST_BYTES__', String(caps.list_bytes)).replace('__MAX_BODY_BYTES__', String(caps.body_bytes)));
const skipped = [...scormOnly].reduce((n, f) => n + (fs.existsSync(path.join(dist, f)) ? fs.statSync(path.join(dist, f)).size : 0), 0);
console.log(`sw-precache: ${files.length} files, version ${version}; ${scormOnly.size} scorm-only files (${(skipped / 1024).toFixed(1)} KB) left out`);
