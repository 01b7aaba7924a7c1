// The hosts deployers really use (issue 25): Cloudflare Pages' and Netlify's redirects of
// `index.html` to its folder, nginx's and Apache's redirect of a folder to its slash, hardened
// security headers on everything, and a network that answers every request with a login page.
// The servers (tests/e2e/fault-server.mjs) follow the hosts' documented behaviour. Each case:
// a first visit, then online and with the server gone, home, `index.html` and a deep link.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appReady } from './support.mjs';
import { faultServer } from './fault-server.mjs';
import { scratchDir } from './scratch.mjs';
import { deploy, redeploy, nextBuild, precached } from './deploys.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const distA = path.join(root, 'dist');
const distB = path.join(root, 'target/dist-b');
const SUB = '/kursus/';
test.use({ serviceWorkers: 'allow' });

async function waitOfflineReady(page, base) {
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
  await page.goto(`${base}index.html#/pengaturan`);
  await expect(page.locator('#offline-status')).toHaveText('Semua modul (4) tersedia luring di perangkat ini.', { timeout: 15_000 });
}

/** Home, index.html and a lesson deep link all show the app (no net::ERR_FAILED). */
async function everyEntryWorks(page, origin) {
  for (const url of [`${origin}${SUB}`, `${origin}${SUB}index.html`, `${origin}${SUB}index.html#/modul/agen-perubahan/pelajaran/mengapa-perlu-agen-perubahan`, `${origin}${SUB}?lang=en`]) {
    const response = await page.goto(url);
    expect(response === null || response.status() < 400, url).toBe(true);
    await appReady(page);
    await expect(page.locator('h1').first(), url).toBeVisible();
  }
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

for (const [host, status] of [['cloudflare', 308], ['netlify', 301]]) {
  test(`${host}: index.html answered with a ${status} to its folder; the app holds online and offline after one visit`, async ({ page, request }) => {
    const server = await faultServer({ [SUB]: deploy(distA) }, { host });
    try {
      const direct = await request.get(`${server.origin}${SUB}index.html?lang=en`, { maxRedirects: 0 });
      expect([direct.status(), direct.headers().location]).toEqual([status, `${SUB}?lang=en`]);
      await page.goto(`${server.origin}${SUB}index.html`);
      await appReady(page);
      await waitOfflineReady(page, `${server.origin}${SUB}`);
      await everyEntryWorks(page, server.origin);
      await server.set({ mode: 'down' });
      await everyEntryWorks(page, server.origin);
    } finally {
      await server.close();
    }
  });
}

for (const host of ['nginx', 'apache']) {
  test(`${host}: the learner's bookmark without the folder's slash redirects (301) and the app holds`, async ({ page, request }) => {
    const server = await faultServer({ [SUB]: deploy(distA) }, { host });
    try {
      const direct = await request.get(`${server.origin}/kursus`, { maxRedirects: 0 });
      expect([direct.status(), direct.headers().location]).toEqual([301, SUB]);
      await page.goto(`${server.origin}/kursus`);
      await appReady(page);
      expect(new URL(page.url()).pathname).toBe(SUB);
      await waitOfflineReady(page, `${server.origin}${SUB}`);
      await everyEntryWorks(page, server.origin);
      await server.set({ mode: 'down' });
      // The slashless address is outside the worker's scope (a browser rule): offline, the
      // folder's own address is the one that works, and the installed app opens that.
      await everyEntryWorks(page, server.origin);
      const manifest = JSON.parse(fs.readFileSync(path.join(distA, 'manifest.webmanifest'), 'utf8'));
      expect(new URL(manifest.start_url, `${server.origin}${SUB}`).pathname).toMatch(/^\/kursus\/(index\.html)?$/);
    } finally {
      await server.close();
    }
  });
}

test('hardened headers (X-Frame-Options, frame-ancestors, nosniff) on everything: the app itself works', async ({ page }) => {
  const server = await faultServer({ [SUB]: deploy(distA) }, { host: 'nginx', headers: 'hardened' });
  try {
    const response = await page.goto(`${server.origin}${SUB}index.html`);
    expect(response.headers()['x-frame-options']).toBe('SAMEORIGIN');
    await appReady(page);
    await waitOfflineReady(page, `${server.origin}${SUB}`);
    await server.set({ mode: 'down' });
    await everyEntryWorks(page, server.origin);
  } finally {
    await server.close();
  }
});

test('a login page for every file: nothing of it is stored, the installed version keeps working, and an uncached file names the login', async ({ page }) => {
  const dir = deploy(distA);
  const server = await faultServer({ [SUB]: dir });
  const base = `${server.origin}${SUB}`;
  try {
    await page.goto(`${base}index.html`);
    await appReady(page);
    await waitOfflineReady(page, base);
    const before = await page.evaluate(async () => (await caches.keys()).sort());
    // A new version is deployed, and the network now asks for a login on every request.
    fs.cpSync(distB, dir, { recursive: true });
    await server.set({ mode: 'login' });
    const update = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      try { await reg.update(); } catch (e) { return `refused: ${e.name}`; }
      return reg.installing || reg.waiting ? 'new worker' : 'no update';
    });
    expect(update).not.toBe('new worker');
    for (const url of [`${base}index.html#/modul/pemerintahan-bersih`, base]) {
      await page.goto(url);
      await appReady(page);
      await expect(page.locator('h1').first()).not.toHaveText('Masuk');
    }
    await page.goto(`${base}index.html#/tentang`);
    await expect(page.locator('#app-version')).not.toContainText('Versi aplikasi: B');
    expect(await page.evaluate(async () => (await caches.keys()).sort())).toEqual(before);
    // No cached response is the login page.
    const htmlInCache = await page.evaluate(async () => {
      const bad = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const req of await cache.keys()) {
          const res = await cache.match(req);
          const type = res.headers.get('content-type') || '';
          if (type.includes('text/html') && !req.url.endsWith('/index.html')) bad.push(req.url);
          if ((await res.clone().text()).includes('<title>Masuk</title>')) bad.push(req.url);
        }
      }
      return bad;
    });
    expect(htmlInCache).toEqual([]);
  } finally {
    await server.close();
  }
});

