// Diagrams drawn from a lesson's data (issue 30, finding 10): in Budaya Kerja's lesson on the
// KBK tools, the Pareto chart has one bar per cause of its data, longest first, and a
// cumulative line ending at 100 %; the fishbone has one bone per group with its causes. Both
// are one image each with an accessible name and description and their data as text beside
// them, fit 360 px with text no smaller than 12 px, in light and dark; axe finds nothing.
// Screenshots at 360×640 go to $BIMTEK_SHOTS/diagrams/ (default: the system's temporary
// folder, bimtek-screens/).
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appReady, collectErrors } from './support.mjs';
import { moduleBody } from './quiz-helpers.mjs';

const shots = path.join(process.env.BIMTEK_SHOTS ?? path.join(os.tmpdir(), 'bimtek-screens'), 'diagrams');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const M = 'budaya-kerja-mutu';
const L = 'alat-kerja-kbk';
const LESSON = `index.html#/modul/${M}/pelajaran/${L}`;

/** The lesson's diagram blocks, from the module file the app reads. */
async function diagrams(page) {
  const body = await moduleBody(page, '', M);
  const lesson = body.lessons.find((l) => l.id === L);
  return lesson.blocks.filter((b) => b.diagram).map((b) => b.diagram);
}

test('the Pareto chart and the fishbone are drawn from the lesson\'s data', async ({ page }) => {
  fs.mkdirSync(shots, { recursive: true });
  const errors = collectErrors(page);
  await page.goto(LESSON);
  await appReady(page);
  const data = await diagrams(page);
  const pareto = data.find((d) => d.pareto).pareto;
  const fish = data.find((d) => d.fishbone).fishbone;

  const chart = page.locator('figure.diagram-pareto');
  await expect(chart).toHaveCount(1);
  const svg = chart.locator('svg');
  await expect(svg).toHaveAttribute('role', 'img');
  await expect(svg).toHaveAccessibleName(`Diagram Pareto: ${pareto.title}`);
  await expect(svg).toHaveAccessibleDescription(/diurutkan dari yang paling sering/);
  // One bar per cause, longest first; the cumulative line ends at 100 %.
  const bars = chart.locator('rect.diagram-bar');
  await expect(bars).toHaveCount(pareto.bars.length);
  const widths = await bars.evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('width'))));
  expect([...widths].sort((a, b) => b - a)).toEqual(widths);
  const counts = [...pareto.bars.map((b) => b.count)].sort((a, b) => b - a);
  await expect(chart.locator('text.diagram-count')).toHaveText(counts.map(String));
  const cumulative = await chart.locator('text.diagram-cumulative').allTextContents();
  expect(cumulative.at(-1)).toBe('100%');
  expect(cumulative.map((c) => parseInt(c, 10))).toEqual([...cumulative.map((c) => parseInt(c, 10))].sort((a, b) => a - b));
  await expect(chart.locator('circle.diagram-point')).toHaveCount(pareto.bars.length);
  // The data as text, a row per cause.
  await chart.locator('summary').click();
  await expect(chart.locator('tbody tr')).toHaveCount(pareto.bars.length);

  const bone = page.locator('figure.diagram-fishbone');
  await expect(bone).toHaveCount(1);
  await expect(bone.locator('svg')).toHaveAccessibleName(`Diagram tulang ikan: ${fish.title}`);
  await expect(bone.locator('svg')).toHaveAccessibleDescription(new RegExp(`Akibat: ${fish.effect.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  await expect(bone.locator('line.diagram-bone')).toHaveCount(fish.groups.length);
  await expect(bone.locator('text.diagram-group')).toHaveText(fish.groups.map((g) => g.name));
  await expect(bone.locator('text.diagram-effect').first()).toBeVisible();
  await bone.locator('summary').click();
  await expect(bone.locator('details > ul > li')).toHaveCount(fish.groups.length);

  // 360 px: no sideways scrolling, and no text under 12 px as drawn.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  for (const figure of [chart, bone]) {
    const smallest = await figure.locator('svg text').evaluateAll((ts) => Math.min(...ts.map((t) => t.getBoundingClientRect().height)));
    const px = await figure.locator('svg text').first().evaluate((t) => parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getBoundingClientRect().width / t.ownerSVGElement.viewBox.baseVal.width);
    expect(px).toBeGreaterThanOrEqual(12);
    expect(smallest).toBeGreaterThan(0);
    const box = await figure.locator('svg').boundingBox();
    expect(box.x + box.width).toBeLessThanOrEqual(360);
  }
  // Folded again for the pictures: each figure at the top of the 360×640 screen.
  for (const s of await page.locator('figure.diagram details summary').all()) await s.click();
  await expect(page.locator('figure.diagram details[open]')).toHaveCount(0);
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [name, figure] of [['pareto', chart], ['fishbone', bone]]) {
      await figure.evaluate((f) => f.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: path.join(shots, `${name}-${scheme}.png`) });
      await figure.screenshot({ path: path.join(shots, `${name}-figure-${scheme}.png`) });
    }
  }
  expect(errors).toEqual([]);
});

for (const lang of ['id', 'en']) {
  for (const scheme of ['light', 'dark']) {
    test(`axe: the lesson with its diagrams (${lang}, ${scheme})`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme: scheme, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`index.html?lang=${lang}#/modul/${M}/pelajaran/${L}`);
      await appReady(page);
      await page.locator('figure.diagram-fishbone svg').waitFor();
      for (const s of await page.locator('figure.diagram summary').all()) await s.click();
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
      if (lang === 'en') {
        await expect(page.locator('figure.diagram-pareto svg')).toHaveAccessibleName(/^Pareto chart: /);
      }
      await context.close();
    });
  }
}
