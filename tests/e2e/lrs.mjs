// A real LRS for the xAPI tests and the benchmark: Ralph (ralph-malph 5.1.0, installed by
// scripts/setup.sh into $BIMTEK_RALPH) on 127.0.0.1 with its file-system backend, basic auth
// from its own auth file (made with `ralph auth`) and its own CORS setting for the app's
// origin — and a small test-owned proxy in front of it that records every request the app
// makes (method, statementId, X-Experience-API-Version, body bytes), can refuse one chosen
// statement with 422 (Ralph accepts every valid statement, so it never does so itself) or
// answer 503 + Retry-After once, and stops and starts with Ralph on the same port (the
// statements in the app's outbox keep their endpoint).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scratchDir } from './scratch.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const bin = process.env.BIMTEK_RALPH ?? path.join(os.homedir(), '.cache/bimtek/tools/ralph-5.1.0/bin');

/** Whether Ralph is installed (scripts/setup.sh test installs it). */
export const ralphInstalled = () => fs.existsSync(path.join(bin, 'ralph'));

/** The ports these tests own: 18540–18559, or `BIMTEK_LRS_PORTS` (`first-last`). */
const [lowPort, highPort] = (process.env.BIMTEK_LRS_PORTS ?? '18540-18559').split('-').map(Number);

/** A free port in the range these tests own, tried at random. */
export async function freePort() {
  for (let i = 0; i < 200; i += 1) {
    const port = lowPort + Math.floor(Math.random() * (highPort - lowPort + 1));
    const free = await new Promise((resolve) => {
      const s = net.createServer();
      s.once('error', () => resolve(false));
      s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${lowPort}-${highPort}`);
}

const basic = (user, password) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/**
 * Starts Ralph with basic-auth `users` ([{ user, password }]) allowed to write and read
 * statements, CORS for `origins`. Returns { origin, port, authFor(user), statements(), stop(),
 * start(), dir }.
 */
export async function startRalph({ origins, users = [{ user: 'pelatih', password: 'rahasia-uji' }] }) {
  const dir = scratchDir('ralph');
  const data = path.join(dir, 'data');
  fs.mkdirSync(data);
  const env = {
    ...process.env,
    RALPH_APP_DIR: path.join(dir, 'app'),
    RALPH_AUTH_FILE: path.join(dir, 'auth.json'),
    RALPH_HISTORY_FILE: path.join(dir, 'history.json'),
    RALPH_RUNSERVER_BACKEND: 'fs',
    RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH: data,
    RALPH_RUNSERVER_CORS_ALLOW_ORIGINS: JSON.stringify(origins),
  };
  for (const { user, password } of users) {
    const made = spawnSync(path.join(bin, 'ralph'), ['auth', '-u', user, '-p', password, '-s', 'statements/write',
      '-s', 'statements/read/mine', '-M', `mailto:${user}@lrs.example.org`, '-w'], { env, encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`ralph auth: ${made.stderr}`);
  }
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let child = null;
  const start = async () => {
    child = spawn(path.join(bin, 'python'), [path.join(here, 'ralph-serve.py'), String(port)], { env, stdio: ['ignore', 'inherit', 'inherit'] });
    for (let i = 0; i < 200; i += 1) {
      const up = await fetch(`${origin}/__lbheartbeat__`).then((r) => r.ok, () => false);
      if (up) return;
      if (child.exitCode !== null) throw new Error(`ralph exited ${child.exitCode}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('ralph did not start');
  };
  await start();
  return {
    origin,
    port,
    dir,
    authFor: (user = users[0].user) => basic(user, users.find((u) => u.user === user).password),
    /** Every statement Ralph stored, in the order it stored them (its file backend). */
    statements() {
      const file = path.join(data, 'fs_lrs.jsonl');
      if (!fs.existsSync(file)) return [];
      // Ralph may be appending while this reads: only complete lines (ending in a newline) count.
      const text = fs.readFileSync(file, 'utf8');
      return text.slice(0, text.lastIndexOf('\n') + 1).split('\n').filter(Boolean).map((l) => JSON.parse(l));
    },
    /** Really stops it (connections refused) and waits until it has exited. */
    stop: () => new Promise((resolve) => {
      if (!child || child.exitCode !== null) { resolve(); return; }
      child.once('exit', resolve);
      child.kill('SIGTERM');
    }),
    start,
  };
}

/**
 * A recording proxy on its own port in front of `target` (an origin). `refuse` is a function
 * (statementId, n) → truthy to answer 422 for that statement (n: the how-many-th distinct id
 * this proxy sees); `unavailableOnce` makes the first try of the next statement answer 503
 * with `Retry-After: <retryAfter>` (seconds, exposed to the page by CORS); `hangOnce` makes it
 * read the next statement and never answer (a mobile network that carries the request and
 * then nothing), without passing it on.
 */
export async function lrsProxy(target, { refuse = () => false, retryAfter = 3 } = {}) {
  const port = await freePort();
  const requests = [];
  const seen = [];
  let unavailable = 0;
  let hang = 0;
  const sockets = new Set();
  const cors = (req) => ({
    'access-control-allow-origin': req.headers.origin ?? '*',
    'access-control-expose-headers': 'Retry-After',
    vary: 'Origin',
  });
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = new URL(req.url, 'http://x');
      const id = url.searchParams.get('statementId');
      if (req.method === 'PUT') {
        if (id && !seen.includes(id)) seen.push(id);
        requests.push({ at: Date.now(), method: req.method, path: url.pathname, id, version: req.headers['x-experience-api-version'],
          contentType: req.headers['content-type'], auth: req.headers.authorization ?? null, body: body.toString('utf8') });
        if (hang > 0) {
          hang -= 1;
          return; // read, never answered: the socket stays open until the page gives up
        }
        if (unavailable > 0) {
          unavailable -= 1;
          res.writeHead(503, { ...cors(req), 'retry-after': String(retryAfter), 'content-type': 'application/json' });
          res.end('{"detail":"Sedang pemeliharaan (uji)"}');
          return;
        }
        if (id && refuse(id, seen.indexOf(id) + 1)) {
          res.writeHead(422, { ...cors(req), 'content-type': 'application/json' });
          res.end(JSON.stringify({ detail: [{ type: 'value_error', loc: ['body', 'result'], msg: 'Pernyataan ditolak oleh uji (422)' }] }));
          return;
        }
      }
      const forward = http.request(`${target}${req.url}`, { method: req.method, headers: { ...req.headers, host: new URL(target).host } }, (up) => {
        res.writeHead(up.statusCode, up.headers);
        up.pipe(res);
      });
      forward.on('error', () => { res.writeHead(502, cors(req)); res.end(); });
      forward.end(body);
    });
  });
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  const listen = () => new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  await listen();
  return {
    origin: `http://127.0.0.1:${port}`,
    endpoint: `http://127.0.0.1:${port}/xAPI/`,
    requests,
    /** Distinct statement ids in the order first seen. */
    seen,
    unavailableOnce() { unavailable = 1; },
    hangOnce() { hang = 1; },
    stop() {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
    start: listen,
  };
}