test('a pack listed by the deployer but never cached, behind a login page, is named as such', async ({ page }) => {
  const dir = deploy(distA);
  const list = JSON.parse(fs.readFileSync(path.join(dir, 'packs.json'), 'utf8'));
  list.packs.push('content/baru/pack.json');
  fs.writeFileSync(path.join(dir, 'packs.json'), JSON.stringify(list));
  const server = await faultServer({ [SUB]: dir });
  const base = `${server.origin}${SUB}`;
  try {
    await page.goto(`${base}index.html`);
    await appReady(page);
    await waitOfflineReady(page, base);
    await server.set({ mode: 'login' });
    await page.goto(`${base}index.html`);
    await appReady(page);
    await expect(page.getByRole('alert')).toContainText('content/baru/pack.json: yang datang halaman web, bukan berkas materi (jaringan mungkin meminta Anda masuk/login dulu)');
    await expect(page.locator('.module-card')).toHaveCount(4);
  } finally {
    await server.close();
  }
});

test('without the service worker too: a login page where a module file belongs is named, not a crash', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const server = await faultServer({ [SUB]: deploy(distA) });
  try {
    await page.route('**/content/inti/agen-perubahan.json', (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>Masuk</title>' }));
    await page.goto(`${server.origin}${SUB}index.html#/modul/agen-perubahan/glosarium`);
    await appReady(page);
    await expect(page.getByRole('alert')).toContainText('jaringan mungkin meminta Anda masuk/login dulu');
  } finally {
    await server.close();
    await context.close();
  }
});

/** A portal page on another origin that embeds `module` from `appBase` with embed.js. */
async function portal(appBase, module = 'agen-perubahan', lang = 'id') {
  const dir = scratchDir('host-portal');
  fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Portal uji</title></head>
<body><h1>Portal BPSDM (uji)</h1>
<script>window.bimtekEmbedTimeoutMs = 2000;</script>
<iframe id="modul" src="${appBase}index.html?lang=${lang}#/embed/${module}" title="Modul" style="width:100%;border:0"></iframe>
<script src="${appBase}embed.js" async></script></body></html>`);
  return faultServer({ '/portal/': dir });
}

for (const hardened of [true, false]) {
  test(`a portal on another origin embeds a module from a server ${hardened ? 'that forbids framing (X-Frame-Options, frame-ancestors): a plain message and a link, not an empty box' : 'that allows it (control): the module shows, no message'}`, async ({ page }) => {
    const app = await faultServer({ [SUB]: deploy(distA) }, { host: 'nginx', headers: hardened ? 'hardened' : 'none' });
    const base = `${app.origin}${SUB}`;
    const site = await portal(base);
    try {
      await page.goto(`${site.origin}/portal/`);
      const notice = page.locator('.bimtek-embed-blocked');
      if (hardened) {
        await expect(notice).toContainText('Modul tidak dapat tampil di halaman ini');
        await expect(notice.getByRole('link', { name: 'Buka modul di tab baru' })).toHaveAttribute('href', `${base}index.html?lang=id#/embed/agen-perubahan`);
        await expect(page.locator('#modul')).toBeHidden();
        // The link opens the module in its own tab, where it works.
        const [tab] = await Promise.all([page.waitForEvent('popup'), notice.getByRole('link').click()]);
        await appReady(tab);
        await expect(tab.locator('main h1')).toHaveText('Agen Perubahan');
      } else {
        await expect(page.frameLocator('#modul').locator('main h1')).toHaveText('Agen Perubahan');
        await page.waitForTimeout(2500);
        await expect(notice).toHaveCount(0);
        await expect(page.locator('#modul')).toBeVisible();
      }
    } finally {
      await site.close();
      await app.close();
    }
  });
}

