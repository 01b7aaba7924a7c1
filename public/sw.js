// Bimtek Mandiri service worker: the app works offline after one visit, and a slow or lying
// network never holds a cached screen back (docs/design.md, "Cached first").
//
// - Precache: scripts/sw-precache.mjs writes the list of every built file with its SHA-256
//   (SRI) and a VERSION that hashes them all. Install takes a file the running version holds
//   with the same SHA-256 from its cache (an update downloads only what changed) and fetches
//   the rest with `cache: 'reload'`
//   (past any HTTP cache: a host's `max-age` must not hand the new worker the old files) and
//   with `integrity` (a half-finished upload fails the install). Any missing file or hash
//   mismatch fails the install, so the running version keeps working and the next visit
//   retries.
// - Caches belong to this deployment: their names carry the scope path and the version
//   (`bimtek:/belajar/bimtek/:shell:<version>`), so two deployments on one origin never
//   delete each other's caches. Activation prunes only this scope's older caches.
// - Navigations to the app's own page (the scope itself or index.html, any query or hash)
//   get this version's index.html; any other navigation (a PDF, packs.json) goes to the
//   network untouched.
// - Built content is part of the precache (versioned with the app, updated with it). What a
//   deployer adds after the build — `packs.json`, which they edit, and their own packs — is
//   stale-while-revalidate: a cached copy answers at once and the network refreshes it in the
//   background with a time limit and a size cap; when the refreshed copy differs, pages are
//   told ('content-updated') so the app can offer it. Nothing cached → the network, with a
//   short time limit. `packs.json` is therefore never integrity-checked (a deployer edits it):
//   install stores a fresh copy of it without failing when it is missing.
// - `lrs.json` (a deployment's LRS, contract 11) is kept the same way, so statements made
//   offline still know where they go; it is not "newer content" for the learner, and a 404
//   removes the cached copy (the deployer turned the LRS off).
// - Hosts redirect (Cloudflare Pages and Netlify answer `index.html` with a 308 to `./`, nginx and
//   Apache add a folder's slash): a redirected response is stored as a fresh copy under the
//   app's own URL, because a browser refuses a redirected response for a navigation
//   (`net::ERR_FAILED`). A redirect elsewhere (a captive portal's or SSO's login page) is
//   never stored, and neither is an HTML page where a JSON file belongs (a host's catch-all).
// - A new version waits until the learner agrees ('skip-waiting').
const VERSION = '__VERSION__';
/** [[path relative to the scope, 'sha256-…'], …] */
const PRECACHE = __PRECACHE__;
const SCOPE = new URL(self.registration.scope);
const PREFIX = `bimtek:${SCOPE.pathname}:`;
const SHELL = `${PREFIX}shell:${VERSION}`;
const CONTENT = `${PREFIX}content:${VERSION}`;
/** Waiting for a file nobody has cached yet: then the app says it cannot be reached. */
const NETWORK_TIMEOUT_MS = 10_000;
/** A background refresh gives up after this. */
const REFRESH_TIMEOUT_MS = 30_000;
/** The app's own caps (src/content/names.rs `CAPS`, filled in by scripts/sw-precache.mjs):
 * lists 256 KB, module bodies 2 MB. */
const MAX_LIST_BYTES = __MAX_LIST_BYTES__;
const MAX_BODY_BYTES = __MAX_BODY_BYTES__;

const precached = new Set(PRECACHE.map(([path]) => new URL(path, SCOPE).href));

/** Whether `response`'s body has the SHA-256 of `integrity` ('sha256-<base64>'). */
async function hasIntegrity(response, integrity) {
  const digest = await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer());
  const bytes = new Uint8Array(digest);
  let text = '';
  for (let i = 0; i < bytes.length; i += 1) text += String.fromCharCode(bytes[i]);
  return `sha256-${btoa(text)}` === integrity;
}

