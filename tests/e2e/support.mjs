import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// Shared helpers for the end-to-end tests and the benchmark.

/** Flags for Debian's Chromium on these machines (docs/toolchain.md). */
export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Waits until performance.mark('app-ready') exists and returns its time in ms. */
export async function appReady(page, timeout = 15_000) {
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, { timeout });
  return page.evaluate(() => performance.getEntriesByName('app-ready')[0].startTime);
}

/** DevTools' "Slow 4G" (562.5 ms RTT, 1.47 Mbit/s down) and 4x CPU slowdown, as Lighthouse's
 * mobile preset simulates them, applied for real to `page`. */
export async function throttleSlow4G(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150 * 3.75,
    downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return cdp;
}

/** One cold first visit of `url` under Slow-4G + 4x CPU at 360×640: app-ready, first paint,
 * LCP, the layout shifts (with the elements that moved) until one second after app-ready, and
 * the requests and brotli bytes until app-ready. For the benchmarks; asserts nothing. */
export async function firstVisit(browser, url) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__lcp = 0;
      window.__shifts = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp = e.startTime; })
        .observe({ type: 'largest-contentful-paint', buffered: true });
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) {
          if (e.hadRecentInput) continue;
          const nodes = e.sources.map((s) => {
            const n = s.node;
            if (!n || !n.nodeName) return '?';
            return n.id ? `#${n.id}` : `${n.nodeName.toLowerCase()}${n.className && typeof n.className === 'string' ? `.${n.className.split(' ')[0]}` : ''}`;
          });
          window.__shifts.push({ value: e.value, nodes });
        }
      }).observe({ type: 'layout-shift', buffered: true });
      // "Page shown": when the static first screen (views/prerender.rs) gives way to the
      // app's own page for the address — at mount on home; on a lesson or quiz once its chunk
      // and module file are in (ui/app.rs release_when_settled).
      // A page without a static first screen (the floors) has none to replace: 0.
      window.__pageShown = 0;
      window.__firstScreen = false;
      new MutationObserver((_, o) => {
        if (document.getElementById('first-screen')) window.__firstScreen = true;
        else if (window.__firstScreen) { window.__pageShown = performance.now(); o.disconnect(); }
      }).observe(document, { childList: true, subtree: true });
    });
    await throttleSlow4G(context, page);
    await page.goto(url, { timeout: 60_000 });
    const ready = await appReady(page, 60_000);
    await page.waitForFunction(() => window.__pageShown > 0 || !window.__firstScreen, null, { timeout: 60_000 });
    await page.waitForTimeout(1000);
    const m = await page.evaluate((ready) => {
      const nav = performance.getEntriesByType('navigation')[0];
      const res = performance.getEntriesByType('resource').filter((e) => e.startTime <= ready);
      const fp = performance.getEntriesByName('first-contentful-paint')[0];
      return { lcp: window.__lcp, shifts: window.__shifts, fcp: fp ? fp.startTime : 0, pageShown: window.__pageShown,
        requests: 1 + res.length, bytes: nav.encodedBodySize + res.reduce((a, e) => a + e.encodedBodySize, 0) };
    }, ready);
    return { ...m, ready, cls: m.shifts.reduce((a, s) => a + s.value, 0) };
  } finally {
    await context.close();
  }
}

/** Collects console errors and page errors, to assert none happened. */
/** One cold first launch of a SCORM package's SCO in the test LMS (tests/e2e/lms-server.mjs,
 * its harness page `url` frames the SCO as #sco) under Slow-4G + 4x CPU: when the module's
 * overview shows in the frame and when the SCO has written to the LMS (its status line says
 * so: the module file is in and the run-time seeded), in ms since the SCO's own navigation
 * started (what the LMS page loads before it is the LMS's), and the SCO's requests and bytes
 * until then. The SCORM mode has no `app-ready`. For the
 * benchmarks; asserts nothing. */
export async function scormLaunch(browser, url) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  try {
    const page = await context.newPage();
    await throttleSlow4G(context, page);
    await page.goto(url, { timeout: 60_000 });
    const frame = await (await page.waitForSelector('#sco')).contentFrame();
    await frame.waitForURL(/\/sco\//, { timeout: 60_000 });
    // Each predicate notes the time it first sees its state (polled every frame).
    await frame.waitForFunction(() => {
      if (!document.querySelector('.embed-view h1')) return false;
      window.__overview ??= performance.timeOrigin + performance.now();
      return true;
    }, null, { timeout: 60_000, polling: 'raf' });
    await frame.waitForFunction(() => {
      if (!/Tersimpan di LMS|Saved in the LMS/.test(document.getElementById('scorm-status')?.textContent ?? '')) return false;
      window.__written ??= performance.timeOrigin + performance.now();
      return true;
    }, null, { timeout: 60_000, polling: 'raf' });
    return await page.evaluate(() => {
      const w = document.getElementById('sco').contentWindow;
      const shown = w.__written;
      const nav = w.performance.getEntriesByType('navigation')[0];
      const res = w.performance.getEntriesByType('resource').filter((e) => w.performance.timeOrigin + e.startTime <= shown);
      return { overview: w.__overview - w.performance.timeOrigin, shown: shown - w.performance.timeOrigin, requests: 1 + res.length,
        bytes: nav.encodedBodySize + res.reduce((a, e) => a + e.encodedBodySize, 0) };
    });
  } finally {
    await context.close();
  }
}

