// Pages in wasm chunks (src/ui/lazy.rs, scripts/wasm-split.mjs) on the networks and hosts
// learners meet: a chunk that fails, one that never arrives, a host that answers a lost file with
// its home page, one that mislabels wasm; and every chunk offline after one visit. The lesson
// and quiz chunks are landing pages: one file each, preloaded by the start-up script in
// parallel with the main module, and a failure hands the static first screen over to the retry.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appReady, collectErrors } from './support.mjs';
import { faultServer } from './fault-server.mjs';
import AxeBuilder from '@axe-core/playwright';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'dist');
const SUB = '/belajar/bimtek/';

/** Every lazy page: its route, its chunk's name in dist/ and its heading once loaded. */
const LAZY = [
  ['#/pengaturan', 'split_settings', 'Pengaturan dan data'],
  ['#/bukti', 'split_record', 'Bukti Belajar Mandiri'],
  ['#/sematkan', 'split_trainers', 'Sematkan modul di portal Anda'],
  ['#/pelatih', 'split_trainers', 'Untuk pelatih'],
  ['#/periksa-paket', 'split_trainers', 'Periksa paket konten'],
  ['#/pelatih/rekap', 'split_rekap', 'Rekap kelas'],
  ['#/tentang', 'split_about', 'Tentang Bimtek Mandiri'],
  ['#/modul/agen-perubahan', 'split_module', 'Agen Perubahan'],
  ['#/modul/agen-perubahan/pelajaran/mengapa-reformasi-birokrasi', 'split_lesson', 'Mengapa Reformasi Birokrasi?'],
  ['#/modul/agen-perubahan/glosarium', 'split_lesson', 'Glosarium: Agen Perubahan'],
  ['#/modul/agen-perubahan/kuis', 'split_quiz', 'Kuis: Agen Perubahan'],
  ['#/modul/agen-perubahan/rtl', 'split_rtl', 'Rencana Tindak Lanjut (RTL)'],
  ['#/modul/budaya-kerja-mutu/gelar', 'split_rtl', 'Kit Gelar Budaya Kerja'],
  // The review: a chunk of its own, which takes the quiz chunk's form and feedback.
  ['#/ulang', 'split_review', 'Ulang soal yang salah'],
];
/** The landing chunks: an address that needs one, and its heading. */
const LANDING = [
  ['split_lesson', '#/modul/agen-perubahan/pelajaran/mengapa-reformasi-birokrasi', 'Mengapa Reformasi Birokrasi?'],
  ['split_quiz', '#/modul/agen-perubahan/kuis', 'Kuis: Agen Perubahan'],
  // The module page (and the embed view): home needs it not, a module's address does.
  ['split_module', '#/modul/agen-perubahan', 'Agen Perubahan'],
];
const distFiles = fs.readdirSync(dist);
/** dist/ file of a chunk, e.g. `bimtek-split_settings-<hash>.wasm`. */
const chunkFile = (name) => {
  const found = distFiles.filter((f) => f.startsWith(`bimtek-${name}-`) && f.endsWith('.wasm'));
  expect(found, `one ${name} chunk in dist/`).toHaveLength(1);
  return found[0];
};
const mainWasm = distFiles.find((f) => /^bimtek-[0-9a-f]{16}_bg\.wasm$/.test(f));
/** The shared chunk's file: the second of the lesson chunk's files in the chunks meta. */
const sharedChunk = () => {
  const meta = /<meta name=bimtek-chunks content="([^"]+)">/.exec(fs.readFileSync(path.join(dist, 'index.html'), 'utf8'));
  return meta[1].split(' ').find((e) => e.startsWith('lesson=')).split(',')[1].replace(/^\.\//, '');
};
/** How each fetch of `file` in the page started: ['link'] is one preload the loader took over. */
const initiators = (page, file) => page.evaluate((f) => performance.getEntriesByType('resource')
  .filter((e) => e.name.endsWith(f)).map((e) => e.initiatorType), file);
const title = (page) => page.getByRole('heading', { level: 1 });

