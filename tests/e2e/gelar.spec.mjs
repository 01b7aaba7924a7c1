// The Gelar Budaya Kerja kit (issue 26, item 5): Budaya Kerja's module page and "Untuk pelatih"
// lead to it; it shows the module file's rubric (every criterion with its weight and four
// levels), the six-slide storyline and the completed KBK worksheet; a judge's scores give the
// final mark by the rubric's rule (Σ score ÷ 4 × weight), written the learner's way; "Cetak
// rubrik" prints the rubric alone on one A4 page with a blank score column, "Cetak seluruh
// kit" the rubric, then the storyline and the example on pages of their own. A module without
// a kit says so. In Indonesian and English, light and dark: axe finds nothing, targets ≥ 44 px.
// Screenshots at 360×640 and the PDFs go to $BIMTEK_SHOTS/gelar/.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appReady, collectErrors, smallTargets } from './support.mjs';
import { moduleBody } from './quiz-helpers.mjs';

const shots = path.join(process.env.BIMTEK_SHOTS ?? path.join(os.tmpdir(), 'bimtek-screens'), 'gelar');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const M = 'budaya-kerja-mutu';
const KIT = `index.html#/modul/${M}/gelar`;

const words = {
  id: {
    link: 'Kit Gelar Budaya Kerja: rubrik penilaian dan contoh',
    scoreFor: (n) => `Skor untuk ${n}`,
    partial: (d, n) => `Sudah dinilai ${d} dari ${n} kriteria.`,
    total: (x) => `Nilai akhir: ${x} dari 100`,
    sep: ',',
    clear: 'Kosongkan skor',
    printRubric: 'Cetak rubrik (1 halaman)',
    printAll: 'Cetak seluruh kit',
    storyline: 'Alur paparan: enam salindia',
    weight: (w) => `Bobot ${w}%`,
  },
  en: {
    link: 'Gelar Budaya Kerja kit: scoring rubric and example',
    scoreFor: (n) => `Score for ${n}`,
    partial: (d, n) => `${d} of ${n} criteria scored.`,
    total: (x) => `Final mark: ${x} out of 100`,
    sep: '.',
    clear: 'Clear the scores',
    printRubric: 'Print the rubric (1 page)',
    printAll: 'Print the whole kit',
    storyline: 'Storyline: six slides',
    weight: (w) => `Weight ${w}%`,
  },
};

/** The mark the rubric's rule gives, in hundredths, written with `sep` (trailing zeros off). */
function mark(rubric, scores, sep) {
  const h = rubric.reduce((sum, c, i) => sum + c.weight * (scores[i] * 100 / 4), 0);
  const whole = Math.floor(h / 100);
  const part = String(h % 100).padStart(2, '0').replace(/0+$/, '');
  return part ? `${whole}${sep}${part}` : String(whole);
}

/** Page `page`'s text in the order it was drawn (a table cell by cell, not line across line). */
function pdfText(pdf, page) {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-raw', pdf, '-']).toString();
}
const pages = (pdf) => Number(execFileSync('pdfinfo', [pdf]).toString().match(/Pages:\s+(\d+)/)[1]);
/** Words of `text` as the PDF's layout may break them: compare without spaces. */
const squash = (s) => s.replace(/\s+/g, '');

