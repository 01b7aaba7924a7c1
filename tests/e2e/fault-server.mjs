// A static server for the fault tests that behaves like the hosts and networks learners meet,
// switchable while a test runs (the service worker is bound to one origin, so the same port
// must change behaviour rather than a new server start):
//
// - mode 'ok'      serves files;
// - mode 'hang'    accepts every connection and never answers (signal bars, no data; a
//                  captive portal that swallows requests);
// - mode 'trickle' answers 200 with headers, then one byte a second;
// - mode 'down'    refuses nothing but resets every connection at once;
// - cache 'max-age' sends `Cache-Control: max-age=600` (a number: that many seconds, e.g. a
//                  "cache static files a day" rule's 86400) and `Last-Modified`, and answers
//                  `If-Modified-Since` with 304, as GitHub Pages, nginx and Apache do;
// - mounts: several sub-paths of one origin, each its own folder (two deployments);
// - host 'cloudflare' behaves as Cloudflare Pages documents ("Serving Pages": route matching,
//                  SPA fallback): `…/index.html` → 308 to `…/`, `x.html` → 308 to `x`, a folder
//                  without its slash → 308 to it, and with no 404.html a missing file is answered
//                  200 with the deployment's index.html; host 'netlify' the same with 301 (pretty
//                  URLs); host 'nginx' / 'apache' send a 301 to a folder's slash (nginx's and
//                  Apache mod_dir's default) and 404 for a missing file;
// - headers 'hardened' adds what a hardened server sends on everything: X-Frame-Options
//                  SAMEORIGIN, CSP frame-ancestors 'self', nosniff, Referrer-Policy, HSTS; an
//                  object adds those headers to everything (a host-wide CSP, say);
// - mode 'login'   answers every request with a 302 to an HTML login page (a captive portal or
//                  an expired SSO session), query kept in `next`.
// - host 'github'  as GitHub Pages: a 301 to a folder's slash, 404 for a missing file (with
//                  cache 'max-age' and compress 'gzip', what GitHub Pages sends);
// - mime           an object of extension → Content-Type over the defaults (an old Apache mime
//                  list: `{ '.wasm': 'application/octet-stream' }`);
// - compress 'gzip' / 'br' compresses text, JSON, wasm and SVG when the request accepts it
//                  (nginx `gzip on`, Apache mod_deflate; 'br' also gzip, as Cloudflare Pages and
//                  Netlify do on their own); off by default;
// - cache 'pages'  Cloudflare Pages' and Netlify's default `public, max-age=0, must-revalidate`;
// - rules          a `_headers` file (Cloudflare Pages / Netlify syntax: a path pattern with `*`
//                  or `:name`, indented `Name: value` lines, `! Name` to drop a header), applied
//                  after the host's own headers on every answer (docs/deploy.md's configurations,
//                  as tests/e2e/deploy.spec.mjs reads them).
//
// Per-path overrides (`hang`, `trickle`, a status, a body, or a content type) model one stalled,
// oversized, missing or mislabelled file while the rest is served.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
};

const compressible = /^(text\/|application\/(javascript|json|wasm|manifest\+json)|image\/svg)/;

