// SCORM 2004 4th edition packages (docs/design.md contract 10, docs/scorm.md): every
// dist/scorm/2004/<module-id>.zip is unpacked, its manifest validated with xmllint against the
// SCORM 2004 4th edition schemas shipped in it (every namespace it uses, checked strictly), and
// its SCO launched in scorm-again 3.4.3's SCORM 2004 run-time (lms-server.mjs,
// `lms=scorm-again-2004`), which refuses any value outside SCORM 2004's vocabularies and formats
// (completion and success status, ISO 8601 durations and timestamps, interaction types and
// response patterns, scaled scores). The same save guarantees as SCORM 1.2 (scorm.spec.mjs):
// nothing the LMS did not store is called saved; leaving is saving; review writes nothing.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerCurrent } from './quiz-helpers.mjs';
import { scratchDir } from './scratch.mjs';
import { run, startLms, unzip, xpath } from './lms.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, '../../dist');
const pack = JSON.parse(fs.readFileSync(path.join(dist, 'content/inti/pack.json'), 'utf8'));
const body = (id) => JSON.parse(fs.readFileSync(path.join(dist, 'content/inti', `${id}.json`), 'utf8'));
const M = 'agen-perubahan';
const ISO_DURATION = /^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/;
const NS = {
  'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp_v1p1.xsd',
  'http://www.adlnet.org/xsd/adlcp_v1p3': 'adlcp_v1p3.xsd',
  'http://www.adlnet.org/xsd/adlseq_v1p3': 'adlseq_v1p3.xsd',
  'http://www.adlnet.org/xsd/adlnav_v1p3': 'adlnav_v1p3.xsd',
  'http://www.imsglobal.org/xsd/imsss': 'imsss_v1p0.xsd',
};

test.use({ viewport: { width: 1280, height: 800 } });

let unpacked;
let lms;
let lmsUrl;
const manifests = {};


test.beforeAll(async () => {
  unpacked = scratchDir('scorm2004');
  for (const m of pack.modules) {
    const zip = path.join(dist, 'scorm', '2004', `${m.id}.zip`);
    expect(fs.existsSync(zip), `${zip} is built`).toBe(true);
    unzip(zip, path.join(unpacked, m.id));
    const file = path.join(unpacked, m.id, 'imsmanifest.xml');
    manifests[m.id] = {
      file,
      href: xpath(file, "string(//*[local-name()='resource']/@href)"),
      measure: xpath(file, "string(//*[local-name()='minNormalizedMeasure'])"),
    };
  }
  lms = await startLms(unpacked);
  lmsUrl = lms.url;
});
test.afterAll(() => {
  lms?.stop();
  if (unpacked) fs.rmSync(unpacked, { recursive: true, force: true });
});

/** Opens module `id` for `learner` in the SCORM 2004 LMS; the SCO's frame once it has written. */
async function launch(page, id, learner, { mode = 'normal' } = {}) {
  const { href, measure } = manifests[id];
  const mastery = Math.round(Number(measure) * 100);
  await page.goto(`${lmsUrl}/lms/${learner}/${id}/?href=${encodeURIComponent(href)}&mastery=${mastery}&lms=scorm-again-2004&mode=${mode}`);
  const frame = page.frameLocator('#sco');
  await expect(frame.locator('#scorm-status')).toHaveText(/Tersimpan di LMS|Saved in the LMS|^Mode tinjauan|^Review mode/);
  return frame;
}
const cmi = (page) => page.evaluate(() => {
  const c = API_1484_11.cmi;
  return {
    completion: c.completion_status,
    success: c.success_status,
    raw: c.score.raw,
    scaled: c.score.scaled,
    min: c.score.min,
    max: c.score.max,
    location: c.location,
    suspend: c.suspend_data,
    interactions: c.interactions.childArray.map((i) => ({
      id: i.id, type: i.type, response: i.learner_response, result: i.result, latency: i.latency, timestamp: i.timestamp,
      pattern: i.correct_responses.childArray[0]?.pattern,
    })),
  };
});
const log = (page) => page.evaluate(() => window.lmsLog);
const stored = async (page, learner, id) => (await page.request.get(`${lmsUrl}/lms/${learner}/${id}/state`)).json();
const setFailing = (page, learner, id, on) => page.request.post(`${lmsUrl}/lms/${learner}/${id}/fail?on=${on ? 1 : 0}`);
/** Every value the SCO set that the run-time refused (scorm-again logs none for a valid one). */
const refused = (page) => page.evaluate(() => window.refusedSets ?? []);