export function collectErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  return errors;
}

/** A disk that fills on demand: after `window.__diskFull = true`, every IndexedDB write
 * throws the browser's QuotaExceededError. Call before the page loads. */
export async function installDiskFull(page) {
  await page.addInitScript(() => {
    for (const method of ['put', 'add']) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (...args) {
        if (window.__diskFull) throw new DOMException('full', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
  });
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// BIMTEK_SERVE_PORT: where to start instead (a machine where only some ports are ours).
let nextServePort = Number(process.env.BIMTEK_SERVE_PORT) || 18600 + Math.floor(Math.random() * 300);

/** Servers started by this process: stopped when it exits, also after a failed test. */
const started = new Set();
process.on('exit', () => { for (const child of started) child.kill(); });

/** Starts scripts/static-server.mjs on `dir` under /belajar/bimtek/; resolves when it listens.
 * `stop()` really stops it (connections refused), for offline tests. A port already taken
 * (another worker's server, exit code 3) is skipped. */
export async function serveDir(dir) {
  for (let attempt = 0; ; attempt++) {
    const port = nextServePort++;
    const child = spawn('node', [path.join(root, 'scripts/static-server.mjs'), '--dir', dir, '--port', String(port), '--prefix', '/belajar/bimtek/'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const code = await new Promise((resolve) => {
      child.stdout.once('data', () => resolve(null));
      child.once('exit', (c) => resolve(c ?? -1));
    });
    if (code === 3 && attempt < 10) continue;
    if (code !== null) throw new Error(`server exited ${code}`);
    started.add(child);
    const stop = () => new Promise((resolve) => {
      started.delete(child);
      if (child.exitCode !== null) { resolve(); return; }
      child.once('exit', resolve);
      child.kill();
    });
    return { url: `http://127.0.0.1:${port}/belajar/bimtek/`, stop };
  }
}

/** Interactive elements on the page smaller than 44×44 CSS px (issue 30: every tap target),
 * as "tag.class “text” W×H". Exempt, as WCAG 2.5.5 allows: links inside a sentence (an inline
 * link in a paragraph, list item, cell or definition with more text than the link), a radio or
 * checkbox whose label is the ≥ 44 px target, and what is off screen (the skip link). */
export async function smallTargets(page) {
  return page.evaluate(() => {
    const out = [];
    const sel = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button]';
    for (const el of document.querySelectorAll(sel)) {
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || cs.visibility === 'hidden' || r.bottom <= 0 || r.right <= 0) continue;
      if (el.closest('.visually-hidden, [aria-hidden=true]')) continue;
      if (el.tagName === 'A' && cs.display === 'inline') {
        const block = el.closest('p, li, td, th, dd, figcaption');
        if (block && block.textContent.trim() !== el.textContent.trim()) continue;
      }
      if ((el.type === 'radio' || el.type === 'checkbox') && el.closest('label')) {
        const lr = el.closest('label').getBoundingClientRect();
        if (lr.width >= 44 && lr.height >= 44) continue;
      }
      if (r.width < 43.5 || r.height < 43.5) {
        const name = `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).trim().split(/\s+/).join('.')}` : ''}`;
        out.push(`${name} “${(el.textContent || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 30)}” ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
    }
    return out;
  });
}

/** Text under 16 px inside lessons and questions (and their feedback), as "tag.class “text”
 * Npx" (issue 30: nothing under 16 px where the learner reads and answers). */
export async function smallText(page) {
  return page.evaluate(() => {
    const out = [];
    for (const root of document.querySelectorAll('main .lesson, main article, main .question, main .feedback')) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!n.textContent.trim() || !el || el.closest('.visually-hidden')) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        const px = parseFloat(getComputedStyle(el).fontSize);
        if (px < 15.9) out.push(`${el.tagName.toLowerCase()}.${String(el.className).trim().split(/\s+/).join('.')} “${n.textContent.trim().slice(0, 30)}” ${px}px`);
      }
    }
    return [...new Set(out)];
  });
}

/** Every page load's Date.now moved by the days in localStorage 'e2e-days' (in every frame):
 * the tests' way to let days pass (the 30-day RTL question, the review queue). */
export async function movableClock(context) {
  await context.addInitScript(() => {
    const days = Number(localStorage.getItem('e2e-days') || 0);
    if (days) {
      const real = Date.now.bind(Date);
      Date.now = () => real() + days * 86_400_000;
    }
  });
}

/** Moves the clock `days` days from the real one, from the next page load on (`where`: the
 * page or the app's frame, whose origin's localStorage the clock reads). */
export async function moveClock(where, days) {
  await where.evaluate((d) => localStorage.setItem('e2e-days', String(d)), days);
}

/** Holds the database shut (an older tab at version 1) while `during` runs; then lets go. */
export async function withDatabaseHeld(context, baseURL, during) {
  const older = await context.newPage();
  await older.goto(`${baseURL}embed.js`);
  await older.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('bimtek-mandiri', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('meta', { keyPath: 'key' });
    req.onsuccess = () => { window.__held = req.result; resolve(); };
    req.onerror = () => reject(req.error);
  }));
  await during();
  await older.evaluate(() => window.__held.close());
  await older.close();
}
