// The host check (`bimtek-pack check-host`, issue 25 items 6 and 7) against servers that behave
// as deployers' hosts do (tests/e2e/fault-server.mjs): each common misconfiguration is named by
// its code, a well-set server gets a clean report, and every recipe of docs/deploy.md (nginx,
// Apache/cPanel, GitHub Pages, Cloudflare Pages, Netlify) is reproduced — for `_headers`, the
// block in docs/deploy.md itself — and checked. No browser: the check is the binary, run as a
// deployer runs it, on the release dist/.
import { test, expect } from '@playwright/test';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { faultServer } from './fault-server.mjs';
import { scratchDir } from './scratch.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'dist');
const SUB = '/kursus/';
const docs = fs.readFileSync(path.join(root, 'docs/deploy.md'), 'utf8');

/** The fenced block after `<!-- deploy.spec: name -->` in docs/deploy.md. */
function docBlock(name) {
  const at = docs.indexOf(`<!-- deploy.spec: ${name} -->`);
  if (at < 0) throw new Error(`docs/deploy.md has no block ${name}`);
  const m = /```[^\n]*\n([\s\S]*?)\n```/.exec(docs.slice(at));
  return m[1];
}

/** What the nginx and Apache recipes send on top of the host's `no-cache`, as `_headers` rules
 * (location /kursus/ and FilesMatch "^bimtek-…"). */
const folderHeaders = `
${SUB}*
  Content-Security-Policy: frame-ancestors 'self' https://portal-anda.go.id
  Referrer-Policy: strict-origin-when-cross-origin
  X-Content-Type-Options: nosniff
${SUB}bimtek-*
  Cache-Control: public, max-age=31536000, immutable
`;
/** A server set up as docs/deploy.md's nginx recipe asks. */
const nginx = { host: 'nginx', compress: 'gzip', rules: folderHeaders };
/** The same with only the hashed files' rule (a host's own header stays as the host sends it). */
const hashedOnly = `${SUB}bimtek-*\n  Cache-Control: public, max-age=31536000, immutable\n`;

/** The check's binary: built by `cargo test` (scripts/test.sh) or `cargo build`; built here
 * when absent. `BIMTEK_PACK` may name another. */
async function binary() {
  const target = process.env.CARGO_TARGET_DIR ? path.resolve(root, process.env.CARGO_TARGET_DIR) : path.join(root, 'target');
  const bin = process.env.BIMTEK_PACK ?? path.join(target, 'debug', 'bimtek-pack');
  if (!fs.existsSync(bin)) await run('cargo', ['build', '--locked', '--quiet', '--bin', 'bimtek-pack'], 600_000);
  return bin;
}