test('the build splits: the lazy pages and the LRS engine are chunks, and the main module is not among them', () => {
  for (const [, name] of LAZY) chunkFile(name);
  chunkFile('split_lrs');
  const main = distFiles.filter((f) => /^bimtek-[0-9a-f]{16}_bg\.wasm$/.test(f));
  expect(main).toHaveLength(1);
  // One hash names the whole output: a new main module never meets an old chunk.
  const hash = main[0].slice(7, 23);
  for (const f of distFiles.filter((f) => f.startsWith('bimtek-'))) expect(f).toContain(hash);
});

test('a chunk that fails to load shows a retry; the app keeps working; the retry loads it', async ({ page }) => {
  const server = await faultServer({ [SUB]: dist });
  try {
    const errors = collectErrors(page);
    server.override(SUB, chunkFile('split_settings'), { status: 503 });
    await page.goto(`${server.url()}index.html#/pengaturan`);
    await appReady(page);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Halaman belum dapat dibuka');
    await expect(alert).toContainText('Kemajuan Anda tidak berubah');
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    // The rest of the app is alive: the header leads home, and back again to the same message.
    await page.getByRole('link', { name: 'Beranda' }).click();
    await expect(title(page)).toHaveText('Belajar mandiri, kapan saja');
    await page.goBack();
    await expect(page.getByRole('alert')).toContainText('Halaman belum dapat dibuka');
    // The host recovers; the learner presses the button; the page comes, and takes the focus.
    server.clear();
    await page.getByRole('button', { name: 'Coba lagi' }).click();
    await expect(title(page)).toHaveText('Pengaturan dan data');
    await expect(page.locator('#offline-status')).toBeVisible();
    // No panic: the console error is the loader's report of the failed fetch only.
    expect(errors.filter((e) => e.startsWith('pageerror') || /panicked|unreachable/.test(e))).toEqual([]);
  } finally {
    await server.close();
  }
});

test('the English and module chunks are one file each, the lesson and quiz chunks their own and one shared file, and the start-up script names them (and the scorm chunk\'s files)', () => {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const meta = /<meta name=bimtek-chunks content="([^"]+)">/.exec(html);
  expect(meta, '<meta name=bimtek-chunks> in index.html').not.toBeNull();
  const [lessonEntry, quizEntry, englishEntry, moduleEntry, scorm, ...rest] = meta[1].split(' ');
  expect(rest).toEqual([]);
  expect(englishEntry).toBe(`english=./${chunkFile('split_english')}`);
  // The module page and the embed view: what they share with other chunks stays in the main
  // module (WASM_SPLIT_KEEP_SHARED_IN_MAIN), so a module page's address brings one more file.
  expect(moduleEntry).toBe(`module=./${chunkFile('split_module')}`);
  // What the lesson and quiz chunks share with other chunks is one file, the same for both
  // (scripts/wasm-split.mjs: WASM_SPLIT_SHARED_CHUNK), not in the main module.
  const [lessonOwn, lessonShared, ...lessonMore] = lessonEntry.replace(/^lesson=/, '').split(',');
  const [quizOwn, quizShared, ...quizMore] = quizEntry.replace(/^quiz=/, '').split(',');
  expect([lessonOwn, quizOwn, lessonMore, quizMore]).toEqual([`./${chunkFile('split_lesson')}`, `./${chunkFile('split_quiz')}`, [], []]);
  expect(lessonShared).toMatch(/^\.\/bimtek-chunk_\d+-[0-9a-f]{16}\.wasm$/);
  expect(quizShared).toBe(lessonShared);
  expect(distFiles).toContain(lessonShared.slice(2));
  // The scorm chunk's files (its own first, then the chunks it shares), for SCORM launch pages
  // to preload (scripts/scorm-package.mjs; scorm.spec.mjs checks the launch).
  const scormFiles = scorm.replace(/^scorm=/, '').split(',');
  expect(scormFiles[0]).toBe(`./${chunkFile('split_scorm')}`);
  for (const f of scormFiles) expect(distFiles).toContain(f.slice(2));
  // The loader fetches each of them. It is in the page's start script, with the glue: no
  // JS file of its own (one request fewer on every first visit).
  expect(distFiles.filter((f) => /\.js$/.test(f)).sort()).toEqual(['embed.js', 'sw.js']);
  const starts = [...html.matchAll(/<script type=module>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  expect(starts).toHaveLength(1);
  const js = starts[0];
  expect(html.indexOf('<script type=module>')).toBeGreaterThan(html.indexOf('id="first-screen"'));
  for (const name of ['split_lesson', 'split_quiz', 'split_english', 'split_module']) expect(js).toContain(chunkFile(name));
  expect(js).toContain(lessonShared.slice(2));
  // The English text is in its chunk, not in the main module.
  const main = fs.readFileSync(path.join(dist, mainWasm));
  const english = fs.readFileSync(path.join(dist, chunkFile('split_english')));
  expect(main.includes('Learn at your own pace, any time')).toBe(false);
  expect(english.includes('Learn at your own pace, any time')).toBe(true);
  expect(main.includes('Belajar mandiri, kapan saja')).toBe(true);
});

