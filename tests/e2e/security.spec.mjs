// Hostile input (issue 12): a strict Content-Security-Policy, progress files and stored values
// that try to become links, other sites that frame the app, origins that can never match,
// no randomness, reset on a shared PC.
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appReady, collectErrors } from './support.mjs';
import { scratchDir } from './scratch.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const M = 'agen-perubahan';
let portalServer;
let portalOrigin;
let portalPort;
let portalDir;

test.beforeAll(async () => {
  portalDir = scratchDir('hostile-portal');
  fs.writeFileSync(path.join(portalDir, 'index.html'), '<!doctype html><title>x</title>');
  portalPort = 18900 + Math.floor(Math.random() * 90);
  portalServer = spawn('node', [path.join(root, 'scripts/static-server.mjs'), '--dir', portalDir, '--port', String(portalPort)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => portalServer.stdout.once('data', resolve));
  portalOrigin = `http://127.0.0.1:${portalPort}`;
});
test.afterAll(() => portalServer.kill());

/** A page on the portal's origin that frames `src`; returns the frame. */
async function portal(page, name, src) {
  fs.writeFileSync(path.join(portalDir, `${name}.html`), `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Portal</title></head>
<body><h1>Portal lain</h1>
<script>window.events = []; window.addEventListener('message', function (e) {
  if (e.data && e.data.context === 'bimtek') window.events.push({ origin: e.origin, data: e.data });
});</script>
<iframe id="app" src="${src}" title="Bimtek" style="width:100%;height:600px;border:0"></iframe></body></html>`);
  await page.goto(`${portalOrigin}/${name}.html`);
  return page.frameLocator('#app');
}

/** Reads (or writes) the app's IndexedDB `meta` rows from inside the page. */
const meta = (page, key) => page.evaluate((key) => new Promise((resolve, reject) => {
  const open = indexedDB.open('bimtek-mandiri');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const req = open.result.transaction('meta').objectStore('meta').get(key);
    req.onsuccess = () => { resolve(req.result ? req.result.value : null); open.result.close(); };
    req.onerror = () => reject(req.error);
  };
}), key);
const putMeta = (page, key, value) => page.evaluate(([key, value]) => new Promise((resolve, reject) => {
  const open = indexedDB.open('bimtek-mandiri');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const tx = open.result.transaction('meta', 'readwrite');
    tx.objectStore('meta').put({ key, value });
    tx.oncomplete = () => { open.result.close(); resolve(); };
    tx.onerror = () => reject(tx.error);
  };
}), [key, value]);

test('the CSP blocks an injected inline script and reports it; the app itself runs', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('index.html');
  await appReady(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const directive of ["default-src 'self'", "'wasm-unsafe-eval'", "object-src 'none'", "base-uri 'none'",
    "form-action 'none'", "connect-src 'self'", "img-src 'self'"]) {
    expect(csp).toContain(directive);
  }
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*'/);
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain("'unsafe-eval'");
  // No violation while the app starts and renders any screen (a violation is a console error).
  for (const hash of [`#/modul/${M}`, `#/modul/${M}/pelajaran/mawas-diri`, `#/modul/${M}/glosarium`, `#/modul/${M}/kuis`,
    '#/bukti', '#/pengaturan', '#/tentang', '#/periksa-paket', '#/sematkan']) {
    await page.goto(`index.html${hash}`);
    await expect(page.locator('main h1')).toBeVisible();
  }
  await expect(page.frameLocator('.embed-preview').locator('main h1')).toBeVisible();
  await page.goto('index.html#/periksa-paket');
  await expect(page.locator('main')).toContainText('Semua modul sah.');
  expect(errors).toEqual([]);

  const result = await page.evaluate(async () => {
    const seen = [];
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
    window.ran = false;
    const s = document.createElement('script');
    s.textContent = 'window.ran = true;';
    document.body.appendChild(s);
    const a = document.createElement('a');
    a.href = 'javascript:window.ran = true';
    document.body.appendChild(a);
    a.click();
    // Wait for the violation reports themselves (the positive signal), not a fixed time.
    for (let i = 0; i < 100 && !seen.some((d) => d.startsWith('script-src')); i += 1) {
      await new Promise((r) => setTimeout(r, 50));
    }
    return { seen, ran: window.ran };
  });
  expect(result.ran).toBe(false);
  expect(result.seen.some((d) => d.startsWith('script-src'))).toBe(true);

  // The page still works under the policy: navigation, export download through a blob: URL.
  await page.goto('index.html#/pengaturan');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh berkas kemajuan' }).click(),
  ]);
  expect(JSON.parse(fs.readFileSync(await download.path(), 'utf8')).format).toBe('bimtek-progress');
});