/** This scope's other shell caches (the running version's), newest name last. */
async function previousShells() {
  const names = (await caches.keys()).filter((n) => n.startsWith(`${PREFIX}shell:`) && n !== SHELL);
  return Promise.all(names.map((n) => caches.open(n)));
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    try {
      // An update fetches only what changed: a file the running version already holds under
      // the same address, with the same SHA-256, is taken from its cache (as Workbox does by
      // revision), checked again here; everything else comes from the network.
      const previous = await previousShells();
      const fetched = await Promise.all(PRECACHE.map(async ([path, integrity]) => {
        const request = new Request(new URL(path, SCOPE), { cache: 'reload', integrity, credentials: 'same-origin' });
        for (const cache of previous) {
          const kept = await cache.match(request.url);
          if (kept && await hasIntegrity(kept, integrity)) return [request, kept];
        }
        const response = await fetch(request);
        if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
        return [request, await unredirected(request, response)];
      }));
      const cache = await caches.open(SHELL);
      await Promise.all(fetched.map(([request, response]) => cache.put(request.url, response)));
      for (const file of ['packs.json', 'lrs.json']) {
        try {
          const list = new URL(file, SCOPE);
          const response = await fetchCapped(new Request(list), NETWORK_TIMEOUT_MS, MAX_LIST_BYTES, 'reload');
          if (response.ok) await (await caches.open(CONTENT)).put(list.href, response);
        } catch (_) { /* the running version's copy is carried over on activation */ }
      }
    } catch (err) {
      // Leave nothing half-filled behind; the failed install keeps the running version.
      await caches.delete(SHELL);
      await caches.delete(CONTENT);
      throw err;
    }
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const current = await caches.open(CONTENT);
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX)) {
        if (name === SHELL || name === CONTENT) continue;
        if (name.startsWith(`${PREFIX}content:`)) {
          // Packs a deployer added after the build are not in the precache: carry their
          // cached copies over, so they stay available offline after an update.
          const old = await caches.open(name);
          for (const request of await old.keys()) {
            if (!precached.has(request.url) && !(await current.match(request))) {
              const response = await old.match(request);
              if (response) await current.put(request, response);
            }
          }
        }
        await caches.delete(name);
      } else if (name.startsWith('bimtek-shell-') || name === 'bimtek-runtime') {
        // Caches of builds before deployment-scoped names: remove only this scope's entries
        // (another deployment on this origin may still use the rest).
        const legacy = await caches.open(name);
        for (const request of await legacy.keys()) {
          if (new URL(request.url).pathname.startsWith(SCOPE.pathname)) await legacy.delete(request);
        }
        if ((await legacy.keys()).length === 0) await caches.delete(name);
      }
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  const data = event.data || {};
  const port = event.ports && event.ports[0];
  if (data.type === 'skip-waiting') {
    self.skipWaiting();
  } else if (data.type === 'offline-status' && port && Array.isArray(data.paths)) {
    event.waitUntil(missing(data.paths).then((list) => port.postMessage({ version: VERSION, missing: list })));
  } else if (data.type === 'warm' && port && Array.isArray(data.paths)) {
    event.waitUntil(warm(data.paths).then((list) => port.postMessage({ version: VERSION, missing: list })));
  }
});

/** The app-relative `paths` that neither of this version's caches holds. */
async function missing(paths) {
  const out = [];
  for (const path of paths.slice(0, 2000)) {
    if (typeof path !== 'string') continue;
    if (!(await cached(new URL(path, SCOPE)))) out.push(path);
  }
  return out;
}

/** Fetches whatever of `paths` is not cached yet into the content cache; returns what is still missing. */
async function warm(paths) {
  const todo = await missing(paths);
  const cache = await caches.open(CONTENT);
  await Promise.all(todo.map(async (path) => {
    const url = new URL(path, SCOPE);
    if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return;
    try {
      const response = await fetchCapped(new Request(url), REFRESH_TIMEOUT_MS, capFor(url));
      if (response.ok) await cache.put(url.href, response);
    } catch (_) { /* stays missing; the app says so */ }
  }));
  return missing(paths);
}

async function cached(url) {
  const content = await caches.open(CONTENT);
  const hit = await content.match(url.href, { ignoreSearch: true });
  if (hit) return hit;
  const shell = await caches.open(SHELL);
  return shell.match(url.href, { ignoreSearch: true });
}

const isContent = (rel) => rel === 'packs.json' || rel === 'lrs.json' || rel.endsWith('/pack.json') || rel.startsWith('content/');
const isLrs = (url) => url.pathname === `${SCOPE.pathname}lrs.json`;
const capFor = (url) => (url.pathname.endsWith('pack.json') || url.pathname.endsWith('packs.json') || isLrs(url) ? MAX_LIST_BYTES : MAX_BODY_BYTES);

/** The same resource under another spelling: `index.html` ↔ its folder, a folder with or
 * without its slash, `x.html` ↔ `x` (Cloudflare Pages' pretty URLs). */
function sameResource(asked, got) {
  const norm = (href) => {
    const u = new URL(href);
    return u.origin + u.pathname.replace(/index\.html$/, '').replace(/\.html$/, '').replace(/\/$/, '');
  };
  return norm(asked) === norm(got);
}