test('the home screen\'s review card comes from the main module: home with questions due fetches no page\'s chunk, only the reader of saved progress; the review page brings its own and the quiz chunk', async ({ page }) => {
  await page.goto('index.html');
  await appReady(page);
  await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('bimtek-mandiri');
    open.onsuccess = () => {
      const tx = open.result.transaction('review', 'readwrite');
      tx.objectStore('review').put({ key: 'agen-perubahan/ap-02', rec: {
        module: 'agen-perubahan', question: 'ap-02', box: 1, due_day: 0, fingerprint: '0123456789abcdef', added_at: 1, updated_at: 1 } });
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  }));
  await page.reload();
  await appReady(page);
  await expect(page.locator('#review-due-count')).toHaveText('1 soal perlu diulang hari ini.');
  const wasm = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.wasm')));
  const pages = async () => (await wasm()).filter((n) => /split_(quiz|lesson|rtl|settings|record|review)/.test(n)).map((n) => n.slice(n.lastIndexOf('/') + 1)).sort();
  expect(await pages()).toEqual([]);
  // Saved progress is read by the restore chunk (the decoders of stored rows) with the shared
  // chunk; no other chunk, and no file of them more than once.
  const base = (n) => n.slice(n.lastIndexOf('/') + 1);
  // (The module chunk follows app-ready on home: the warm-up for a tap on a module card.)
  expect((await wasm()).filter((n) => /chunk_\d+|split_/.test(n) && !n.includes('split_module')).map(base).sort())
    .toEqual([chunkFile('split_restore'), sharedChunk()].sort());
  await page.locator('#review-link').click();
  await expect(title(page)).toHaveText('Ulang soal yang salah');
  await expect(page.locator('.question-prompt')).toBeVisible();
  expect(await pages()).toEqual([chunkFile('split_quiz'), chunkFile('split_review')].sort());
});

for (const [name, route, heading] of LANDING) {
  test(`a deep link fetches its ${name} chunk alongside the main module, not after it, and only once`, async ({ page }) => {
    const server = await faultServer({ [SUB]: dist });
    try {
      // The main module never comes: the chunk is asked for all the same (preloaded at start).
      server.override(SUB, mainWasm, 'hang');
      const asked = page.waitForRequest((r) => r.url().endsWith(chunkFile(name)), { timeout: 10_000 });
      await page.goto(`${server.url()}index.html${route}`, { waitUntil: 'commit' });
      await asked;
      server.clear();
      // With a working host: the page opens, from one fetch of the chunk (the loader took the
      // preloaded response rather than asking again).
      await page.goto('about:blank');
      await page.goto(`${server.url()}index.html${route}`);
      await appReady(page);
      await expect(title(page)).toHaveText(heading);
      expect(await initiators(page, chunkFile(name))).toEqual(['link']);
    } finally {
      await server.close();
    }
  });

  test(`a deep link whose ${name} chunk fails: the static page gives way to the retry, which brings the page`, async ({ page }) => {
    const server = await faultServer({ [SUB]: dist });
    try {
      const errors = collectErrors(page);
      server.override(SUB, chunkFile(name), { status: 503 });
      await page.goto(`${server.url()}index.html${route}`);
      await expect(page.getByRole('alert')).toContainText('Halaman belum dapat dibuka');
      await expect(page.locator('#first-screen')).toHaveCount(0);
      await expect(page.locator('html')).not.toHaveClass(/fs-hold/);
      server.clear();
      await page.getByRole('button', { name: 'Coba lagi' }).click();
      await expect(title(page)).toHaveText(heading);
      expect(errors.filter((e) => e.startsWith('pageerror') || /panicked|unreachable/.test(e))).toEqual([]);
    } finally {
      await server.close();
    }
  });
}