test("a host-wide Content-Security-Policy without 'wasm-unsafe-eval' or the app's hashes: the first screen shows and, with no script able to run, says the app cannot start and what to change", async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const server = await faultServer({ [SUB]: deploy(distA) }, { headers: { 'content-security-policy': "default-src 'self'" } });
  try {
    const blocked = [];
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) blocked.push(m.text()); });
    // The notice waits 30 s in CSS: run CSS animations 100x faster (no script of ours runs).
    const cdp = await context.newCDPSession(page);
    await cdp.send('Animation.enable');
    await cdp.send('Animation.setPlaybackRate', { playbackRate: 100 });
    await page.goto(`${server.origin}${SUB}index.html`);
    await expect(page.locator('#first-screen .module-card')).toHaveCount(4);
    const notice = page.locator('#start-stalled');
    await expect(notice).toBeVisible({ timeout: 10_000 });
    await expect(notice).toContainText('Aplikasi belum berjalan.');
    await expect(notice).toContainText("'wasm-unsafe-eval'");
    expect(blocked.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => performance.getEntriesByName('app-ready').length)).toBe(0);
  } finally {
    await server.close();
    await context.close();
  }
});

test('control: on a well-behaved server the app takes over and the stalled-start notice is gone, even with animations sped up', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const server = await faultServer({ [SUB]: deploy(distA) });
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Animation.enable');
    await cdp.send('Animation.setPlaybackRate', { playbackRate: 100 });
    await page.goto(`${server.origin}${SUB}index.html`);
    await appReady(page);
    await expect(page.locator('#start-stalled')).toHaveCount(0);
    await page.waitForTimeout(1000);
    await expect(page.locator('#start-stalled')).toHaveCount(0);
  } finally {
    await server.close();
    await context.close();
  }
});