async function readAll(frame, m) {
  await frame.getByRole('link', { name: 'Mulai belajar' }).click();
  for (let i = 0; i < m.lessons.length; i++) {
    await expect(frame.getByText(`Pelajaran ${i + 1} dari ${m.lessons.length}`)).toBeVisible();
    await frame.getByRole('link', { name: 'Selesai membaca' }).click();
  }
}
async function takeQuiz(frame, id, right) {
  // From the module page, or already on the quiz page (where the last lesson leads).
  const start = frame.locator('#quiz-start');
  await expect(start.or(frame.locator('#quiz-link'))).toBeVisible();
  if (!(await start.isVisible())) await frame.locator('#quiz-link').click();
  await start.click();
  for (let i = 1; i <= 10; i++) {
    await expect(frame.getByText(`Soal ${i} dari 10`)).toBeVisible();
    await answerCurrent(frame, body(id), { correct: right });
    await frame.getByRole('button', { name: i < 10 ? 'Soal berikutnya' : 'Lihat hasil' }).click();
  }
}
/** Records every SetValue the run-time answers with an error (before the SCO starts). */
async function watchRefusals(page) {
  await page.evaluate(() => {
    window.refusedSets = [];
    const set = API_1484_11.SetValue.bind(API_1484_11);
    API_1484_11.SetValue = (element, value) => {
      const ok = set(element, value);
      if (ok !== 'true') window.refusedSets.push({ element, value, code: API_1484_11.GetLastError() });
      return ok;
    };
  });
}

test('every SCORM 2004 package: a manifest valid against the 4th edition schemas it ships, one SCO, the pass mark as its objective', async () => {
  for (const m of pack.modules) {
    const dir = path.join(unpacked, m.id);
    const { file, href, measure } = manifests[m.id];
    // xmllint takes one schema: a driver imports every namespace's schema shipped in the package.
    const driver = path.join(unpacked, `${m.id}-schemas.xsd`);
    fs.writeFileSync(driver, `<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
${Object.entries(NS).map(([ns, f]) => `  <xsd:import namespace="${ns}" schemaLocation="${m.id}/${f}"/>`).join('\n')}
</xsd:schema>`);
    const valid = run('xmllint', ['--noout', '--schema', driver, file]);
    expect(valid.status, valid.stderr).toBe(0);
    expect(valid.stderr).toContain('imsmanifest.xml validates');
    // Controls: the same check refuses a manifest that breaks each schema it uses.
    const broken = path.join(unpacked, `${m.id}-broken.xml`);
    const text = fs.readFileSync(file, 'utf8');
    for (const [from, to] of [
      ['adlcp:scormType="sco"', 'adlcp:scormType="lesson"'], // adlcp
      ['satisfiedByMeasure="true"', 'satisfiedByMeasure="ya"'], // imsss
      ['<organizations ', '<organisations '], // imscp
      ['</organizations>', '</organisations>'],
    ]) {
      expect(text).toContain(from);
      fs.writeFileSync(broken, text.replace(from, to));
      expect(run('xmllint', ['--noout', '--schema', driver, broken]).status, to).not.toBe(0);
    }
    expect(xpath(file, "string(//*[local-name()='schemaversion'])")).toBe('2004 4th Edition');
    expect(Number(xpath(file, "count(//*[local-name()='item'])"))).toBe(1);
    expect(Number(xpath(file, "count(//*[local-name()='resource'])"))).toBe(1);
    expect(xpath(file, "string(//*[local-name()='resource']/@*[local-name()='scormType'])")).toBe('sco');
    expect(Math.round(Number(measure) * 100)).toBe(m.pass_mark);
    // Every file the SCO needs is listed and present; the launch page names its edition.
    const listed = xpath(file, "//*[local-name()='file']/@href").split(/\s+/).map((a) => a.replace(/^href="|"$/g, ''));
    for (const f of listed) expect(fs.existsSync(path.join(dir, f)), f).toBe(true);
    expect(listed).toContain(href);
    const launchPage = fs.readFileSync(path.join(dir, href), 'utf8');
    expect(launchPage).toContain('<meta name="bimtek-scorm-edition" content="2004">');
    expect(launchPage).toContain(`<meta name="bimtek-scorm" content="${m.id}">`);
    // The app inside is the same as in the SCORM 1.2 package.
    const zip12 = run('unzip', ['-Z1', path.join(dist, 'scorm', `${m.id}.zip`)]).stdout.split('\n').filter((f) => f && !f.endsWith('.xsd') && f !== 'imsmanifest.xml');
    for (const f of zip12.filter((f) => f !== 'index.html')) {
      expect(fs.existsSync(path.join(dir, f)), `${f} as in the 1.2 package`).toBe(true);
    }
  }
});

