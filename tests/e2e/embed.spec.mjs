// A portal on another origin embeds a module: sizing (H5P resizer protocol), learning events
// (contract 3) only to the allowed origin, foreign messages ignored.
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { moduleBody, answerCurrent, readLessons } from './quiz-helpers.mjs';
import { scratchDir } from './scratch.mjs';
import { withDatabaseHeld } from './support.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const M = 'agen-perubahan';
let nextPort = 18800 + Math.floor(Math.random() * 100);
let portalServer;
let portalOrigin;
let portalDir;

test.beforeAll(async () => {
  portalDir = scratchDir('portal');
  fs.writeFileSync(path.join(portalDir, 'index.html'), '<!doctype html><title>x</title>');
  const port = nextPort++;
  portalServer = spawn('node', [path.join(root, 'scripts/static-server.mjs'), '--dir', portalDir, '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => portalServer.stdout.once('data', resolve));
  portalOrigin = `http://127.0.0.1:${port}`;
});
test.afterAll(() => portalServer.kill());

/** Writes and opens a portal page (on the portal's origin) embedding the module. */
async function openPortal(page, baseURL, { origin = portalOrigin, resizer = true, hash = `#/embed/${M}`, name = 'portal' } = {}) {
  const query = origin === null ? 'lang=id' : `origin=${encodeURIComponent(origin)}&lang=id`;
  const html = `<!doctype html><html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Portal uji</title></head>
<body style="margin:0"><h1>Portal BPSDM (uji)</h1>
<script>window.events = []; window.addEventListener('message', function (e) {
  if (e.data && e.data.context === 'bimtek') window.events.push({ origin: e.origin, data: e.data });
});</script>
<iframe id="modul" src="${baseURL}index.html?${query}${hash}" title="Bimtek Mandiri: Agen Perubahan" style="width:100%;border:0"></iframe>
${resizer ? `<script src="${baseURL}embed.js" async></script>` : ''}
</body></html>`;
  fs.writeFileSync(path.join(portalDir, `${name}.html`), html);
  await page.goto(`${portalOrigin}/${name}.html`);
  const frame = page.frameLocator('#modul');
  await expect(frame.locator('main h1')).toBeVisible();
  return frame;
}

/** Every window records the messages it receives (before the app's own listeners run). */
test.beforeEach(async ({ context }) => {
  await context.addInitScript(() => {
    window.__seen = [];
    window.addEventListener('message', (e) => window.__seen.push(e.data && e.data.action));
  });
});

/** Whether the embedded app has received a message with `action`. */
async function seenInFrame(page, action) {
  const frame = page.frames().find((f) => f.url().includes('/index.html'));
  return frame ? frame.evaluate((a) => window.__seen.includes(a), action) : false;
}

/** Has the iframe post a marker to its parent and waits until the portal has it. */
async function markerFromFrame(page) {
  const frame = page.frames().find((f) => f.url().includes('/index.html'));
  await frame.evaluate(() => window.parent.postMessage({ context: 'bimtek', action: 'marker' }, '*'));
  await expect.poll(() => page.evaluate(() => window.events.some((e) => e.data.action === 'marker'))).toBe(true);
}

async function frameHeights(page) {
  const iframe = await page.$('#modul');
  const frame = await iframe.contentFrame();
  const content = await frame.evaluate(() => document.body.scrollHeight);
  const height = await page.evaluate(() => document.getElementById('modul').getBoundingClientRect().height);
  return { content, height };
}

test('the iframe grows to fit its content and shrinks back', async ({ page, baseURL }) => {
  const frame = await openPortal(page, baseURL);
  await expect(frame.locator('main h1')).toHaveText('Agen Perubahan');
  // No app chrome inside the embed.
  await expect(frame.locator('header.app-header')).toHaveCount(0);
  await expect.poll(async () => { const h = await frameHeights(page); return Math.abs(h.height - h.content); }).toBeLessThan(3);
  const tall = (await frameHeights(page)).height;
  expect(tall).toBeGreaterThan(900);
  await expect.poll(async () => frame.locator('html').evaluate(() => getComputedStyle(document.body).overflow)).toBe('hidden');

  await frame.locator('#quiz-link').click();
  await expect(frame.getByRole('button', { name: 'Mulai kuis' })).toBeVisible();
  await expect.poll(async () => (await frameHeights(page)).height).toBeLessThan(tall - 200);
  const h = await frameHeights(page);
  expect(Math.abs(h.height - h.content)).toBeLessThan(3);
  // Links inside the embed stay in the embed view.
  await expect(frame.locator('.crumb a')).toHaveAttribute('href', `#/embed/${M}`);
});

test('the portal receives ready, progress, completed, answered and passed with valid statements', async ({ page, baseURL }) => {
  const body = await moduleBody(page, baseURL, M);
  const frame = await openPortal(page, baseURL);
  await expect.poll(() => page.evaluate(() => window.events.length)).toBeGreaterThan(0);
  // A distinctive profile saved in the iframe's own storage (the form itself never renders
  // in a frame): none of it may reach the portal.
  const profile = { name: 'Wiryodiningrat Kusumawardhani', nip: '198712312010121009', unit: 'Bappeda Kabupaten Sukamaju' };
  const child = page.frames().find((f) => f.url().includes('#/embed/'));
  await child.evaluate((value) => new Promise((resolve, reject) => {
    const open = indexedDB.open('bimtek-mandiri');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('meta', 'readwrite');
      tx.objectStore('meta').put({ key: 'profile', value });
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), profile);
  await frame.getByRole('link', { name: 'Mulai belajar' }).click();
  for (let i = 1; i <= 5; i++) {
    await expect(frame.getByText(`Pelajaran ${i} dari 5`)).toBeVisible();
    await frame.getByRole('link', { name: 'Selesai membaca' }).click();
  }
  // The last lesson leads to the quiz (issue 30, finding 4).
  await expect(frame.locator('#quiz-start')).toBeVisible();
  await frame.getByRole('button', { name: 'Mulai kuis' }).click();
  for (let i = 1; i <= 10; i++) {
    await answerCurrent(frame, body);
    await frame.getByRole('button', { name: i < 10 ? 'Soal berikutnya' : 'Lihat hasil' }).click();
  }
  await expect(frame.getByText('Selamat, Anda lulus modul ini.')).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.events.map((e) => e.data.action).join(','))).toMatch(/passed$/);

  const events = await page.evaluate(() => window.events);
  const all = JSON.stringify(events);
  for (const secret of [profile.name, 'Wiryodiningrat', profile.nip, profile.unit]) expect(all).not.toContain(secret);
  const actions = events.map((e) => e.data.action);
  expect(actions).toEqual(['ready', 'progress', 'progress', 'progress', 'progress', 'progress', 'completed',
    ...Array(10).fill('answered'), 'passed']);
  const verbs = { ready: 'initialized', progress: 'progressed', completed: 'completed', answered: 'answered', passed: 'passed' };
  const ids = new Set();
  const actor = events[0].data.statement.actor.account.name;
  for (const { origin, data } of events) {
    expect(origin).toBe(new URL(baseURL).origin);
    expect(data).toMatchObject({ context: 'bimtek', version: 2, moduleId: M });
    const st = data.statement;
    expect(st.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ids.has(st.id)).toBe(false);
    ids.add(st.id);
    expect(Number.isNaN(Date.parse(st.timestamp))).toBe(false);
    expect(st.verb.id).toBe(`http://adlnet.gov/expapi/verbs/${verbs[data.action]}`);
    expect(st.actor).toEqual({ objectType: 'Agent', account: { homePage: expect.stringContaining('/index.html'), name: actor } });
    expect(JSON.stringify(data)).not.toMatch(/nama|nip|email/i);
  }
  const progress = events.filter((e) => e.data.action === 'progress').map((e) => e.data.completedLessons);
  expect(progress).toEqual([1, 2, 3, 4, 5]);
  expect(events[1].data.totalLessons).toBe(5);
  const answered = events.filter((e) => e.data.action === 'answered');
  expect(answered.every((e) => e.data.correct === true && typeof e.data.questionId === 'string')).toBe(true);
  const passed = events.at(-1).data;
  expect(passed.score).toEqual({ raw: 10, max: 10, scaled: 1 });
  expect(passed.statement.result).toEqual({ score: { raw: 10, min: 0, max: 10, scaled: 1 }, success: true, completion: true });
});

test('contract 3 version 2: a passing quiz with lessons unread sends no "passed"; the last lesson read sends it, with the best score', async ({ page, baseURL }) => {
  const body = await moduleBody(page, baseURL, M);
  const frame = await openPortal(page, baseURL);
  await frame.locator('#quiz-link').click();
  await frame.getByRole('button', { name: 'Mulai kuis' }).click();
  for (let i = 1; i <= 10; i++) {
    await answerCurrent(frame, body);
    await frame.getByRole('button', { name: i < 10 ? 'Soal berikutnya' : 'Lihat hasil' }).click();
  }
  await expect(frame.locator('#result-verdict')).toHaveText('Kuis lulus. Modul ini belum lulus: masih ada pelajaran yang belum dibaca.');
  // Positive control instead of a sleep: the marker arrives after anything posted before it.
  await markerFromFrame(page);
  const actions = () => page.evaluate(() => window.events.map((e) => e.data.action));
  expect(await actions()).toEqual(['ready', ...Array(10).fill('answered'), 'marker']);

  await readLessons(frame, M, { total: 5, openFirst: () => frame.locator('#reading-rule .unread-lessons a').first().click() });
  await expect.poll(async () => (await actions()).at(-1)).toBe('passed');
  expect((await actions()).slice(12)).toEqual(['progress', 'progress', 'progress', 'progress', 'progress', 'completed', 'passed']);
  const passed = (await page.evaluate(() => window.events)).at(-1).data;
  expect(passed).toMatchObject({ context: 'bimtek', version: 2, moduleId: M, score: { raw: 10, max: 10, scaled: 1 } });
  expect(passed.statement.result).toEqual({ score: { raw: 10, min: 0, max: 10, scaled: 1 }, success: true, completion: true });
});

test('an answer given while the database is held reaches the portal once it is saved', async ({ page, context, baseURL }) => {
  const body = await moduleBody(page, baseURL, M);
  let question;
  await withDatabaseHeld(context, baseURL, async () => {
    const frame = await openPortal(page, baseURL);
    await frame.locator('#quiz-link').click();
    await frame.getByRole('button', { name: 'Mulai kuis' }).click();
    question = await answerCurrent(frame, body);
    await expect(frame.locator('.feedback')).toContainText('Jawaban menunggu disimpan');
    // The session's actor is in the database: nothing can be sent yet (a marker, not a sleep).
    await markerFromFrame(page);
    expect(await page.evaluate(() => window.events.map((e) => e.data.action))).not.toContain('answered');
  });
  const frame = page.frameLocator('#modul');
  await expect(frame.locator('.feedback')).toContainText('Jawaban tersimpan di perangkat ini.');
  await expect.poll(() => page.evaluate(() => window.events.filter((e) => e.data.action === 'answered').length)).toBe(1);
  const answered = (await page.evaluate(() => window.events)).find((e) => e.data.action === 'answered').data;
  expect(answered).toMatchObject({ context: 'bimtek', version: 2, moduleId: M, questionId: question.id, correct: true });
});

test('with another origin, or none, the page receives no learning events', async ({ page, baseURL }) => {
  for (const origin of ['http://127.0.0.1:9', null]) {
    const frame = await openPortal(page, baseURL, { origin, hash: `#/embed/${M}/pelajaran/mawas-diri` });
    await frame.getByRole('link', { name: 'Selesai membaca' }).click();
    await expect(frame.getByText('Pelajaran 3 dari 5')).toBeVisible();
    // Positive control instead of a sleep: a marker the iframe posts after the click arrives
    // after anything it posted before (one source, one target: delivered in order).
    await markerFromFrame(page);
    expect(await page.evaluate(() => window.events.map((e) => e.data.action))).toEqual(['marker']);
  }
});

test('messages from a foreign window, or from the parent on the wrong origin, are ignored', async ({ page, baseURL }) => {
  // No resizer on the page: nobody answers the iframe's hello.
  await openPortal(page, baseURL, { resizer: false, name: 'tanpa-resizer' });
  const overflow = () => page.frameLocator('#modul').locator('html').evaluate(() => getComputedStyle(document.body).overflow);
  expect(await overflow()).not.toBe('hidden');
  // A foreign window (a popup of the same portal) posts a friendly "hello": ignored.
  const [popup] = await Promise.all([
    page.context().waitForEvent('page'),
    page.evaluate(() => { window.open('about:blank', 'asing'); }),
  ]);
  await popup.evaluate(() => {
    const child = window.opener.document.getElementById('modul').contentWindow;
    child.postMessage({ context: 'h5p', action: 'hello' }, '*');
    // Positive control: the iframe has handled the hello once it has seen this marker (one
    // source, one target: delivered in order).
    child.postMessage({ context: 'test', action: 'marker' }, '*');
  });
  await expect.poll(() => seenInFrame(page, 'marker')).toBe(true);
  expect(await overflow()).not.toBe('hidden');
  // The real parent saying the same is heard (the check above could fail).
  await page.evaluate(() => document.getElementById('modul').contentWindow.postMessage({ context: 'h5p', action: 'hello' }, '*'));
  await expect.poll(overflow).toBe('hidden');

  // origin names another site: even the parent's resizer is not listened to.
  await openPortal(page, baseURL, { origin: 'http://127.0.0.1:9', name: 'asal-lain' });
  // Positive control: the resizer's hello did reach the iframe (and was not listened to).
  await expect.poll(() => seenInFrame(page, 'hello')).toBe(true);
  expect(await overflow()).not.toBe('hidden');
  expect((await frameHeights(page)).height).toBeLessThan(200);
});

test('bad embed input: unknown module, malformed origin, unsupported language', async ({ page, baseURL }) => {
  await page.goto(`${baseURL}index.html?origin=bukan-alamat&lang=fr#/embed/tidak-ada`);
  await expect(page.getByRole('alert').first()).toContainText('Alamat portal (origin) di kode sematan tidak sah: “bukan-alamat”');
  await expect(page.getByText('Bahasa “fr” tidak didukung')).toBeVisible();
  await expect(page.locator('main h1')).toHaveText('Modul tidak ditemukan');
});

test('the Sematkan page makes a snippet for the chosen module, language and origin', async ({ page }) => {
  await page.goto('index.html#/sematkan');
  await expect(page.locator('main h1')).toHaveText('Sematkan modul di portal Anda');
  await page.getByLabel('Modul').selectOption({ label: 'Pemerintahan yang Bersih dan Baik' });
  await page.getByLabel('Bahasa tampilan').selectOption('en');
  await page.getByLabel(/Alamat portal/).fill('https://bpsdm.contoh.go.id/jalur');
  await expect(page.locator('#embed-origin-error')).toContainText('tidak sah');
  await page.getByLabel(/Alamat portal/).fill('https://bpsdm.contoh.go.id');
  await expect(page.locator('#embed-origin-error')).toBeEmpty();
  const snippet = await page.locator('#embed-snippet').inputValue();
  expect(snippet).toContain('?origin=https%3A%2F%2Fbpsdm.contoh.go.id&amp;lang=en#/embed/pemerintahan-bersih');
  expect(snippet).toContain('title="Bimtek Mandiri: Pemerintahan yang Bersih dan Baik"');
  expect(snippet).toContain('style="width:100%;border:0"');
  expect(snippet).not.toMatch(/height=/);
  expect(snippet).toContain('embed.js');
  await expect(page.frameLocator('.embed-preview').locator('main h1')).toHaveText('Pemerintahan yang Bersih dan Baik');
});