test('home in Indonesian needs no lesson, quiz, module or English chunk before the app is ready', async ({ page }) => {
  const server = await faultServer({ [SUB]: dist });
  try {
    const wasm = [];
    page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url().split('/').pop()); });
    await page.goto(`${server.url()}index.html`);
    await appReady(page);
    // What was asked for before app-ready (the LRS engine's chunk and the module chunk's warm-up
    // follow it).
    const before = await page.evaluate(() => {
      const ready = performance.getEntriesByName('app-ready')[0].startTime;
      return performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm') && e.startTime <= ready)
        .map((e) => e.name.split('/').pop());
    });
    expect(wasm).toContain(mainWasm);
    expect(before).toEqual([mainWasm]);
    // A first visit has nothing saved: no reader of saved progress, no shared chunk.
    expect(wasm.filter((f) => /split_restore|chunk_\d+/.test(f))).toEqual([]);
    // Once home is usable the module chunk comes, once: a tap on a module card then opens the
    // page without waiting for it.
    await expect.poll(() => wasm.filter((f) => f === chunkFile('split_module')).length).toBe(1);
    await page.getByRole('link', { name: /Agen Perubahan/ }).first().click();
    await expect(title(page)).toHaveText('Agen Perubahan');
    expect(wasm.filter((f) => f === chunkFile('split_module'))).toHaveLength(1);
    // A tap to a lesson then brings its chunk.
    await page.goto(`${server.url()}index.html${LANDING[0][1]}`);
    await expect(title(page)).toHaveText(LANDING[0][2]);
  } finally {
    await server.close();
  }
});

test('a module page opened while a deep link\'s static page is still held is the app\'s at once, from the module chunk home\'s warm-up brought', async ({ page }) => {
  const server = await faultServer({ [SUB]: dist });
  try {
    // The lesson's chunk never comes: the static lesson stays, the app stays hidden behind it.
    server.override(SUB, chunkFile('split_lesson'), 'hang');
    const warmed = page.waitForResponse((r) => r.url().endsWith(chunkFile('split_module')));
    await page.goto(`${server.url()}index.html${LANDING[0][1]}`);
    await appReady(page);
    await expect(page.locator('html')).toHaveClass(/fs-hold/);
    await warmed;
    await page.waitForTimeout(500);
    // The learner goes to the module's page: the app draws it from the chunk it has, and
    // takes over from the static screen (its hand-over does not wait for a load of its own).
    await page.evaluate(() => { location.hash = '#/modul/agen-perubahan'; });
    await expect(title(page)).toHaveText('Agen Perubahan');
    await expect(page.locator('html')).not.toHaveClass(/fs-hold/);
    await expect(page.locator('#first-screen')).toHaveCount(0);
  } finally {
    await server.close();
  }
});

test('in English the English chunk comes alongside the main module, once, and the app is in English', async ({ page }) => {
  const server = await faultServer({ [SUB]: dist });
  try {
    await page.goto(`${server.url()}index.html?lang=en`);
    await appReady(page);
    await expect(title(page)).toHaveText('Learn at your own pace, any time');
    expect(await initiators(page, chunkFile('split_english'))).toEqual(['link']);
  } finally {
    await server.close();
  }
});

// Lost, never answering, or trickling: the app does not wait for the loader's 20 s limit; it
// starts in Indonesian after a short wait, and stays in one language.
for (const [fault, what] of [[{ status: 404 }, 'lost'], ['hang', 'never answering'], ['trickle', 'trickling a byte a second']]) {
  test(`in English with the English chunk ${what}, the app still starts, in Indonesian`, async ({ page }) => {
    const server = await faultServer({ [SUB]: dist });
    try {
      server.override(SUB, chunkFile('split_english'), fault);
      await page.goto(`${server.url()}index.html?lang=en`);
      await appReady(page);
      await expect(title(page)).toHaveText('Belajar mandiri, kapan saja');
      await page.getByRole('link', { name: /Agen Perubahan/ }).first().click();
      await expect(title(page)).toHaveText('Agen Perubahan');
    } finally {
      await server.close();
    }
  });
}