test('a progress file with a hostile resume point is refused with its reason; nothing changes', async ({ page }, testInfo) => {
  await page.goto(`index.html#/modul/${M}/glosarium`);
  await appReady(page);
  await page.goto('index.html#/');
  await expect(page.locator('#continue-link')).toHaveAttribute('href', `#/modul/${M}/glosarium`);
  await page.goto('index.html#/pengaturan');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh berkas kemajuan' }).click(),
  ]);
  const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  expect(exported.resume.route).toBe(`#/modul/${M}/glosarium`);
  for (const route of ['javascript:alert(document.title)', 'https://evil.example', 'data:text/html,<script>alert(1)</script>',
    '#/tidak-ada', '#/pengaturan', `#/modul/${M}/${'a'.repeat(1000)}`]) {
    const file = testInfo.outputPath('jahat.json');
    fs.writeFileSync(file, JSON.stringify({ ...exported, resume: { ...exported.resume, route } }));
    await page.locator('#import-file').setInputFiles(file);
    await expect(page.locator('#settings-message')).toContainText('Titik lanjut');
    await expect(page.locator('#settings-message')).toContainText('tidak ada yang diubah');
    await expect(page.locator('#import-preview')).toHaveCount(0);
  }
  await page.goto('index.html#/');
  await expect(page.locator('#continue-link')).toHaveAttribute('href', `#/modul/${M}/glosarium`);
  // The same refusal in English.
  await page.goto('index.html?lang=en#/pengaturan');
  await appReady(page);
  const file = testInfo.outputPath('evil.json');
  fs.writeFileSync(file, JSON.stringify({ ...exported, resume: { ...exported.resume, route: 'javascript:alert(1)' } }));
  await page.locator('#import-file').setInputFiles(file);
  await expect(page.locator('#settings-message')).toContainText('File refused; nothing was changed. The resume point');
  await expect(page.locator('#settings-message')).toContainText('must start with #/');
});

