// Bimtek Mandiri service worker: the app works offline after one visit.
//
// - Precaches the app shell and the built-in content from a revisioned list that
//   scripts/sw-precache.mjs writes after every build (file names are hashed; VERSION is a
//   hash of every file's contents, so any change makes a new worker).
// - Navigations get the cached index.html of THIS version, whose hashed JS and wasm are in
//   the same cache: never a stale shell against a new wasm.
// - A new version waits until the learner agrees ("Versi baru tersedia" → message
//   'skip-waiting'); then old versions' caches are removed.
// - packs.json and content/ are network-first with a cache fallback, and deployer packs are
//   kept in a runtime cache once loaded.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const SHELL = `bimtek-shell-${VERSION}`;
const RUNTIME = 'bimtek-runtime';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(PRECACHE.map((p) => new URL(p, self.registration.scope)))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('bimtek-shell-') && name !== SHELL) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

const isContent = (path) => path.endsWith('/packs.json') || path.includes('/content/');

async function networkFirst(request) {
  const runtime = await caches.open(RUNTIME);
  try {
    const response = await fetch(request);
    if (response.ok) await runtime.put(request, response.clone());
    return response;
  } catch (err) {
    const cached = (await runtime.match(request)) || (await caches.match(request, { cacheName: SHELL, ignoreSearch: true }));
    if (cached) return cached;
    throw err;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const scope = new URL(self.registration.scope);
  if (!url.pathname.startsWith(scope.pathname)) return;

  if (request.mode === 'navigate') {
    event.respondWith((async () => {
      const shell = await caches.open(SHELL);
      const cached = await shell.match(new URL('index.html', scope), { ignoreSearch: true });
      return cached || fetch(request);
    })());
    return;
  }
  if (isContent(url.pathname)) {
    event.respondWith(networkFirst(request));
    return;
  }
  event.respondWith((async () => {
    const cached = await caches.match(request, { cacheName: SHELL, ignoreSearch: true });
    return cached || fetch(request);
  })());
});
