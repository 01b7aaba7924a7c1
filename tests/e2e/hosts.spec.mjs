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

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const distA = path.join(root, 'dist');
const distB = path.join(root, 'target/dist-b');
const SUB = '/kursus/';
test.use({ serviceWorkers: 'allow' });

function deploy(from) {
  const into = scratchDir('host');
  fs.rmSync(into, { recursive: true, force: true });
  fs.cpSync(from, into, { recursive: true });
  return into;
}

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