test('with any stored resume value, "Lanjutkan" only ever goes to an app route', async ({ page }) => {
  await page.goto('index.html');
  await appReady(page);
  // A row as version 1 stored it still works.
  await putMeta(page, 'resume', { route: `#/modul/${M}/kuis`, module: M, at: 1 });
  await page.reload();
  await appReady(page);
  await expect(page.locator('#continue-link')).toHaveAttribute('href', `#/modul/${M}/kuis`);
  for (const value of [
    { route: 'javascript:alert(1)', module: M, at: 1 },
    { route: 'https://evil.example', module: M, at: 1 },
    { route: `#/modul/${M}/kuis`, module: 'lain', at: 1 },
    { route: '#/pengaturan', module: M, at: 1 },
    { route: 42, module: M, at: 1 },
    'javascript:alert(1)',
  ]) {
    await putMeta(page, 'resume', value);
    await page.reload();
    await appReady(page);
    await expect(page.locator('#course-progress')).toBeVisible();
    await expect(page.locator('#continue-link')).toHaveCount(0);
    // The rest of the app works, and moving on stores a good point again (once the module page
    // is shown: two address changes in one go may reach the app as one).
    await page.goto(`index.html#/modul/${M}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agen Perubahan');
    await page.goto('index.html#/');
    // (Left on the module page, "Lanjutkan" goes on at its next step, the first unread
    // lesson: issue 30, finding 4.)
    await expect(page.locator('#continue-link')).toHaveAttribute('href', `#/modul/${M}/pelajaran/mengapa-reformasi-birokrasi`);
  }
});

test('framed by another site, settings and the record page render nothing but a link to a tab of its own', async ({ page, baseURL }) => {
  // Give the app a profile first, as the learner would in its own tab.
  await page.goto('index.html#/bukti');
  await appReady(page);
  await page.getByLabel('Nama lengkap').fill('Rahasia Sekali');
  await page.getByRole('button', { name: 'Simpan data diri' }).click();
  await expect(page.locator('#record-message')).toContainText('Data diri tersimpan');

  const origin = encodeURIComponent(portalOrigin);
  for (const hash of ['#/pengaturan', '#/bukti', '#/', '#/sematkan', `#/modul/${M}`]) {
    const frame = await portal(page, 'bingkai', `${baseURL}index.html?origin=${origin}${hash}`);
    await expect(frame.locator('#framed-page h1')).toHaveText('Buka aplikasi di tab sendiri');
    const link = frame.locator('#open-own-tab');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /noopener/);
    expect(await link.getAttribute('href')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/belajar\/bimtek\/index\.html#\//);
    for (const sel of ['#import-file', '#reset-profile', 'form', 'input', 'header', 'nav']) {
      await expect(frame.locator(sel)).toHaveCount(0);
    }
    await expect(frame.getByRole('button', { name: /Hapus/ })).toHaveCount(0);
    await expect(frame.locator('body')).not.toContainText('Rahasia Sekali');
  }
  // An embed frame whose hash the portal changes afterwards (same document, no reload).
  const frame = await portal(page, 'bingkai2', `${baseURL}index.html?origin=${origin}#/embed/${M}`);
  await expect(frame.locator('main h1')).toHaveText('Agen Perubahan');
  for (const hash of ['#/pengaturan', '#/bukti']) {
    await page.evaluate(([src]) => { document.getElementById('app').src = src; }, [`${baseURL}index.html?origin=${origin}${hash}`]);
    await expect(frame.locator('#framed-page')).toBeVisible();
    await expect(frame.locator('#import-file')).toHaveCount(0);
    await expect(frame.locator('form')).toHaveCount(0);
  }
  // The profile never reached the portal.
  expect(JSON.stringify(await page.evaluate(() => window.events))).not.toContain('Rahasia');
});

test('origins: a default or zero-padded port still reaches the portal; an impossible one is named', async ({ page, baseURL }) => {
  // The portal's origin written with a zero-padded port and upper case: normalised, events arrive.
  const padded = encodeURIComponent(`HTTP://127.0.0.1:0${portalPort}/`);
  await portal(page, 'asal', `${baseURL}index.html?origin=${padded}&lang=id#/embed/${M}`);
  await expect.poll(() => page.evaluate(() => window.events.length)).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.events[0].data.action)).toBe('ready');

  for (const [bad, reason] of [
    ['https://a.b:99999', 'nomor port'],
    ['http://0x7f.1', 'empat angka desimal'],
    ['https://portal.go.id@evil.example', 'nama pengguna'],
    ['null', 'satu situs'],
  ]) {
    await page.goto(`${baseURL}index.html?origin=${encodeURIComponent(bad)}#/embed/${M}`);
    await expect(page.getByRole('alert').first()).toContainText('tidak sah');
    await expect(page.getByRole('alert').first()).toContainText(reason);
  }
  // The Sematkan page explains too, and writes the normalised origin into the snippet.
  await page.goto('index.html#/sematkan');
  await page.getByLabel(/Alamat portal/).fill('https://portal.go.id:99999');
  await expect(page.locator('#embed-origin-error')).toContainText('nomor port harus angka 0–65535');
  await page.getByLabel(/Alamat portal/).fill('HTTPS://Portal.GO.id:0443');
  await expect(page.locator('#embed-origin-error')).toBeEmpty();
  expect(await page.locator('#embed-snippet').inputValue()).toContain('?origin=https%3A%2F%2Fportal.go.id&amp;');
});