/** A `_headers` file as rules: [{ pattern, set: [[name, value]], drop: [name] }]. */
export function parseHeadersFile(text) {
  const rules = [];
  for (const raw of String(text).split('\n')) {
    const line = raw.trimEnd();
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:[A-Za-z]\w*/g, '[^/]+');
      rules.push({ pattern: new RegExp(`^${source}$`), set: [], drop: [] });
    } else if (rules.length > 0) {
      const t = line.trim();
      const colon = t.indexOf(':');
      if (t.startsWith('!')) rules.at(-1).drop.push(t.slice(1).trim().toLowerCase());
      else if (colon > 0) rules.at(-1).set.push([t.slice(0, colon).trim().toLowerCase(), t.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** The host's `headers` with every matching rule applied: a rule's header replaces the host's,
 * two rules' values of one header are joined with a comma, `! Name` drops it. */
function applyRules(rules, pathname, headers) {
  const out = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  const set = {};
  const drop = [];
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue;
    for (const [name, value] of rule.set) set[name] = set[name] ? `${set[name]}, ${value}` : value;
    drop.push(...rule.drop);
  }
  const merged = { ...out, ...set };
  for (const name of drop) delete merged[name];
  return merged;
}

/**
 * Starts a fault server. `mounts` maps a sub-path (`/belajar/bimtek/`) to a folder.
 * Returns { origin, url(prefix), set({mode, cache}), override(prefix, rel, what), clear(), close() }.
 */
export async function faultServer(mounts, { cache = 'no-cache', host = 'plain', headers: extra = 'none', mime = {}, compress = false, rules = '' } = {}) {
  const state = { mode: 'ok', cache, host, headers: extra, overrides: new Map(), mime, compress, rules: parseHeadersFile(rules) };
  const hardened = {
    'x-frame-options': 'SAMEORIGIN', 'content-security-policy': "frame-ancestors 'self'",
    'x-content-type-options': 'nosniff', 'referrer-policy': 'strict-origin-when-cross-origin',
    'strict-transport-security': 'max-age=31536000',
  };
  const added = () => (state.headers === 'hardened' ? hardened : (typeof state.headers === 'object' ? state.headers : {}));
  const send = (res, status, headers, body) => {
    res.writeHead(status, { ...added(), ...headers });
    res.end(body);
  };
  const redirect = (res, status, location) => send(res, status, { location, 'content-type': 'text/html; charset=utf-8' }, `<a href="${location}">${location}</a>`);
  const sockets = new Set();
  const timers = new Set();
  const log = [];
  const server = http.createServer((req, res) => {
    // What was asked, and how many body bytes went out (for "an update fetches only what
    // changed"): recorded when the response ends.
    let bytes = 0;
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    res.write = (chunk, ...rest) => { if (chunk) bytes += Buffer.byteLength(chunk); return write(chunk, ...rest); };
    res.end = (chunk, ...rest) => {
      if (chunk && typeof chunk !== 'function') bytes += Buffer.byteLength(chunk);
      log.push({ path: decodeURIComponent(new URL(req.url, 'http://x').pathname), status: res.statusCode, bytes });
      return end(chunk, ...rest);
    };
    if (state.mode === 'hang') return; // accepted, never answered
    if (state.mode === 'down') { req.socket.destroy(); return; }
    const asked = new URL(req.url, 'http://x');
    const pathname = decodeURIComponent(asked.pathname);
    if (state.rules.length > 0) {
      const writeHead = res.writeHead.bind(res);
      res.writeHead = (status, headers) => writeHead(status, applyRules(state.rules, pathname, headers ?? {}));
    }
    if (pathname === '/login') {
      send(res, 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }, '<!doctype html><title>Masuk</title><form><input name=u></form>');
      return;
    }
    if (state.mode === 'login') {
      redirect(res, 302, `/login?next=${encodeURIComponent(req.url)}`);
      return;
    }
    const permanent = { cloudflare: 308, netlify: 301, nginx: 301, apache: 301, github: 301 }[state.host];
    if (permanent && mounts[`${pathname}/`]) { redirect(res, permanent, `${pathname}/${asked.search}`); return; }
    if (state.host === 'cloudflare' || state.host === 'netlify') {
      if (pathname.endsWith('/index.html')) { redirect(res, permanent, `${pathname.slice(0, -'index.html'.length)}${asked.search}`); return; }
      if (pathname.endsWith('.html')) { redirect(res, permanent, `${pathname.slice(0, -'.html'.length)}${asked.search}`); return; }
    }
    const prefix = Object.keys(mounts).find((p) => pathname.startsWith(p));
    if (!prefix) { res.writeHead(404).end(); return; }
    let rel = pathname.slice(prefix.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    else if ((state.host === 'cloudflare' || state.host === 'netlify') && fs.existsSync(path.join(mounts[prefix], `${rel}.html`))) rel += '.html';
    const override = state.overrides.get(prefix + rel);
    if (override === 'hang') return;
    const root = mounts[prefix];
    const file = path.normalize(path.join(root, rel));
    if (!file.startsWith(path.resolve(root) + path.sep)) { res.writeHead(403).end(); return; }
    let body;
    let mtime = new Date(0);
    if (override && typeof override === 'object' && override.body) {
      body = override.body;
    } else {
      try {
        body = fs.readFileSync(file);
        mtime = fs.statSync(file).mtime;
      } catch (_) {
        if (state.host === 'cloudflare') {
          // No 404.html: Pages serves the deployment as a single-page app.
          send(res, 200, { 'content-type': types['.html'] }, fs.readFileSync(path.join(root, 'index.html')));
          return;
        }
        send(res, 404, { 'content-type': 'text/plain' }, 'not found');
        return;
      }
    }
    if (override && typeof override === 'object' && override.status) {
      send(res, override.status, {});
      return;
    }
    const headers = {
      ...added(), 'content-type': (override && typeof override === 'object' && override.type) || (state.mime[path.extname(file)] ?? types[path.extname(file)] ?? 'application/octet-stream') };
    if (state.cache === 'max-age' || typeof state.cache === 'number') {
      headers['cache-control'] = `max-age=${typeof state.cache === 'number' ? state.cache : 600}`;
      headers['last-modified'] = mtime.toUTCString();
      const since = req.headers['if-modified-since'];
      if (since && Math.floor(mtime.getTime() / 1000) <= Math.floor(new Date(since).getTime() / 1000)) {
        res.writeHead(304, headers).end();
        return;
      }
    } else {
      headers['cache-control'] = state.cache === 'pages' ? 'public, max-age=0, must-revalidate' : 'no-cache';
    }
    if (state.mode === 'trickle' || override === 'trickle') {
      headers['content-length'] = String(body.length);
      res.writeHead(200, headers);
      let i = 0;
      const timer = setInterval(() => {
        if (i >= body.length || res.destroyed) { clearInterval(timer); timers.delete(timer); res.end(); return; }
        res.write(body.subarray(i, i + 1));
        i += 1;
      }, 1000);
      timers.add(timer);
      return;
    }
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = state.compress && compressible.test(headers['content-type'])
      ? ['br', 'gzip'].find((e) => (state.compress === 'br' || e === state.compress) && accepts.includes(e)) : undefined;
    if (encoding) {
      body = encoding === 'br' ? zlib.brotliCompressSync(body) : zlib.gzipSync(body);
      headers['content-encoding'] = encoding;
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(body);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: (prefix = Object.keys(mounts)[0]) => `${origin}${prefix}`,
    /** Changes how the server behaves from now on; open connections are cut. */
    set(next) {
      Object.assign(state, next);
      for (const s of sockets) s.destroy();
    },
    override(prefix, rel, what) { state.overrides.set(prefix + rel, what); },
    /** Every answered request since the last `clearLog()`: { path, status, bytes }. */
    requests: () => [...log],
    clearLog() { log.length = 0; },
    clear() { state.overrides.clear(); },
    close() {
      for (const t of timers) clearInterval(t);
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