/** The app's URL with Tin Can launch parameters, as mod_tincanlaunch builds it (RFC 3986
 * encoding, appended with `?` to a launch URL that has no query). */
export function launchUrl(base, { hash = '', endpoint, auth, actor, registration, activityId }) {
  const enc = (v) => encodeURIComponent(v).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const params = [['endpoint', endpoint], ['auth', auth], ['actor', actor && JSON.stringify(actor)],
    ['registration', registration], ['activity_id', activityId]]
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${enc(v)}`)
    .join('&');
  return `${base}index.html${hash}?${params}`;
}

/** FNV-1a 64 of `text` (UTF-8) in 16 hexadecimal digits, written here (not the app's code). */
export function fnv1a64(text) {
  let h = 0xcbf29ce484222325n;
  for (const b of Buffer.from(text, 'utf8')) {
    h ^= BigInt(b);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

/** A launch actor's identifier as docs/lrs.md defines it (mbox or account, as these tests use). */
export const actorIfi = (a) => (a.mbox ? `mbox:${a.mbox}` : `account:${a.account.homePage} ${a.account.name}`);

/** The database a launched actor's progress and outbox live in, by docs/lrs.md's rule. */
export const actorDb = (a) => `bimtek-mandiri:lms-${fnv1a64(actorIfi(a))}`;

/** The outbox rows in the app's IndexedDB database `db` (the device's unless a launched
 * actor's is named; seq order), read with plain IndexedDB calls. */
export async function outboxRows(page, db = 'bimtek-mandiri') {
  return page.evaluate((db) => new Promise((resolve, reject) => {
    const open = indexedDB.open(db);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('outbox')) { db.close(); resolve([]); return; }
      const req = db.transaction('outbox').objectStore('outbox').getAll();
      req.onsuccess = () => { db.close(); resolve(req.result); };
      req.onerror = () => reject(req.error);
    };
  }), db);
}
