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

/** Collects console errors and page errors, to assert none happened. */
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