/** Runs a command without blocking this process (the fault server answers from it). */
function run(cmd, args, timeout = 60_000) {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { cwd: root, timeout, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(new Error(`${cmd}: ${error.message}\n${stderr}`));
      else resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

/** A deployed copy of the release build at `prefix`, changed by `edit(dir)`; the check run on
 * it with `options` for the server. Returns { code, stdout, codes }. */
async function checkHost(options, { edit = () => {}, prefix = SUB, args = [] } = {}) {
  const dir = scratchDir('deploy');
  fs.cpSync(dist, dir, { recursive: true });
  edit(dir);
  const server = await faultServer({ [prefix]: dir }, options);
  try {
    const bin = await binary();
    const result = await run(bin, ['check-host', server.url(prefix), ...args]);
    const codes = [...result.stdout.matchAll(/^(?:GALAT|PERINGATAN|ERROR|WARNING) \[([a-z-]+)\]/gm)].map((m) => m[1]).sort();
    return { ...result, codes };
  } finally {
    await server.close();
  }
}

test.describe.configure({ timeout: 600_000 });

test('a server set up as docs/deploy.md says gets a clean report', async () => {
  const r = await checkHost(nginx);
  expect(r.codes, r.stdout).toEqual([]);
  expect(r.code, r.stdout).toBe(0);
  expect(r.stdout).toContain('0 galat, 0 peringatan. Tidak ada masalah');
  expect(r.stdout).not.toMatch(/^[!✗] /m);
  const en = await checkHost(nginx, { args: ['--lang', 'en'] });
  expect(en.stdout).toContain('0 errors, 0 warnings. No problems: this host serves the app correctly.');
});

/** Each planted misconfiguration: what the server does, the codes the check must name (and no
 * others), and whether it breaks the app (exit 1). */
const faults = [
  // A compressing server compresses by type: octet-stream is not on its list (nginx gzip_types,
  // Apache AddOutputFilterByType), so the mislabelled wasm also goes uncompressed.
  ['wasm as application/octet-stream (an old Apache mime list)', { ...nginx, mime: { '.wasm': 'application/octet-stream' } }, {}, ['mime-wasm', 'no-compression'], 0],
  ['json as text/plain', { ...nginx, mime: { '.json': 'text/plain; charset=utf-8' } }, {}, ['mime-json'], 0],
  ['no compression', { ...nginx, compress: false }, {}, ['no-compression'], 0],
  ['Cache-Control: max-age=86400 on sw.js (a "cache static files a day" rule)', { ...nginx, rules: `${folderHeaders}\n${SUB}sw.js\n  Cache-Control: max-age=86400\n` }, {}, ['cache-sw'], 0],
  ['X-Frame-Options SAMEORIGIN and frame-ancestors \'self\' on everything (a hardened server)', { host: 'nginx', compress: 'gzip', headers: 'hardened', rules: hashedOnly }, {}, ['frame-blocked'], 0],
  ['a host-wide CSP without \'wasm-unsafe-eval\'', { host: 'nginx', compress: 'gzip', headers: { 'content-security-policy': "default-src 'self'" }, rules: hashedOnly }, {}, ['csp-other', 'csp-script', 'csp-wasm'], 1],
  ['a pack in packs.json that is not on the server', nginx, {
    edit: (dir) => {
      const list = JSON.parse(fs.readFileSync(path.join(dir, 'packs.json'), 'utf8'));
      list.packs.push('content/baru/pack.json');
      fs.writeFileSync(path.join(dir, 'packs.json'), JSON.stringify(list));
    },
  }, ['pack-missing'], 1],
  ['a missing pack answered with index.html (Cloudflare Pages\' fallback with no 404.html)', { host: 'cloudflare', cache: 'pages', compress: 'br', rules: docBlock('_headers') }, {
    prefix: '/',
    edit: (dir) => {
      const list = JSON.parse(fs.readFileSync(path.join(dir, 'packs.json'), 'utf8'));
      list.packs.push('content/baru/pack.json');
      fs.writeFileSync(path.join(dir, 'packs.json'), JSON.stringify(list));
    },
  }, ['index-redirect', 'pack-missing'], 1],
  ['a file cut short (a half-finished upload)', nginx, {
    edit: (dir) => {
      const chunk = fs.readdirSync(dir).filter((f) => /^bimtek-split_quiz-.*\.wasm$/.test(f))[0];
      const file = path.join(dir, chunk);
      fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
    },
  }, ['precache-hash'], 1],
  ['a file of the precache list missing', nginx, { edit: (dir) => fs.rmSync(path.join(dir, 'manifest.webmanifest')) }, ['precache-missing'], 1],
  ['index.html answered with a 308 to its folder (Cloudflare Pages)', { ...nginx, host: 'cloudflare' }, {}, ['index-redirect'], 0],
];

for (const [name, options, how, codes, exit] of faults) {
  test(`check-host names it: ${name}`, async () => {
    const r = await checkHost(options, how);
    expect(r.codes, r.stdout).toEqual(codes);
    expect(r.code, r.stdout).toBe(exit);
    // Each finding says what breaks and how to fix it on each kind of host.
    expect(r.stdout).toContain('Akibatnya: ');
    expect(r.stdout).toContain('Perbaikan:');
  });
}

test('the misconfigured file is named with what the host sent', async () => {
  const wasm = await checkHost({ ...nginx, mime: { '.wasm': 'application/octet-stream' } });
  expect(wasm.stdout).toMatch(/· bimtek-[^ ]*[0-9a-f]{16}[^ ]*\.wasm: Content-Type: application\/octet-stream/);
  expect(wasm.stdout).toContain('Apache (.htaccess): AddType application/wasm .wasm');
  const sw = await checkHost({ ...nginx, rules: `${folderHeaders}\n${SUB}sw.js\n  Cache-Control: max-age=86400\n` }, { args: ['--lang', 'en'] });
  expect(sw.stdout).toContain('WARNING [cache-sw] sw.js may be kept in a cache');
  expect(sw.stdout).toContain('· sw.js: Cache-Control: max-age=86400');
  expect(sw.stdout).toContain('updates still arrive');
});

// docs/deploy.md's recipes, each reproduced by the fault server as that host behaves with that
// configuration, and what the check reports on it.
const recipes = [
  ['nginx', nginx, SUB, []],
  ['Apache/cPanel .htaccess', { ...nginx, host: 'apache' }, SUB, []],
  // GitHub Pages: max-age=600 on everything, gzip, 301 to a folder's slash; headers cannot be set.
  ['GitHub Pages', { host: 'github', cache: 'max-age', compress: 'gzip' }, SUB, ['cache-hashed', 'cache-index', 'cache-sw']],
  ['Cloudflare Pages with the _headers of docs/deploy.md', { host: 'cloudflare', cache: 'pages', compress: 'br', rules: docBlock('_headers') }, '/', ['index-redirect']],
  ['Netlify with the _headers of docs/deploy.md', { host: 'netlify', cache: 'pages', compress: 'br', rules: docBlock('_headers') }, '/', ['index-redirect']],
];

for (const [name, options, prefix, codes] of recipes) {
  test(`docs/deploy.md recipe: ${name} runs the app (exit 0, ${codes.length ? codes.join(', ') : 'a clean report'})`, async () => {
    const r = await checkHost(options, { prefix });
    expect(r.codes, r.stdout).toEqual(codes);
    expect(r.code, r.stdout).toBe(0);
  });
}

test('the nginx and Apache recipes hold what the servers above reproduce', () => {
  const n = docBlock('nginx');
  for (const line of ['gzip on;', 'application/wasm', 'add_header Cache-Control "no-cache";', 'add_header Cache-Control "public, max-age=31536000, immutable";',
    'location ~ ^/kursus/bimtek-[^/]*\\.(js|wasm)$', "frame-ancestors 'self' https://portal-anda.go.id", 'return 301 https://$host$request_uri;']) {
    expect(n, line).toContain(line);
  }
  expect(n).not.toContain('add_header X-Frame-Options');
  const a = docBlock('apache');
  for (const line of ['AddType application/wasm .wasm', 'AddOutputFilterByType DEFLATE', 'application/wasm image/svg+xml', 'Header set Cache-Control "no-cache"',
    '<FilesMatch "^bimtek-.*\\.(js|wasm)$">', 'Header always unset X-Frame-Options', "frame-ancestors 'self' https://portal-anda.go.id", 'DirectorySlash On']) {
    expect(a, line).toContain(line);
  }
  // The fixes the check prints are the recipes' own lines.
  expect(docs).toContain('[index-redirect]');
});
