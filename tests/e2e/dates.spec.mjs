// Dates are the learner's local dates: an export made early in the morning in WIB (UTC+7) is
// named with that day, not with the previous day's UTC date.
import { test, expect } from '@playwright/test';
import { appReady } from './support.mjs';

test.use({ timezoneId: 'Asia/Jakarta' });

test('an export made at 06:00 WIB carries that day in its name', async ({ page }) => {
  // 2026-12-01 06:00 WIB = 2026-11-30 23:00 UTC. Only Date.now moves (the app reads the clock
  // there); timers run as usual.
  await page.addInitScript(() => {
    const real = Date.now.bind(Date);
    const shift = Date.parse('2026-11-30T23:00:00Z') - real();
    Date.now = () => real() + shift;
  });
  await page.goto('index.html#/pengaturan');
  await appReady(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh berkas kemajuan' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('bimtek-kemajuan-2026-12-01.json');
});