test('a quiz deep link whose chunk trickles (lie-fi): the quiz head stays readable, then the retry comes at the time limit', async ({ page }) => {
  test.setTimeout(60_000);
  const server = await faultServer({ [SUB]: dist });
  try {
    server.override(SUB, chunkFile('split_quiz'), 'trickle');
    await page.goto(`${server.url()}index.html${LANDING[1][1]}`);
    await appReady(page);
    // The start-up script's quiz head, held while the chunk is on its way.
    await expect(page.locator('#first-screen h1')).toHaveText('Kuis: Agen Perubahan');
    await expect(page.getByRole('alert')).toContainText('Halaman belum dapat dibuka', { timeout: 30_000 });
    server.clear();
    await page.getByRole('button', { name: 'Coba lagi' }).click();
    await expect(title(page)).toHaveText('Kuis: Agen Perubahan');
    await expect(page.getByRole('button', { name: /Mulai/ })).toBeVisible();
  } finally {
    await server.close();
  }
});

// The shared chunk (what the lesson and quiz chunks share with other chunks) is a file of its
// own that a deep link waits for as much as for its page's own chunk.
test('a lesson deep link whose shared chunk trickles (lie-fi): the static lesson stays readable, then the retry comes at the time limit and loads it', async ({ page }) => {
  test.setTimeout(60_000);
  const shared = sharedChunk();
  expect(shared).toMatch(/^bimtek-chunk_\d+-[0-9a-f]{16}\.wasm$/);
  const server = await faultServer({ [SUB]: dist });
  try {
    server.override(SUB, shared, 'trickle');
    await page.goto(`${server.url()}index.html${LANDING[0][1]}`);
    await appReady(page);
    // The start-up script's lesson, held while the chunks are on their way.
    await expect(page.locator('#first-screen h1')).toHaveText(LANDING[0][2]);
    await expect(page.getByRole('alert')).toContainText('Halaman belum dapat dibuka', { timeout: 30_000 });
    server.clear();
    await page.getByRole('button', { name: 'Coba lagi' }).click();
    await expect(title(page)).toHaveText(LANDING[0][2]);
    await expect(page.getByRole('alert').filter({ hasText: 'Halaman belum dapat dibuka' })).toHaveCount(0);
    await expect(page.locator('main article, main .lesson').first()).toBeVisible();
  } finally {
    await server.close();
  }
});

// A returning visit whose reader of saved progress cannot be loaded (no service worker copy, no
// connection): the learner is told, in plain words, that the progress is safe; nothing is
// written over it; once the chunk can be loaded a reload shows it all. Lost at once, or
// trickling a byte a second (lie-fi): then the screen is usable at the storage's "slow" notice,
// not after the loader's 20 s, and the same message comes when the loader gives up.
for (const [fault, what] of [[{ status: 404 }, 'lost'], ['trickle', 'trickling a byte a second']]) test(`a returning visit whose restore chunk is ${what}: the progress is said to be safe, nothing is lost, a reload shows it`, async ({ page }) => {
  test.setTimeout(90_000);
  const server = await faultServer({ [SUB]: dist });
  try {
    await page.goto(`${server.url()}index.html${LANDING[0][1]}`);
    await appReady(page);
    await expect(title(page)).toHaveText(LANDING[0][2]);
    await page.locator('#finish-reading').click();
    await page.goto(`${server.url()}index.html#/modul/agen-perubahan`);
    await expect(page.locator('li.lesson-read')).toHaveCount(1);
    // The next visit: the chunk is lost (and no service worker holds a copy yet on this host).
    await page.evaluate(async () => { for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister(); for (const k of await caches.keys()) await caches.delete(k); });
    server.override(SUB, chunkFile('split_restore'), fault);
    await page.goto('about:blank');
    await page.goto(`${server.url()}index.html#/modul/agen-perubahan`);
    await appReady(page, 10_000);
    if (fault === 'trickle') await expect(page.locator('#storage-slow')).toBeVisible();
    await expect(page.locator('.banner-error')).toContainText('kemajuan Anda tetap aman di perangkat ini', { timeout: 30_000 });
    await expect(page.locator('li.lesson-read')).toHaveCount(0);
    server.clear();
    await page.reload();
    await appReady(page);
    await expect(page.locator('.banner-error')).toHaveCount(0);
    await expect(page.locator('li.lesson-read')).toHaveCount(1);
  } finally {
    await server.close();
  }
});

