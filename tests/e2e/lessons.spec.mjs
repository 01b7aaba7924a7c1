// Every lesson of the built-in course as a learner on a 360 px phone sees it: nothing wider than
// the screen (tables included), a reflection in every lesson, and each case's Pembahasan hidden
// until the learner has chosen.
import { test, expect } from '@playwright/test';
import { appReady } from './support.mjs';

/** Every lesson route of the built-in pack, from its pack.json. */
async function lessonRoutes(page, baseURL) {
  const res = await page.request.get(`${baseURL}content/inti/pack.json`);
  expect(res.ok()).toBe(true);
  const pack = await res.json();
  return pack.modules.flatMap((m) => m.lessons.map((l) => `#/modul/${m.id}/pelajaran/${l.id}`));
}

test('every lesson fits a 360 px screen and has a reflection', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const routes = await lessonRoutes(page, baseURL);
  expect(routes.length).toBeGreaterThanOrEqual(20);
  await page.goto('index.html');
  await appReady(page);
  let tables = 0;
  for (const route of routes) {
    await page.goto(`index.html${route}`);
    await expect(page.locator('article.lesson')).toBeVisible();
    const { pageWidth, wide, tableCount } = await page.evaluate(() => ({
      pageWidth: document.scrollingElement.scrollWidth,
      // Any element inside the lesson whose content overflows its own box sideways.
      wide: [...document.querySelectorAll('article.lesson table, article.lesson pre, article.lesson img')]
        .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > window.innerWidth + 1)
        .map((el) => el.outerHTML.slice(0, 80)),
      tableCount: document.querySelectorAll('article.lesson table').length,
    }));
    tables += tableCount;
    expect(pageWidth, `${route} is wider than the screen`).toBeLessThanOrEqual(360);
    expect(wide, `${route} has content wider than its box`).toEqual([]);
    await expect(page.locator('article.lesson .callout-reflect').first(), `${route} has a reflection`).toBeVisible();
  }
  // The check saw tables at all (the course has several).
  expect(tables).toBeGreaterThan(0);
});

test('a case discussion (Pembahasan) opens only after the learner has chosen', async ({ page }) => {
  await page.goto('index.html#/modul/pemerintahan-bersih/pelajaran/gratifikasi');
  await appReady(page);
  const block = page.locator('.callout-discussion').first();
  await expect(block).toBeVisible();
  await expect(block.locator('.discussion-list')).toHaveCount(0);
  await expect(block).not.toContainText('Tidak tepat');
  await block.locator('label.option input').first().check();
  await expect(block.locator('.discussion-list li')).not.toHaveCount(0);
  await expect(block).toContainText('pilihan Anda');
  await expect(block).toContainText('paling tepat');
});
