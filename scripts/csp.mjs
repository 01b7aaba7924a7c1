#!/usr/bin/env node
// Writes the Content-Security-Policy (docs/design.md contract 12) into <dist>/index.html, with the
// sha256 of every inline <script> and <style> in it (the start script holding the JS glue,
// written by scripts/wasm-split.mjs; the start-up script and data block of the first screen;
// the inlined CSS). Run by scripts/post-build.sh after every Trunk
// build, before scripts/sw-precache.mjs hashes the files. A page built from the same
// index.html (a SCORM launch page, scripts/scorm-package.mjs) is given as a second argument.
//   node scripts/csp.mjs <dist-dir> [page.html]
//
// A <meta> CSP cannot set frame-ancestors, report-uri or sandbox: hosts add frame-ancestors
// as an HTTP header (docs/embed.md). The policy must come before anything it governs, so the
// meta goes right after <meta charset>.
//
// connect-src (contract 11, xAPI to an LRS): `'self'` for the app's own files, plus the LRS
// sources from BIMTEK_CONNECT_SRC (space-separated), default `https:`. Why the default is any
// HTTPS origin: a Moodle launch (mod_tincanlaunch) names its LRS at launch time, which a
// build cannot know; script-src still admits no code but the app's, so only the app's own
// requests can use it. A deployment whose LRS is known (lrs.json) narrows it to exactly that
// origin, e.g. BIMTEK_CONNECT_SRC="https://lrs.bpsdm.example.go.id"; "none" allows no LRS.
// The app checks a launch's or lrs.json's endpoint against this policy and says so when it is
// not allowed (docs/lrs.md, "Content-Security-Policy").
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const dist = path.resolve(process.argv[2] ?? 'dist');
const file = process.argv[3] ? path.resolve(process.argv[3]) : path.join(dist, 'index.html');
let html = fs.readFileSync(file, 'utf8');
const fail = (why) => {
  console.error(`csp: ${file}: ${why}`);
  process.exit(1);
};
if (/http-equiv=["']?content-security-policy/i.test(html)) fail('already has a Content-Security-Policy (processed twice?)');

/** The LRS sources for connect-src, checked: `https:`, or `http(s)://host[:port|:*]` with an
 * optional `*.` before the host. Anything wider (`*`, `http:`, a keyword) is refused. */
function lrsSources(raw) {
  const value = (raw ?? 'https:').trim();
  if (value === 'none') return [];
  const sources = value.split(/\s+/).filter(Boolean);
  const host = /^https?:\/\/(\*\.)?([a-z0-9-]+\.)*[a-z0-9-]+(:(\d{1,5}|\*))?$/;
  const ip = /^https?:\/\/(\d{1,3}\.){3}\d{1,3}(:(\d{1,5}|\*))?$/;
  for (const s of sources) {
    if (s !== 'https:' && !host.test(s) && !ip.test(s)) {
      fail(`BIMTEK_CONNECT_SRC: "${s}" is not https: or an origin like https://lrs.example.go.id (no paths, no *, no keywords)`);
    }
  }
  return sources;
}
// A SCORM launch page runs without the LRS outbox (SCORM mode reports to the LMS): 'self' only.
const connect = process.argv[3] ? "'self'" : ["'self'", ...lrsSources(process.env.BIMTEK_CONNECT_SRC)].join(' ');

const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const inline = (tag) => [...html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'gi'))]
  .filter((m) => !/\ssrc\s*=/i.test(m[1] ?? ''))
  .map((m) => m[2]);
const scripts = inline('script').filter((s) => s.trim() !== '');
const styles = inline('style').filter((s) => s.trim() !== '');
if (scripts.length === 0) fail('no inline <script> found: has Trunk changed how it starts the app?');
// Inline handlers and style attributes would be blocked: refuse to ship a page that needs them.
if (/<[^>]+\son[a-z]+\s*=/i.test(html)) fail('an inline event handler (on…=) would be blocked by the CSP');
if (/<[^>]+\sstyle\s*=/i.test(html)) fail('a style="…" attribute would be blocked by the CSP');

const policy = [
  "default-src 'self'",
  // The app's own files ('self': the wasm, the service worker) and its inline scripts by hash
  // (the start script holds the JS glue); no eval except compiling WebAssembly.
  `script-src 'self' 'wasm-unsafe-eval' ${scripts.map(sha256).join(' ')}`,
  // The CSS Trunk inlines, by hash. (Leptos sets no style attributes; the resizer changes
  // body.style through the CSSOM, which CSP does not govern.)
  `style-src 'self' ${styles.map(sha256).join(' ')}`.trim(),
  // Icons and pack images next to the app only: no tracking pixels from packs.
  "img-src 'self'",
  "font-src 'self'",
  // packs.json, packs, modules and lrs.json come from the app's own folder; statements go
  // to the LRS sources above (contract 11).
  `connect-src ${connect}`,
  "manifest-src 'self'",
  "worker-src 'self'",
  // The Sematkan page previews the app itself in a frame.
  "frame-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
const charset = html.match(/<meta\s+charset=["']?utf-8["']?\s*\/?>/i);
if (!charset) fail('no <meta charset="utf-8"> to put the policy after');
html = html.replace(charset[0], `${charset[0]}${meta}`);
fs.writeFileSync(file, html);
console.log(`csp: ${scripts.length} inline script(s), ${styles.length} inline style(s) hashed into ${path.relative(dist, file)}; connect-src ${connect}`);