test('a host that caches every file for a day (sw.js too): a tab that stays open learns of the new version when the device comes back online', async ({ page }) => {
  const dir = deploy(distA);
  const server = await faultServer({ [SUB]: dir }, { cache: 86400 });
  const base = `${server.origin}${SUB}`;
  try {
    const first = await page.goto(`${base}index.html`);
    expect(first.headers()['cache-control']).toBe('max-age=86400');
    await appReady(page);
    await waitOfflineReady(page, base);
    await page.goto(`${base}index.html#/tentang`);
    await expect(page.locator('#app-version')).not.toContainText('Versi aplikasi: B');
    redeploy(dir, distB);
    // No navigation (a hash-routed app never navigates): the device comes back online.
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect(page.locator('#update-banner')).toContainText('Versi baru tersedia', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Muat ulang sekarang' }).click();
    await expect(page.locator('#app-version')).toHaveText('Versi aplikasi: B');
  } finally {
    await server.close();
  }
});

test('a tab that stays open asks for an update when it becomes visible again, at most hourly', async ({ page }) => {
  const dir = deploy(distA);
  const server = await faultServer({ [SUB]: dir });
  const base = `${server.origin}${SUB}`;
  try {
    await page.goto(`${base}index.html`);
    await appReady(page);
    await waitOfflineReady(page, base);
    // The clock from here (the app's own timers ran on the real one until now).
    await page.clock.install();
    redeploy(dir, distB);
    const visible = () => page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
    // Within the hour: no check.
    await page.clock.fastForward('10:00');
    await visible();
    await page.waitForTimeout(1500);
    await expect(page.locator('#update-banner')).toHaveCount(0);
    // An hour later: the check finds version B.
    await page.clock.fastForward('55:00');
    await visible();
    await expect(page.locator('#update-banner')).toContainText('Versi baru tersedia', { timeout: 30_000 });
  } finally {
    await server.close();
  }
});

test('an update that changes one module file downloads that file, sw.js and the two lists, nothing else', async ({ page }) => {
  const dir = deploy(distA);
  const server = await faultServer({ [SUB]: dir });
  const base = `${server.origin}${SUB}`;
  try {
    await page.goto(`${base}index.html`);
    await appReady(page);
    await waitOfflineReady(page, base);
    const file = 'content/inti/agen-perubahan.json';
    const next = nextBuild(dir, (d) => fs.appendFileSync(path.join(d, file), '\n'));
    redeploy(dir, next);
    server.clearLog();
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect(page.locator('#update-banner')).toContainText('Versi baru tersedia', { timeout: 30_000 });
    const fetched = [...new Set(server.requests().filter((r) => r.status === 200).map((r) => r.path.slice(SUB.length)))].sort();
    expect(fetched).toEqual([file, 'lrs.json', 'packs.json', 'sw.js'].sort());
    // And the new version works offline with the changed file (the click reloads the page: wait
    // for that load, not the old page's app-ready).
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Muat ulang sekarang' }).click()]);
    await appReady(page);
    await server.set({ mode: 'down' });
    await page.goto(`${base}index.html#/modul/agen-perubahan/glosarium`);
    await expect(page.locator('dl.glossary dt').first()).toBeVisible();
  } finally {
    await server.close();
  }
});

test("the site's worker leaves out the files only a SCORM package runs", async () => {
  const listed = new Set(precached(distA));
  const chunks = /bimtek-chunks content="([^"]*)"/.exec(fs.readFileSync(path.join(distA, 'index.html'), 'utf8'))[1];
  const scormFiles = /scorm=([^ ]*)/.exec(chunks)[1].split(',').map((f) => f.replace(/^\.\//, ''));
  const scormChunk = scormFiles.find((f) => f.includes('split_scorm'));
  expect(fs.existsSync(path.join(distA, scormChunk))).toBe(true);
  expect(listed.has(scormChunk)).toBe(false);
  // What the site's pages load is all there (the lesson, quiz and English chunks with the shared
  // chunk, the main module).
  for (const name of ['lesson', 'quiz', 'english']) {
    for (const file of new RegExp(`${name}=([^ ]*)`).exec(chunks)[1].split(',')) {
      expect(listed.has(file.replace(/^\.\//, '')), `${name}: ${file}`).toBe(true);
    }
  }
});

test('an old Apache mime list (.wasm as application/octet-stream, .json as text/plain, .webmanifest unknown): the app starts, installs and works offline', async ({ page }) => {
  const server = await faultServer({ [SUB]: deploy(distA) }, {
    host: 'apache',
    mime: { '.wasm': 'application/octet-stream', '.json': 'text/plain', '.webmanifest': 'application/octet-stream' },
  });
  const base = `${server.origin}${SUB}`;
  try {
    const wasm = await page.request.get(`${base}${precached(distA).find((p) => p.endsWith('_bg.wasm'))}`);
    expect(wasm.headers()['content-type']).toBe('application/octet-stream');
    await page.goto(`${base}index.html#/modul/agen-perubahan/kuis`);
    await appReady(page);
    await expect(page.getByRole('button', { name: /Mulai kuis/ })).toBeVisible();
    await waitOfflineReady(page, base);
    await server.set({ mode: 'down' });
    await page.goto(`${base}index.html#/modul/pemerintahan-bersih/glosarium`);
    await expect(page.locator('dl.glossary dt').first()).toBeVisible();
  } finally {
    await server.close();
  }
});