test('in English the message and the button are English', async ({ page }) => {
  const server = await faultServer({ [SUB]: dist });
  try {
    server.override(SUB, chunkFile('split_record'), { status: 404 });
    await page.goto(`${server.url()}index.html?lang=en#/bukti`);
    await expect(page.getByRole('alert')).toContainText('This page could not be opened yet');
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  } finally {
    await server.close();
  }
});

// Lie-fi both ways: a connection that carries nothing, and one whose headers arrive and whose
// body then comes a byte a second (the loader has already started compiling).
for (const [fault, what] of [['hang', 'never answers'], ['trickle', 'trickles a byte a second']]) {
  test(`a chunk that ${what} (lie-fi) gives up at its time limit and offers the retry`, async ({ page }) => {
    test.setTimeout(60_000);
    const server = await faultServer({ [SUB]: dist });
    try {
      server.override(SUB, chunkFile('split_trainers'), fault);
      await page.goto(`${server.url()}index.html#/sematkan`);
      await expect(page.getByRole('status').filter({ hasText: 'Memuat halaman…' })).toBeVisible();
      // The loader's limit is 20 s (scripts/wasm-split.mjs): the message, not an endless wait.
      await expect(page.getByRole('alert')).toContainText('Halaman belum dapat dibuka', { timeout: 30_000 });
      server.clear();
      await page.getByRole('button', { name: 'Coba lagi' }).click();
      await expect(title(page)).toHaveText('Sematkan modul di portal Anda');
    } finally {
      await server.close();
    }
  });
}

test('a host that answers a lost chunk with its home page fails cleanly, then recovers', async ({ page }) => {
  const server = await faultServer({ [SUB]: dist });
  try {
    // SPA hosting: every unknown path gets index.html with 200.
    server.override(SUB, chunkFile('split_about'), { body: fs.readFileSync(path.join(dist, 'index.html')) });
    await page.goto(`${server.url()}index.html#/tentang`);
    await expect(page.getByRole('alert')).toContainText('Halaman belum dapat dibuka');
    server.clear();
    await page.getByRole('button', { name: 'Coba lagi' }).click();
    await expect(title(page)).toHaveText('Tentang Bimtek Mandiri');
  } finally {
    await server.close();
  }
});

test('a host that sends wasm as application/octet-stream still opens every chunk', async ({ page }) => {
  const server = await faultServer({ [SUB]: dist });
  try {
    for (const [, name] of LAZY) server.override(SUB, chunkFile(name), { type: 'application/octet-stream' });
    await page.goto(`${server.url()}index.html`);
    await appReady(page);
    for (const [route, , heading] of LAZY) {
      await page.goto(`${server.url()}index.html${route}`);
      await expect(title(page)).toHaveText(heading);
    }
  } finally {
    await server.close();
  }
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test('after one visit to the home page only, every chunk opens with the server gone', async ({ page }) => {
    const server = await faultServer({ [SUB]: dist });
    try {
      const fetched = [];
      page.on('request', (r) => { if (r.url().endsWith('.wasm')) fetched.push(r.url()); });
      await page.goto(`${server.url()}index.html`);
      await appReady(page);
      await page.waitForFunction(() => navigator.serviceWorker?.controller, null, { timeout: 15_000 });
      // The worker precaches every file; no chunk was fetched by the page but the module
      // chunk (home's warm-up for a tap on a module card): no other page's, and not the LRS
      // engine's either — lrs.json as built sets no LRS and no earlier session left a
      // statement to send, so the engine has no work (ui/lrs.rs, Lrs::start).
      await page.waitForTimeout(1_000);
      expect(fetched.filter((u) => u.includes('split_')).map((u) => u.split('/').pop())).toEqual([chunkFile('split_module')]);
      server.set({ mode: 'down' });
      for (const [route, , heading] of LAZY) {
        await page.goto(`${server.url()}index.html${route}`);
        await expect(title(page)).toHaveText(heading);
      }
    } finally {
      await server.close();
    }
  });
});