test('a learner reads every lesson, passes and leaves: both statuses, the score, interactions, time and exit in SCORM 2004 words', async ({ page }) => {
  const m = pack.modules.find((x) => x.id === M);
  const learner = 'lulus-2004';
  const frame = await launch(page, M, learner);
  await watchRefusals(page);
  expect((await log(page))[0]).toEqual({ fn: 'Initialize' });
  expect(await cmi(page)).toMatchObject({ completion: 'incomplete', success: 'unknown' });
  await readAll(frame, m);
  // Every lesson read: completed (what "Require status: Completed" looks for), success still unknown.
  await expect.poll(async () => (await stored(page, learner, M))?.cmi?.completion_status).toBe('completed');
  expect((await stored(page, learner, M)).cmi.success_status).toBe('unknown');
  await takeQuiz(frame, M, true);
  await expect(frame.locator('#result-score')).toHaveAttribute('data-percent', '100');
  const v = await cmi(page);
  expect(v).toMatchObject({ completion: 'completed', success: 'passed', raw: '100', scaled: '1', min: '0', max: '100' });
  expect(v.interactions).toHaveLength(10);
  const questions = body(M).questions;
  for (const i of v.interactions) {
    const q = questions.find((x) => x.id === i.id);
    expect(q, i.id).toBeTruthy();
    expect(['true-false', 'choice', 'sequencing', 'matching']).toContain(i.type);
    expect(i.result).toBe('correct');
    expect(i.response).toBe(i.pattern);
    expect(i.latency).toMatch(ISO_DURATION);
    expect(i.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\dZ$/);
    if (i.type === 'true-false') expect(['true', 'false']).toContain(i.response);
    if (i.type === 'matching') expect(i.response).toMatch(/^\d+\[\.\][a-z](\[,\]\d+\[\.\][a-z])*$/);
  }
  expect(await refused(page)).toEqual([]);
  const kept = await stored(page, learner, M);
  expect(kept.cmi).toMatchObject({ completion_status: 'completed', success_status: 'passed', score: { raw: '100', scaled: '1' } });
  expect(kept.cmi.session_time).toMatch(ISO_DURATION);
  // No SCORM 1.2 element was ever set.
  expect((await log(page)).filter((e) => e.element?.startsWith('cmi.core.'))).toEqual([]);

  await frame.locator('#scorm-leave').click();
  await expect(frame.locator('#scorm-done')).toBeVisible();
  expect((await log(page)).at(-1)).toEqual({ fn: 'Terminate' });
  const final = await stored(page, learner, M);
  // Always "suspend" in SCORM 2004: a normal exit would end the attempt and its data.
  expect(final.cmi.exit).toBe('suspend');
  expect(final.cmi.location).toBe('kuis/hasil');
  expect(final.cmi.session_time).toMatch(ISO_DURATION);
  expect(final.cmi.session_time).not.toBe('PT0S');

  // Coming back: resumed, the result is there, the LMS's record unchanged.
  const again = await launch(page, M, learner);
  expect(await page.evaluate(() => API_1484_11.cmi.entry)).toBe('resume');
  await expect(again.locator('#result-score')).toHaveAttribute('data-percent', '100');
  expect(await cmi(page)).toMatchObject({ completion: 'completed', success: 'passed', raw: '100' });
});