for (const lang of ['id', 'en']) {
  test(`the kit: rubric, scoring, storyline, worked example and print (${lang})`, async ({ page }, testInfo) => {
    const w = words[lang];
    fs.mkdirSync(shots, { recursive: true });
    const errors = collectErrors(page);
    // The print dialog cannot open headless: count the calls instead.
    await page.addInitScript(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
    await page.goto(`index.html?lang=${lang}#/modul/${M}`);
    await appReady(page);
    const kit = (await moduleBody(page, '', M)).gelar;
    expect(kit.rubric).toHaveLength(8);

    // Found from the module page.
    await page.getByRole('link', { name: w.link }).click();
    await expect(page).toHaveURL(new RegExp(`#/modul/${M}/gelar$`));
    await expect(page.locator('#page-title')).toHaveText(kit.title);
    await expect(page.locator('#page-title')).toBeFocused();

    // Every criterion with its weight, what judges look for and its four levels, best first.
    const cards = page.locator('.gelar-criterion');
    await expect(cards).toHaveCount(kit.rubric.length);
    for (const [i, c] of kit.rubric.entries()) {
      const card = cards.nth(i);
      await expect(card.locator('h3')).toHaveText(c.name);
      await expect(card.locator('.gelar-weight')).toHaveText(w.weight(c.weight));
      await expect(card).toContainText(c.looks_for);
      await expect(card.locator('dd')).toHaveText(c.levels.map((l) => l.descriptor));
    }
    // The storyline and the example, as the module file has them.
    const slides = page.locator('.gelar-slides > li');
    await expect(slides).toHaveCount(kit.storyline.length);
    for (const [i, s] of kit.storyline.entries()) {
      await expect(slides.nth(i).locator('h3')).toContainText(s.title);
      await expect(slides.nth(i)).toContainText(s.guidance);
      await expect(slides.nth(i)).toContainText(s.example);
    }
    const worked = page.locator('#gelar-worked');
    for (const text of [kit.example_title, kit.example.group, kit.example.problem, kit.example.act,
      ...kit.example.members.map((m) => m.name), ...kit.example.tally.map((t) => t.cause)]) {
      await expect(worked).toContainText(text);
    }

    // A judge's scores: the mark appears once every criterion has one, by the rubric's rule.
    const total = page.locator('#gelar-total');
    await expect(total).toHaveText(w.partial(0, 8));
    const scores = [4, 3, 4, 2, 3, 4, 1, 2];
    for (const [i, c] of kit.rubric.entries()) {
      await page.getByRole('group', { name: w.scoreFor(c.name) }).getByRole('radio', { name: String(scores[i]) }).check();
      if (i === 2) await expect(total).toHaveText(w.partial(3, 8));
    }
    const expected = mark(kit.rubric, scores, w.sep);
    expect(expected).toBe(lang === 'id' ? '72,5' : '72.5');
    await expect(total).toHaveText(w.total(expected));
    // Changing one score changes the mark.
    await page.getByRole('group', { name: w.scoreFor(kit.rubric[6].name) }).getByRole('radio', { name: '4' }).check();
    await expect(total).toHaveText(w.total(mark(kit.rubric, [4, 3, 4, 2, 3, 4, 4, 2], w.sep)));
    expect(await smallTargets(page)).toEqual([]);
    await page.screenshot({ path: path.join(shots, `kit-${lang}.png`) });
    await page.getByRole('button', { name: w.clear }).click();
    await expect(total).toHaveText(w.partial(0, 8));
    await expect(page.locator('.gelar-criterion input:checked')).toHaveCount(0);

    // "Cetak rubrik": the rubric alone, on one A4 page, every criterion, a blank score column.
    await page.getByRole('button', { name: w.printRubric }).click();
    expect(await page.evaluate(() => window.__printed)).toBe(1);
    await expect(page.locator('html')).toHaveAttribute('data-print', 'rubric');
    const rubricPdf = testInfo.outputPath(`rubrik-${lang}.pdf`);
    await page.pdf({ path: rubricPdf, format: 'A4', printBackground: true });
    expect(pages(rubricPdf)).toBe(1);
    const one = squash(pdfText(rubricPdf, 1));
    for (const c of kit.rubric) {
      expect(one).toContain(squash(c.name));
      for (const l of c.levels) expect(one).toContain(squash(l.descriptor));
    }
    expect(one).not.toContain(squash(w.storyline));
    expect(one).not.toContain(squash(kit.example.group));
    // After printing, the page is whole again.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(page.locator('html')).not.toHaveAttribute('data-print', /.*/);

    // "Cetak seluruh kit": the rubric page, then the storyline, then the worked example.
    await page.getByRole('button', { name: w.printAll }).click();
    expect(await page.evaluate(() => window.__printed)).toBe(2);
    const allPdf = testInfo.outputPath(`kit-${lang}.pdf`);
    await page.pdf({ path: allPdf, format: 'A4', printBackground: true });
    const n = pages(allPdf);
    expect(n).toBeGreaterThanOrEqual(3);
    const first = squash(pdfText(allPdf, 1));
    for (const c of kit.rubric) expect(first).toContain(squash(c.name));
    expect(first).not.toContain(squash(w.storyline));
    expect(squash(pdfText(allPdf, 2))).toContain(squash(w.storyline));
    let rest = '';
    for (let p = 2; p <= n; p++) rest += pdfText(allPdf, p);
    expect(squash(rest)).toContain(squash(kit.example.group));
    expect(squash(rest)).not.toContain(squash(kit.rubric[0].levels[0].descriptor));
    if (process.env.BIMTEK_SHOTS) {
      fs.copyFileSync(rubricPdf, path.join(shots, `rubrik-${lang}.pdf`));
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', allPdf, path.join(shots, `kit-${lang}-pdf`)]);
    }
    expect(errors).toEqual([]);
  });
}

test('the trainers\' page leads to the kit; a module without one says so', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('index.html#/pelatih');
  await appReady(page);
  await page.getByRole('link', { name: words.id.link }).click();
  await expect(page).toHaveURL(new RegExp(`#/modul/${M}/gelar$`));
  await expect(page.locator('.gelar-criterion')).toHaveCount(8);
  // Not a place in the learner's path: home does not offer to continue there.
  await page.goto('index.html#/');
  await expect(page.locator('.module-card a').first()).toBeVisible();
  await expect(page.locator('#continue-link')).toHaveCount(0);
  // Only Budaya Kerja has a kit: no link on the other modules, and a typed address says so.
  await page.goto('index.html#/modul/pola-pikir-melayani');
  await expect(page.locator('#page-title')).toBeVisible();
  await expect(page.getByRole('link', { name: words.id.link })).toHaveCount(0);
  await page.goto('index.html#/modul/pola-pikir-melayani/gelar');
  await expect(page.locator('#gelar-none')).toHaveText('Modul ini tidak memiliki kit Gelar Budaya Kerja.');
  expect(errors).toEqual([]);
});

for (const [lang, scheme] of [['id', 'light'], ['en', 'dark']]) {
  test(`axe finds nothing on the kit (${lang}, ${scheme})`, async ({ page }) => {
    fs.mkdirSync(shots, { recursive: true });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`index.html?lang=${lang}${KIT.replace('index.html', '')}`);
    await appReady(page);
    await expect(page.locator('.gelar-criterion')).toHaveCount(8);
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await page.screenshot({ path: path.join(shots, `top-${lang}-${scheme}.png`) });
    await page.locator('#gelar-storyline').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, `storyline-${lang}-${scheme}.png`) });
  });
}