/**
 * A response a navigation (and the cache) can use: a redirected one is copied into a fresh
 * response; one redirected to another resource (a login page) is refused.
 */
async function unredirected(request, response) {
  if (!response.redirected) return response;
  if (!sameResource(request.url, response.url)) throw new Error(`${request.url}: redirected to ${response.url}`);
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
}

const isHtml = (response) => (response.headers.get('content-type') || '').toLowerCase().includes('text/html');

/**
 * fetch() with an overall deadline (a connection that never answers, or one that trickles a
 * byte a second, both end) and a size cap. The body is read here, so the deadline covers it.
 */
async function fetchCapped(request, timeoutMs, maxBytes, cacheMode = 'no-cache') {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(request, { signal: controller.signal, cache: cacheMode });
    // Everything fetched here is JSON: a web page in its place is a login page or a catch-all.
    if ((response.redirected && !sameResource(request.url, response.url)) || (response.ok && isHtml(response))) {
      // Never cached; handed to the app as it came, which names it (a login page, not the file).
      throw Object.assign(new Error('a web page, not the file'), { webPage: response });
    }
    const declared = Number(response.headers.get('content-length') || 0);
    if (declared > maxBytes) throw new Error('too large');
    const reader = response.body ? response.body.getReader() : null;
    const chunks = [];
    let size = 0;
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) { controller.abort(); throw new Error('too large'); }
      chunks.push(value);
    }
    const headers = new Headers(response.headers);
    headers.delete('content-encoding');
    headers.delete('content-length');
    return new Response(new Blob(chunks), { status: response.status, statusText: response.statusText, headers });
  } finally {
    clearTimeout(timer);
  }
}

const refreshing = new Map();

async function sameBody(a, b) {
  const [x, y] = await Promise.all([a.clone().arrayBuffer(), b.clone().arrayBuffer()]);
  if (x.byteLength !== y.byteLength) return false;
  const u = new Uint8Array(x);
  const v = new Uint8Array(y);
  for (let i = 0; i < u.length; i += 1) if (u[i] !== v[i]) return false;
  return true;
}

async function notify(url) {
  for (const client of await self.clients.matchAll({ type: 'window' })) {
    client.postMessage({ type: 'content-updated', url });
  }
}

/** Fetches a fresh copy of a content file into the content cache (one at a time per URL). */
function refresh(url, cachedCopy) {
  if (refreshing.has(url.href)) return refreshing.get(url.href);
  const job = (async () => {
    const fresh = await fetchCapped(new Request(url), cachedCopy ? REFRESH_TIMEOUT_MS : NETWORK_TIMEOUT_MS, capFor(url));
    if (fresh.ok) {
      const cache = await caches.open(CONTENT);
      const changed = cachedCopy && !(await sameBody(cachedCopy, fresh));
      if (!cachedCopy || changed) await cache.put(url.href, fresh.clone());
      if (changed && !isLrs(url)) await notify(url.pathname.slice(SCOPE.pathname.length));
    } else if (fresh.status === 404 && isLrs(url)) {
      await (await caches.open(CONTENT)).delete(url.href);
    }
    return fresh;
  })();
  refreshing.set(url.href, job);
  job.finally(() => refreshing.delete(url.href)).catch(() => {});
  return job;
}

async function content(event, url) {
  if (precached.has(url.href)) {
    const shell = await caches.open(SHELL);
    return (await shell.match(url.href)) || fetch(url);
  }
  const hit = await cached(url);
  if (hit) {
    event.waitUntil(refresh(url, hit.clone()).catch(() => {}));
    return hit;
  }
  try {
    return await refresh(url, null);
  } catch (err) {
    // Unreachable, too slow or too large: the app names the file and offers a retry. A login
    // page goes to the app as it came (uncached), so the app can say the network asks for one.
    return err.webPage ?? Response.error();
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return;
  const rel = url.pathname.slice(SCOPE.pathname.length);

  if (request.mode === 'navigate') {
    // Only the app's own page gets the shell.
    if (rel !== '' && rel !== 'index.html') return;
    event.respondWith((async () => {
      const shell = await caches.open(SHELL);
      const page = await shell.match(new URL('index.html', SCOPE).href);
      return page || fetch(request);
    })());
    return;
  }
  if (isContent(rel)) {
    event.respondWith(content(event, new URL(url.pathname, SCOPE)));
    return;
  }
  event.respondWith((async () => {
    const shell = await caches.open(SHELL);
    const hit = await shell.match(url.href, { ignoreSearch: true });
    return hit || fetch(request);
  })());
});