test('SCORM 2004: a failed commit is "not saved"; once the LMS answers, the result reaches it', async ({ page }) => {
  const learner = 'galat-2004';
  const frame = await launch(page, M, learner);
  // "passed" needs the lessons read too (issue 30).
  await readAll(frame, pack.modules.find((x) => x.id === M));
  await setFailing(page, learner, M, true);
  await takeQuiz(frame, M, true);
  const error = frame.locator('#scorm-error');
  await expect(error).toContainText('Kemajuan belum tersimpan di LMS');
  // scorm-again answers a failed commit with 101 (SCORM 2004's general exception); the call
  // is named as SCORM 2004 names it.
  await expect(error).toContainText('(kode 101, pada Commit)');
  expect((await stored(page, learner, M))?.cmi?.success_status).not.toBe('passed');
  await setFailing(page, learner, M, false);
  await frame.getByRole('button', { name: 'Coba simpan lagi' }).click();
  await expect(error).toHaveCount(0);
  await expect(frame.locator('#scorm-status')).toHaveText('Tersimpan di LMS.');
  expect((await stored(page, learner, M)).cmi).toMatchObject({ success_status: 'passed', score: { raw: '100' } });
});

test('SCORM 2004: closing the activity mid-quiz terminates with the time and exit = suspend; the learner resumes', async ({ page }) => {
  const learner = 'tutup-2004';
  const frame = await launch(page, M, learner);
  await frame.locator('#quiz-link').click();
  await frame.locator('#quiz-start').click();
  for (let i = 1; i <= 3; i++) {
    await expect(frame.getByText(`Soal ${i} dari 10`)).toBeVisible();
    await answerCurrent(frame, body(M));
    await frame.getByRole('button', { name: 'Soal berikutnya' }).click();
  }
  await page.waitForTimeout(1100); // at least a second on the clock
  await page.locator('#exit-activity').click();
  await expect(page.locator('h1')).toHaveText('Halaman kursus');
  const kept = await stored(page, learner, M);
  expect(kept.cmi.exit).toBe('suspend');
  expect(kept.cmi.session_time).toMatch(ISO_DURATION);
  expect(kept.cmi.session_time).not.toMatch(/^PT0(\.\d+)?S$/);
  const again = await launch(page, M, learner);
  await expect(again.getByText('Soal 4 dari 10')).toBeVisible();
});

test('SCORM 2004 review mode: the result can be reread, nothing is written, said on screen', async ({ page }) => {
  const learner = 'tinjau-2004';
  let frame = await launch(page, M, learner);
  await takeQuiz(frame, M, true);
  await frame.locator('#scorm-leave').click();
  await expect(frame.locator('#scorm-done')).toBeVisible();
  const before = await stored(page, learner, M);
  frame = await launch(page, M, learner, { mode: 'review' });
  expect(await page.evaluate(() => [API_1484_11.cmi.mode, API_1484_11.cmi.credit])).toEqual(['review', 'no-credit']);
  await expect(frame.locator('#scorm-status')).toHaveText(/^Mode tinjauan/);
  await expect(frame.locator('#scorm-learner')).toHaveText('Peserta: Uji Peserta');
  await expect(frame.locator('#result-score')).toHaveAttribute('data-percent', '100');
  // Practice: a new attempt, answered wrongly, is not written.
  await frame.getByRole('link', { name: /Ulangi kuis/ }).or(frame.locator('#quiz-link')).first().click();
  // The quiz page shows its start button, or the question of an attempt still running: wait for
  // either before looking (an instant check raced the page's render).
  const start = frame.locator('#quiz-start');
  await expect(start.or(frame.locator('.question-prompt'))).toBeVisible();
  if (await start.isVisible()) await start.click();
  await answerCurrent(frame, body(M), { correct: false });
  await expect(frame.locator('#saved-note')).toHaveText('Latihan: jawaban ini tidak disimpan ke LMS.');
  await frame.locator('#scorm-leave').click();
  await expect(frame.locator('#scorm-done')).toBeVisible();
  expect((await log(page)).filter((e) => e.fn === 'SetValue' || e.fn === 'Commit')).toEqual([]);
  // The run-time's own Terminate posts its state again; the learner's record in it is unchanged.
  const record = (c) => ({
    completion: c.completion_status, success: c.success_status, score: c.score, location: c.location,
    suspend: c.suspend_data, interactions: JSON.stringify(c.interactions),
  });
  expect(record((await stored(page, learner, M)).cmi)).toEqual(record(before.cmi));
});

test('outside an LMS the SCORM 2004 package says so, and the lessons can be read', async ({ page }) => {
  await page.goto(`${lmsUrl}/sco/${M}/${manifests[M].href}`);
  await expect(page.locator('#scorm-no-api')).toContainText('Paket ini harus dibuka dari LMS');
  await page.getByRole('link', { name: 'Mulai belajar' }).click();
  await expect(page.locator('article.lesson p').first()).toBeVisible();
});
