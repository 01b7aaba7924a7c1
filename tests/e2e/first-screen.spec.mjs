// The static first screen (the app's views rendered at build time, src/views/prerender.rs, and
// the start-up script src/content/boot.js, which clones their templates): readable before
// the wasm has arrived, taken over by the app without moving anything; on a lesson, the lesson
// itself; only the header on other pages; nothing in another language; the module file fetched
// at once on a deep link and handed to the app; a module file that fails, is not JSON or never
// answers; the inlined catalog standing when packs.json never answers; a module page as the app
// draws it; taps before the app is there (never dead, the app takes over the page tapped to).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { appReady, collectErrors } from './support.mjs';
import { faultServer } from './fault-server.mjs';

const SUB = '/belajar/bimtek/';
const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));


/** The wasm held back per load: `close()` before a navigation, `open()` to let it through. */
async function wasmGate(page) {
  let gate = { wait: Promise.resolve(), open() {} };
  await page.route('**/*_bg.wasm', async (route) => { await gate.wait; await route.continue(); });
  return {
    close() { let open; gate = { wait: new Promise((r) => { open = r; }), open: () => open() }; },
    open() { gate.open(); },
  };
}

/** Every URL the page requests, in order. */
function recordRequests(page) {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  return requests;
}

/** Records layout shifts (the Layout Instability API) from the start of the page. */
async function recordShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!e.hadRecentInput) {
          window.__shifts.push({ value: e.value, nodes: e.sources.map((s) => s.node && (s.node.id || s.node.className || s.node.nodeName)) });
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const landmarks = ['.app-header', '.brand', '.nav-list', '#page-title', '.lead', '#catalog-title', '#course-progress',
  '.module-card:nth-child(1) h3', '.module-card:nth-child(4) .meta', '#how-title'];
// (The footer moves down once storage has opened and the restore hint joins the last card:
// far below the first screen, so it is not compared; the layout-shift sum below covers it.)

async function boxes(page) {
  const out = {};
  for (const sel of landmarks) out[sel] = await page.locator(sel).first().boundingBox();
  return out;
}

test('the catalog is readable before the wasm runs, and the app takes it over without a shift', async ({ page }) => {
  const errors = collectErrors(page);
  await recordShifts(page);
  const gate = await wasmGate(page);
  gate.close();
  await page.goto('index.html');
  // Before the wasm: the static screen, with every built-in module.
  await expect(page.locator('#first-screen .module-card')).toHaveCount(4);
  await expect(page.locator('#first-screen .module-card h3').first()).toHaveText('Pola Pikir Melayani');
  await expect(page.locator('#first-screen #course-progress')).toHaveText(/^0 dari 4 modul lulus · 0 dari \d+ JP$/);
  const staticText = await page.locator('#first-screen main').innerText();
  const before = await boxes(page);
  gate.open();
  await appReady(page);
  await expect(page.locator('#first-screen')).toHaveCount(0);
  await expect(page.locator('.module-card')).toHaveCount(4);
  const after = await boxes(page);
  // Word for word what the app renders for a new learner (the hint about restoring an export
  // comes only once storage has opened, at the end of the last card).
  const hint = await page.locator('#no-progress-hint').innerText();
  expect((await page.locator('main').innerText()).replace(hint, '').trim()).toBe(staticText.trim());
  for (const sel of landmarks) {
    expect(before[sel], sel).not.toBeNull();
    for (const k of ['x', 'y', 'width', 'height']) {
      expect(Math.abs(after[sel][k] - before[sel][k]), `${sel} ${k}: ${before[sel][k]} → ${after[sel][k]}`).toBeLessThan(0.5);
    }
  }
  const shifts = await page.evaluate(() => window.__shifts);
  const cls = shifts.reduce((s, e) => s + e.value, 0);
  expect(cls, JSON.stringify(shifts)).toBeLessThanOrEqual(0.02);
  // The app's own page works: a card opens its module.
  await page.getByRole('link', { name: 'Agen Perubahan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agen Perubahan');
  expect(errors).toEqual([]);
});

test('a deep link shows only the header before the wasm, and its module file is already on the way', async ({ page }) => {
  const requests = recordRequests(page);
  const gate = await wasmGate(page);
  gate.close();
  await page.goto('index.html#/modul/agen-perubahan/glosarium');
  await expect(page.locator('#first-screen .app-header')).toBeVisible();
  await expect(page.locator('#first-screen main')).toBeHidden();
  await expect(page.locator('#first-screen .app-footer')).toBeHidden();
  // Preloaded while the wasm is still held back (positive control: the page asked for it).
  await expect.poll(() => requests.some((u) => u.endsWith('/content/inti/agen-perubahan.json'))).toBe(true);
  expect(requests.filter((u) => /content\/inti\/(?!agen-perubahan)[a-z-]+\.json$/.test(u) && !u.endsWith('pack.json'))).toEqual([]);
  gate.open();
  await appReady(page);
  await expect(page.locator('#first-screen')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Glosarium/);
  // The file fetched early was used, not fetched a second time.
  expect(requests.filter((u) => u.endsWith('/content/inti/agen-perubahan.json'))).toHaveLength(1);
});

test('in English nothing of the Indonesian first screen shows; the app is in English', async ({ page }) => {
  const gate = await wasmGate(page);
  gate.close();
  await page.goto('index.html?lang=en');
  await expect(page.locator('#first-screen')).toBeHidden();
  await expect(page.locator('#first-screen')).toHaveCount(1);
  gate.open();
  await appReady(page);
  await expect(page.locator('#first-screen')).toHaveCount(0);
  await expect(page.locator('#catalog-title')).toHaveText('Modules');
});

test('a language chosen earlier is respected before the wasm runs too', async ({ page }) => {
  await page.goto('index.html');
  await appReady(page);
  await page.evaluate(() => localStorage.setItem('bimtek-lang', 'en'));
  const gate = await wasmGate(page);
  gate.close();
  await page.goto('index.html');
  await expect(page.locator('#first-screen')).toBeHidden();
  gate.open();
  await appReady(page);
  await expect(page.locator('#catalog-title')).toHaveText('Modules');
});

test('on a first visit where packs.json never answers, the built-in catalog is ready at once', async ({ page }) => {
  await page.route('**/packs.json', () => { /* never answered */ });
  await page.goto('index.html');
  // Ready long before packs.json's 12 s limit; no problem is shown for a check that hangs.
  await appReady(page, 8_000);
  await expect(page.locator('.module-card')).toHaveCount(4);
  await page.getByRole('link', { name: 'Pemerintahan yang Bersih dan Baik' }).click();
  await page.locator('.lesson-list a').first().click();
  await expect(page.locator('article h1, article h2').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

// ---- Lessons drawn before the wasm (src/content/boot.js) ----

/** Every built-in lesson's address, with its module file, read from the built dist/. */
function builtinLessons() {
  const read = (rel) => JSON.parse(readFileSync(`${distDir}${rel}`, 'utf8'));
  const out = [];
  for (const packPath of read('packs.json').packs) {
    const base = packPath.slice(0, packPath.lastIndexOf('/') + 1);
    for (const mod of read(packPath).modules) {
      for (const lesson of read(base + mod.file).lessons) {
        out.push({ module: mod.id, lesson: lesson.id, file: base + mod.file });
      }
    }
  }
  return out;
}


/** Tag, text and box of each child of the lesson article in `scope`. */
async function articleParts(page, scope) {
  return page.locator(`${scope} article.lesson > *`).evaluateAll((els) => els.map((e) => {
    const r = e.getBoundingClientRect();
    return { tag: e.tagName, cls: e.className, text: e.innerText, box: [r.x, r.y, r.width, r.height] };
  }));
}

test('every built-in lesson is readable before the wasm runs, word for word and box for box as the app then shows it', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = collectErrors(page);
  await recordShifts(page);
  const requests = recordRequests(page);
  const gate = await wasmGate(page);
  const lessons = builtinLessons();
  expect(lessons.length).toBeGreaterThan(15);
  let partial = 0;
  for (const { module, lesson, file } of lessons) {
    const where = `${module}/${lesson}`;
    await page.goto('about:blank');
    requests.length = 0;
    gate.close();
    await page.goto(`index.html#/modul/${module}/pelajaran/${lesson}`);
    // Before the wasm: the lesson, drawn from the module file the start-up script fetched
    // (its head comes first, from the pack index, with a loading line until the file is here).
    await expect(page.locator('#first-screen article.lesson h1'), where).toBeVisible();
    await expect(page.locator('#first-screen article.lesson [role="status"]'), where).toHaveCount(0);
    const before = await articleParts(page, '#first-screen');
    const header = await page.locator('#first-screen .app-header').boundingBox();
    gate.open();
    await appReady(page);
    await expect(page.locator('#first-screen'), where).toHaveCount(0);
    await expect(page.locator('#finish-reading'), where).toBeVisible();
    const after = await articleParts(page, 'main');
    expect(after.length, where).toBeGreaterThanOrEqual(before.length);
    if (after.length > before.length) partial++;
    before.forEach((b, i) => {
      const a = after[i];
      expect([a.tag, a.cls, a.text], `${where} part ${i}`).toEqual([b.tag, b.cls, b.text]);
      b.box.forEach((v, k) => expect(Math.abs(a.box[k] - v), `${where} part ${i} box ${k}`).toBeLessThan(0.5));
    });
    expect(await page.locator('.app-header').boundingBox(), where).toEqual(header);
    const shifts = await page.evaluate(() => window.__shifts);
    expect(shifts.reduce((s, e) => s + e.value, 0), `${where} ${JSON.stringify(shifts)}`).toBeLessThanOrEqual(0.02);
    // One request for the module file: the app took the start-up script's response.
    expect(requests.filter((u) => u.endsWith(`/${file}`)), where).toHaveLength(1);
  }
  // Some lessons have a case discussion or a worksheet: the static copy stops before it.
  expect(partial).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

// Every block and inline kind (tests/fixtures/every-block.json; tests/renderer.rs checks it
// holds them all and is a valid lesson), swapped in for a built-in lesson: the start-up
// script's renderer (content/boot.js) against the app's views (views/blocks.rs), element for
// element and attribute for attribute, links and images included.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

async function articleShape(page, scope) {
  await page.waitForFunction((s) => [...document.querySelectorAll(`${s} article.lesson img`)].every((i) => i.complete), scope);
  return page.locator(`${scope} article.lesson > *`).evaluateAll((els) => els.map((e) => {
    const r = e.getBoundingClientRect();
    const attrs = ['href', 'src', 'alt', 'target', 'rel', 'role', 'scope', 'tabindex', 'aria-label', 'loading'];
    const shape = [e, ...e.querySelectorAll('*')].map((x) => [x.tagName, x.className, x.id,
      ...attrs.map((a) => x.getAttribute(a)), x.childNodes.length && [...x.childNodes].filter((n) => n.nodeType === 3).map((n) => n.data).join('|')].join('¦'));
    return { tag: e.tagName, cls: e.className, text: e.innerText, shape, box: [r.x, r.y, r.width, r.height] };
  }));
}

test('the start-up script draws every block and inline kind as the app does (the fixture lesson)', async ({ page }) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 800, height: 6000 });
  const fixture = JSON.parse(readFileSync(new URL('../fixtures/every-block.json', import.meta.url), 'utf8'));
  const mod = JSON.parse(readFileSync(`${distDir}content/inti/pack.json`, 'utf8')).modules.find((m) => m.id === 'agen-perubahan');
  const lesson = mod.lessons[0];
  await page.route(`**/content/inti/${mod.file}`, (route) => {
    const body = JSON.parse(readFileSync(`${distDir}content/inti/${mod.file}`, 'utf8'));
    body.lessons[0].blocks = fixture;
    return route.fulfill({ contentType: 'application/json', body: JSON.stringify(body) });
  });
  await page.route('**/content/inti/gambar/alur.png', (route) => route.fulfill({ contentType: 'image/png', body: PNG }));
  const gate = await wasmGate(page);
  gate.close();
  await page.goto(`index.html#/modul/${mod.id}/pelajaran/${lesson.id}`);
  await expect(page.locator('#first-screen article.lesson [role="status"]')).toHaveCount(0);
  // Up to the case discussion: every callout kind, both images, the links.
  await expect(page.locator('#first-screen article.lesson aside')).toHaveCount(5);
  await expect(page.locator('#first-screen article.lesson img.lesson-image')).toHaveCount(2);
  await expect(page.locator('#first-screen article.lesson a[target="_blank"]')).toHaveCount(5);
  await expect(page.locator('#first-screen article.lesson a[href="content/inti/lampiran/contoh.pdf"]')).toHaveCount(1);
  await expect(page.locator('#first-screen article.lesson p.muted', { hasText: 'Gambar dari situs lain' })).toHaveCount(1);
  await expect(page.locator('#first-screen article.lesson')).toContainText('<b>bukan tebal</b> & <!> juga.');
  const before = await articleShape(page, '#first-screen');
  gate.open();
  await appReady(page);
  await expect(page.locator('#first-screen')).toHaveCount(0);
  await expect(page.locator('#finish-reading')).toBeVisible();
  const after = await articleShape(page, 'main');
  // The app draws the discussion and what follows it too.
  expect(after.length).toBeGreaterThan(before.length);
  before.forEach((b, i) => {
    const a = after[i];
    expect([a.tag, a.cls, a.text], `part ${i}`).toEqual([b.tag, b.cls, b.text]);
    expect(a.shape, `part ${i}`).toEqual(b.shape);
    b.box.forEach((v, k) => expect(Math.abs(a.box[k] - v), `part ${i} box ${k}`).toBeLessThan(0.5));
  });
  expect(errors).toEqual([]);
});

test('a lesson whose module file fails shows its head and loading line, then the app\'s message and retry', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  let failing = true;
  await page.route('**/content/inti/agen-perubahan.json', (route) => (failing
    ? route.fulfill({ status: 503, body: 'Service Unavailable' }) : route.continue()));
  const gate = await wasmGate(page);
  gate.close();
  await page.goto('index.html#/modul/agen-perubahan/pelajaran/mengapa-reformasi-birokrasi');
  // The head, from the pack index, and the loading line; no text from the failed file.
  await expect(page.locator('#first-screen h1')).toHaveText('Mengapa Reformasi Birokrasi?');
  await expect(page.locator('#first-screen [role="status"]')).toHaveText('Memuat isi modul…');
  await page.waitForTimeout(500);
  await expect(page.locator('#first-screen article > *')).toHaveCount(4);
  gate.open();
  await appReady(page);
  await expect(page.locator('#first-screen')).toHaveCount(0);
  await expect(page.getByRole('alert')).toContainText('Isi modul tidak dapat dimuat');
  await expect(page.getByRole('alert')).toContainText('503');
  failing = false;
  await page.getByRole('button', { name: 'Coba lagi' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mengapa Reformasi Birokrasi?');
  expect(errors).toEqual([]);
});

test('a lesson whose module file is not JSON draws no text and gets the app\'s own message', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/content/inti/agen-perubahan.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"lessons": [' }));
  await page.goto('index.html#/modul/agen-perubahan/pelajaran/mengapa-reformasi-birokrasi');
  await appReady(page);
  await expect(page.getByRole('alert')).toContainText('Isi modul tidak dapat dimuat');
  await expect(page.locator('#first-screen')).toHaveCount(0);
  await expect(page.locator('article.lesson')).toHaveCount(0);
  expect(errors).toEqual([]);
});

// Lie-fi at the socket (tests/e2e/fault-server.mjs): no answer at all, and headers followed by a
// byte a second (the start-up script and the app are then both reading the body).
for (const [fault, what] of [['hang', 'never answers'], ['trickle', 'trickles a byte a second']]) {
  test(`a lesson whose module file ${what}: its head says it is loading, the app gives up at its limit, and the retry fetches anew`, async ({ page }) => {
    test.setTimeout(90_000);
    const server = await faultServer({ [SUB]: distDir });
    try {
      const requests = [];
      page.on('request', (r) => { if (r.url().endsWith('/content/inti/agen-perubahan.json')) requests.push(r.url()); });
      server.override(SUB, 'content/inti/agen-perubahan.json', fault);
      await page.goto(`${server.url()}index.html#/modul/agen-perubahan/pelajaran/mengapa-reformasi-birokrasi`);
      await appReady(page);
      // The head and the loading line stay while the app waits for the file behind them.
      await expect(page.locator('#first-screen h1')).toHaveText('Mengapa Reformasi Birokrasi?');
      await expect(page.getByRole('status').filter({ hasText: 'Memuat isi modul' })).toBeVisible();
      // The app's 20 s limit also stops the start-up script's fetch it took over; its message
      // replaces the static screen.
      await expect(page.getByRole('alert')).toContainText('Isi modul tidak dapat dimuat', { timeout: 30_000 });
      await expect(page.getByRole('alert')).toContainText('20');
      await expect(page.locator('#first-screen')).toHaveCount(0);
      expect(requests).toHaveLength(1);
      server.clear();
      await page.getByRole('button', { name: 'Coba lagi' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mengapa Reformasi Birokrasi?');
      expect(requests).toHaveLength(2);
    } finally {
      await server.close();
    }
  });
}

test('a lesson in English draws nothing in Indonesian; the app still uses the one fetch of its file', async ({ page }) => {
  const requests = recordRequests(page);
  const gate = await wasmGate(page);
  gate.close();
  await page.goto('index.html?lang=en#/modul/agen-perubahan/pelajaran/mengapa-reformasi-birokrasi');
  await expect.poll(() => requests.some((u) => u.endsWith('/content/inti/agen-perubahan.json'))).toBe(true);
  await page.waitForTimeout(300);
  await expect(page.locator('#first-screen')).toBeHidden();
  await expect(page.locator('#first-screen article')).toHaveCount(0);
  gate.open();
  await appReady(page);
  await expect(page.locator('#finish-reading')).toHaveText(/./);
  await expect(page.locator('.meta').first()).toContainText('Lesson 1 of 5');
  expect(requests.filter((u) => u.endsWith('/content/inti/agen-perubahan.json'))).toHaveLength(1);
});

test('a quiz shows its head and rules before the wasm; the app adds the attempts and the start button below, moving nothing', async ({ page }) => {
  const errors = collectErrors(page);
  await recordShifts(page);
  const gate = await wasmGate(page);
  gate.close();
  await page.goto('index.html#/modul/pemerintahan-bersih/kuis');
  await expect(page.locator('#first-screen h1')).toHaveText('Kuis: Pemerintahan yang Bersih dan Baik');
  await expect(page.locator('#first-screen .card p').first()).toHaveText(/^Bank soal berisi \d+ soal; setiap percobaan memakai \d+ soal\. Nilai lulus \d+%\.$/);
  // Nothing that depends on saved attempts, and no button that would do nothing yet.
  await expect(page.locator('#first-screen button')).toHaveCount(0);
  const parts = ['.crumb', 'h1', '.card > p:nth-child(1)', '.card > p:nth-child(2)', '#quiz-rules summary'];
  const before = [];
  for (const sel of parts) before.push([await page.locator(`#first-screen ${sel}`).innerText(), await page.locator(`#first-screen ${sel}`).boundingBox()]);
  gate.open();
  await appReady(page);
  await expect(page.locator('#first-screen')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Mulai kuis' })).toBeVisible();
  for (const [i, sel] of parts.entries()) {
    const loc = page.locator(`main ${sel}`).first();
    expect(await loc.innerText(), sel).toBe(before[i][0]);
    const box = await loc.boundingBox();
    for (const k of ['x', 'y', 'width', 'height']) expect(Math.abs(box[k] - before[i][1][k]), `${sel} ${k}`).toBeLessThan(0.5);
  }
  const shifts = await page.evaluate(() => window.__shifts);
  expect(shifts.reduce((s, e) => s + e.value, 0), JSON.stringify(shifts)).toBeLessThanOrEqual(0.02);
  expect(errors).toEqual([]);
});

test('a learner with an attempt under way: the quiz head shows first, then the app brings the question', async ({ page }) => {
  await page.goto('index.html#/modul/pemerintahan-bersih/kuis');
  await appReady(page);
  await page.getByRole('button', { name: 'Mulai kuis' }).click();
  await expect(page.locator('#question-title')).toBeVisible();
  const gate = await wasmGate(page);
  await page.goto('about:blank');
  gate.close();
  await page.goto('index.html#/modul/pemerintahan-bersih/kuis');
  await expect(page.locator('#first-screen h1')).toHaveText('Kuis: Pemerintahan yang Bersih dan Baik');
  gate.open();
  await appReady(page);
  await expect(page.locator('#first-screen')).toHaveCount(0);
  await expect(page.locator('#question-title')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mulai kuis' })).toHaveCount(0);
});

// ---- Module pages, and taps before the app is there (src/content/boot.js) ----

/** Tag, class, text and box of each child of the main region in `scope`, and the shape of
 * everything inside it: each element's tag, class, id, link and ARIA attributes. */
async function mainParts(page, scope) {
  return page.locator(`${scope} > *`).evaluateAll((els) => els.map((e) => {
    const r = e.getBoundingClientRect();
    const shape = [e, ...e.querySelectorAll('*')].map((x) => [x.tagName, x.className, x.id, x.getAttribute('href'),
      x.getAttribute('role'), x.getAttribute('aria-labelledby'), x.getAttribute('tabindex')].join('|'));
    return { tag: e.tagName, cls: e.className, text: e.innerText, shape, box: [r.x, r.y, r.width, r.height] };
  }));
}

test('every built-in module page is readable before the wasm runs, part for part and box for box as the app then shows it', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await recordShifts(page);
  const gate = await wasmGate(page);
  const modules = JSON.parse(readFileSync(`${distDir}content/inti/pack.json`, 'utf8')).modules;
  expect(modules).toHaveLength(4);
  for (const mod of modules) {
    await page.goto('about:blank');
    gate.close();
    await page.goto(`index.html#/modul/${mod.id}`);
    await expect(page.locator('#first-screen h1'), mod.id).toHaveText(mod.title);
    await expect(page.locator('#first-screen .lesson-list li'), mod.id).toHaveCount(mod.lessons.length);
    await expect(page.locator('#first-screen #module-status'), mod.id).toHaveText('Belum mulai');
    const before = await mainParts(page, '#first-screen main');
    const header = await page.locator('#first-screen .app-header').boundingBox();
    gate.open();
    await appReady(page);
    await expect(page.locator('#first-screen'), mod.id).toHaveCount(0);
    const after = await mainParts(page, 'main');
    // A new learner: the app shows exactly these parts (no worksheet card, no best score).
    expect(after.map((a) => [a.tag, a.cls, a.text, a.shape]), mod.id).toEqual(before.map((b) => [b.tag, b.cls, b.text, b.shape]));
    before.forEach((b, i) => b.box.forEach((v, k) => expect(Math.abs(after[i].box[k] - v), `${mod.id} part ${i} box ${k}`).toBeLessThan(0.5)));
    expect(await page.locator('.app-header').boundingBox(), mod.id).toEqual(header);
    const shifts = await page.evaluate(() => window.__shifts);
    expect(shifts.reduce((sum, e) => sum + e.value, 0), `${mod.id} ${JSON.stringify(shifts)}`).toBeLessThanOrEqual(0.02);
  }
  // The app's page works: its quiz button opens the quiz.
  await page.locator('#quiz-link').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Kuis');
  expect(errors).toEqual([]);
});

test('a tap before the app is there is never dead: each page tapped to is drawn, home comes back, and the app takes over the last one', async ({ page }) => {
  const errors = collectErrors(page);
  const requests = recordRequests(page);
  const aborted = [];
  page.on('requestfailed', (r) => aborted.push(r.url()));
  // At the socket: the first module's file sends its headers, then a byte a second. The second
  // module's lesson must not wait for it, and the tap away must stop that download.
  const server = await faultServer({ [SUB]: distDir });
  server.override(SUB, 'content/inti/pola-pikir-melayani.json', 'trickle');
  try {
    const gate = await wasmGate(page);
    gate.close();
    await page.goto(`${server.url()}index.html`);
    await expect(page.locator('#first-screen .module-card')).toHaveCount(4);
    const homeText = await page.locator('#first-screen main').innerText();

    // Home → a module page, with focus on its title as the app moves it.
    await page.locator('#first-screen .module-card a', { hasText: 'Pola Pikir Melayani' }).click();
    await expect(page).toHaveURL(/#\/modul\/pola-pikir-melayani$/);
    await expect(page.locator('#first-screen h1')).toHaveText('Pola Pikir Melayani');
    await expect(page.locator('#first-screen h1')).toBeFocused();
    // → a lesson whose file is still trickling in: its head and the loading line.
    await page.locator('#first-screen .lesson-list a').first().click();
    await expect(page.locator('#first-screen article.lesson h1')).toHaveText('Dari Dilayani ke Melayani');
    await expect(page.locator('#first-screen [role="status"]')).toHaveText('Memuat isi modul…');
    // → a page only the app draws: its loading line, not the lesson left standing.
    await page.locator('#first-screen .nav-list a', { hasText: 'Bukti belajar' }).click();
    await expect(page.locator('#first-screen main')).toHaveText('Memuat halaman…');
    await expect(page.locator('#first-screen main [role="status"]')).toHaveCount(1);
    // → home: the static home again, word for word.
    await page.locator('#first-screen .nav-list a', { hasText: 'Beranda' }).click();
    await expect(page.locator('#first-screen main')).toHaveText(homeText, { useInnerText: true });
    await expect(page.locator('#first-screen .app-footer')).toBeVisible();
    // → another module's lesson: its text is drawn from its own file.
    await page.locator('#first-screen .module-card a', { hasText: 'Agen Perubahan' }).click();
    await page.locator('#first-screen .lesson-list a').first().click();
    await expect(page.locator('#first-screen article.lesson h1')).toHaveText('Mengapa Reformasi Birokrasi?');
    await expect(page.locator('#first-screen article.lesson [role="status"]')).toHaveCount(0);
    await expect(page.locator('#first-screen article.lesson p').nth(1)).not.toBeEmpty();
    // The trickling download of the first module's file was stopped, not left to compete.
    await expect.poll(() => aborted.filter((u) => u.endsWith('/content/inti/pola-pikir-melayani.json'))).toHaveLength(1);
    // The app, when it comes, takes over the page the learner is on.
    gate.open();
    await appReady(page);
    await expect(page.locator('#first-screen')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mengapa Reformasi Birokrasi?');
    await expect(page.locator('#finish-reading')).toBeVisible();
    // One request for that module's file: the app took the one the tap started.
    expect(requests.filter((u) => u.endsWith('/content/inti/agen-perubahan.json'))).toHaveLength(1);
    // From now on the app alone answers taps.
    await page.getByRole('link', { name: 'Agen Perubahan' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agen Perubahan');
    await expect(page.locator('#first-screen')).toHaveCount(0);
    expect(errors).toEqual([]);
  } finally {
    await server.close();
  }
});

test('the static skip link moves focus and keeps the address; the app then opens home, not "page not found"', async ({ page }) => {
  const gate = await wasmGate(page);
  gate.close();
  await page.goto('index.html');
  await page.keyboard.press('Tab');
  await expect(page.locator('#first-screen .skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#first-screen main')).toBeFocused();
  expect(await page.evaluate(() => location.hash)).toBe('');
  gate.open();
  await appReady(page);
  await expect(page.locator('#catalog-title')).toHaveText('Modul');
});

test('in English a tap before the app draws nothing in Indonesian', async ({ page }) => {
  const gate = await wasmGate(page);
  gate.close();
  await page.goto('index.html?lang=en#/tentang');
  await page.evaluate(() => { location.hash = '#/modul/agen-perubahan'; });
  await page.waitForTimeout(300);
  await expect(page.locator('#first-screen')).toBeHidden();
  // Nothing drawn: the (hidden) static main still holds the home it was built with.
  await expect(page.locator('#first-screen main .lesson-list, #first-screen main .crumb')).toHaveCount(0);
  await expect(page.locator('#first-screen main .module-card')).toHaveCount(4);
  expect(await page.evaluate(() => document.documentElement.className)).not.toContain('fs-page');
  gate.open();
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agen Perubahan');
  await expect(page.locator('.crumb')).toHaveText(/All modules/);
});