test('no secure randomness: no actor id is made or stored, no event is sent, and the frame says so', async ({ page, baseURL }) => {
  await page.context().addInitScript(() => {
    if (location.pathname.includes('/belajar/bimtek/')) {
      crypto.getRandomValues = () => { throw new Error('rusak'); };
    }
  });
  const frame = await portal(page, 'acak', `${baseURL}index.html?origin=${encodeURIComponent(portalOrigin)}#/embed/${M}`);
  await expect(frame.locator('#embed-problem')).toContainText('bilangan acak yang aman');
  await frame.getByRole('link', { name: 'Mulai belajar' }).click();
  await frame.getByRole('link', { name: 'Selesai membaca' }).click();
  const child = page.frames().find((f) => f.url().includes('/belajar/bimtek/'));
  // Positive control instead of a sleep: a marker the iframe posts now arrives after anything
  // it posted before (one source, one target: delivered in order).
  await child.evaluate(() => window.parent.postMessage({ context: 'bimtek', action: 'marker' }, '*'));
  await expect.poll(() => page.evaluate(() => window.events.length)).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.events.map((e) => e.data.action))).toEqual(['marker']);
  expect(await meta(child, 'actor-id')).toBeNull();
});

test('reset always issues a new actor id, and deletes the profile only when asked', async ({ page }) => {
  // An embed visit makes the actor id.
  await page.goto(`index.html#/embed/${M}`);
  await appReady(page);
  await expect.poll(() => meta(page, 'actor-id')).toMatch(/^[0-9a-f-]{36}$/);
  const first = await meta(page, 'actor-id');
  await page.goto('index.html#/bukti');
  await page.reload();
  await appReady(page);
  await page.getByLabel('Nama lengkap').fill('Budi Santoso');
  await page.getByLabel('Unit kerja / OPD').fill('Dinas Kominfo');
  await page.getByRole('button', { name: 'Simpan data diri' }).click();
  await expect(page.locator('#record-message')).toContainText('Data diri tersimpan');

  await page.goto('index.html#/pengaturan');
  await page.getByRole('button', { name: 'Hapus semua kemajuan…' }).click();
  await expect(page.getByLabel('juga hapus data diri saya (nama, NIP, unit)')).not.toBeChecked();
  await page.getByRole('button', { name: 'Ya, hapus semuanya' }).click();
  await expect(page.locator('#settings-message')).toContainText('Semua kemajuan sudah dihapus.');
  const second = await meta(page, 'actor-id');
  expect(second).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(second).not.toBe(first);
  expect((await meta(page, 'profile')).name).toBe('Budi Santoso');

  await page.getByRole('button', { name: 'Hapus semua kemajuan…' }).click();
  await page.getByLabel('juga hapus data diri saya (nama, NIP, unit)').check();
  await page.getByRole('button', { name: 'Ya, hapus semuanya' }).click();
  await expect(page.locator('#settings-message')).toContainText('Profil (nama, NIP, unit) juga sudah dihapus.');
  expect(await meta(page, 'profile')).toBeNull();
  const third = await meta(page, 'actor-id');
  expect(third).not.toBe(second);
  await page.goto('index.html#/bukti');
  await page.reload();
  await appReady(page);
  await expect(page.getByLabel('Nama lengkap')).toHaveValue('');
});

test('a hostile packs.json: every bad path is named and no request leaves the app folder', async ({ page, context, baseURL }) => {
  const hostilePaths = [' /\t/host/pack.json', '%2e%2e/luar/pack.json', '//127.0.0.1:9/pack.json',
    '\\\\127.0.0.1\\pack.json', '/\\127.0.0.1:9/pack.json', 'content/a b/pack.json', `http://127.0.0.1:${portalPort}/pack.json`];
  for (const bad of hostilePaths) {
    const requests = [];
    context.on('request', (r) => requests.push(r.url()));
    await page.route('**/packs.json', (route) => route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ format_version: 1, packs: ['content/inti/pack.json', bad] }),
    }));
    await page.goto('index.html');
    await appReady(page);
    await expect(page.getByRole('alert')).toContainText('packs.json');
    await expect(page.getByRole('alert')).toContainText('alamat tidak diizinkan');
    const app = new URL(baseURL);
    for (const url of requests) {
      const u = new URL(url);
      expect(u.origin, `${bad}: ${url}`).toBe(app.origin);
      expect(u.pathname.startsWith(app.pathname), `${bad}: ${url}`).toBe(true);
    }
    await page.unroute('**/packs.json');
    context.removeAllListeners('request');
  }
});
