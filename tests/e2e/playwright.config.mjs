// End-to-end tests against the release dist/, served by scripts/static-server.mjs under a
// sub-path, in Debian's Chromium (no browser download).
import { defineConfig } from '@playwright/test';
import { chromiumArgs } from './support.mjs';

const port = Number(process.env.E2E_PORT ?? 18480);
export const subPath = '/belajar/bimtek/';

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.mjs/,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${subPath}`,
    browserName: 'chromium',
    viewport: { width: 360, height: 640 },
    // Request interception (page.route) cannot see a service worker's fetches: tests run
    // without it, except offline.spec.mjs, which is about the service worker.
    serviceWorkers: 'block',
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
  },
  webServer: {
    command: `node ../../scripts/static-server.mjs --dir ../../dist --port ${port} --prefix ${subPath}`,
    url: `http://127.0.0.1:${port}${subPath}index.html`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
