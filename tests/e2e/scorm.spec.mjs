// SCORM 1.2 packages (docs/design.md contract 10, docs/scorm.md) in a real SCORM run-time:
// every dist/scorm/<module-id>.zip is unpacked (Debian's unzip), its manifest validated with
// xmllint against the ADL schemas shipped in it, and its SCO launched from the manifest's href
// in a frame of Moodle's default size, under two run-times (lms-server.mjs): scorm-again 3.4.3's
// Scorm12API, and one that behaves as Moodle's own client (moodle-like-api.js: cache-then-post
// commits never rolled back, session time only at finish, sendBeacon on page hide, mastery
// override, review mode on relaunch). Every test of what reaches the LMS runs on both.
// Nothing of the SCORM standard is mocked: the run-times check every value the app writes
// (vocabulary, CMITimespan, CMIDecimal, 4,096 characters), and commit to an LMS endpoint that
// keeps the data, from which a returning learner's session is started.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { answerCurrent, currentQuestion, readLessons } from './quiz-helpers.mjs';
import { faultServer } from './fault-server.mjs';
import { scratchDir } from './scratch.mjs';
import { run, startLms, unzip, xpath } from './lms.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, '../../dist');
const pack = JSON.parse(fs.readFileSync(path.join(dist, 'content/inti/pack.json'), 'utf8'));
const body = (id) => JSON.parse(fs.readFileSync(path.join(dist, 'content/inti', `${id}.json`), 'utf8'));
const M = 'agen-perubahan';
const TIMESPAN = /^\d{4}:\d{2}:\d{2}\.\d{2}$/;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// The SCO uses no service worker: let one register if the app tried (the check below).
test.use({ serviceWorkers: 'allow', viewport: { width: 1280, height: 800 } });

let unpacked;
let lms;
let lmsUrl;
const manifests = {};


test.beforeAll(async () => {
  unpacked = scratchDir('scorm');
  for (const m of pack.modules) {
    const zip = path.join(dist, 'scorm', `${m.id}.zip`);
    expect(fs.existsSync(zip), `${zip} is built`).toBe(true);
    const t = run('unzip', ['-tq', zip]);
    expect(t.status, t.stdout + t.stderr).toBe(0);
    unzip(zip, path.join(unpacked, m.id));
    const file = path.join(unpacked, m.id, 'imsmanifest.xml');
    manifests[m.id] = {
      file,
      href: xpath(file, "string(//*[local-name()='resource']/@href)"),
      mastery: xpath(file, "string(//*[local-name()='masteryscore'])"),
    };
  }
  lms = await startLms(unpacked);
  lmsUrl = lms.url;
});
test.afterAll(() => {
  lms?.stop();
  if (unpacked) fs.rmSync(unpacked, { recursive: true, force: true });
});

/** Opens module `id` for `learner` in the LMS (`lms`: 'scorm-again' or 'moodle'; `extra`: more
 * launch parameters, e.g. `&newattempt=on`); returns the SCO's frame once it has written. */
async function launch(page, id, learner, { query = '', lms: kind = 'scorm-again', extra = '' } = {}) {
  const { href, mastery } = manifests[id];
  await page.goto(`${lmsUrl}/lms/${learner}/${id}/?href=${encodeURIComponent(href)}&query=${encodeURIComponent(query)}&mastery=${mastery}&lms=${kind}${extra}`);
  const frame = page.frameLocator('#sco');
  await expect(frame.locator('#scorm-status')).toHaveText(/Tersimpan di LMS|Saved in the LMS|^Mode tinjauan|^Review mode|^Mode latihan|^Practice mode/);
  return frame;
}

const cmi = (page) => page.evaluate(() => ({
  status: API.cmi.core.lesson_status,
  raw: API.cmi.core.score.raw,
  min: API.cmi.core.score.min,
  max: API.cmi.core.score.max,
  // session_time is write-only for the SCO: what the app last set.
  session: window.lmsLog.filter((e) => e.element === 'cmi.core.session_time').at(-1)?.value,
  location: API.cmi.core.lesson_location,
  suspend: API.cmi.suspend_data,
}));
const log = (page) => page.evaluate(() => window.lmsLog);
const stored = async (page, learner, id) => (await page.request.get(`${lmsUrl}/lms/${learner}/${id}/state`)).json();
const setFailing = (page, learner, id, on, how = '500', count = '') => page.request.post(`${lmsUrl}/lms/${learner}/${id}/fail?on=${on ? 1 : 0}&how=${how}${count && `&count=${count}`}`);
const tracks = async (page, learner, id) => (await page.request.get(`${lmsUrl}/lms/${learner}/${id}/tracks`)).json();
const counts = async (page, learner, id) => (await page.request.get(`${lmsUrl}/lms/${learner}/${id}/counts`)).json();
const LMS_KINDS = ['scorm-again', 'moodle'];

async function startQuiz(frame) {
  // From the module page (its quiz card), or already on the quiz page (where the last lesson's
  // "Selesai membaca" leads).
  const start = frame.locator('#quiz-start');
  await expect(start.or(frame.locator('#quiz-link'))).toBeVisible();
  if (!(await start.isVisible())) await frame.locator('#quiz-link').click();
  await start.click();
  await expect(frame.locator('.question-prompt')).toBeVisible();
}

/** Reads every lesson of module `id` in the SCO, from its module page: a module is "Lulus"
 * (SCORM `passed`) only with its lessons read and its quiz passed (issue 30). */
async function readAll(frame, id) {
  await readLessons(frame, id, { total: body(id).lessons.length, openFirst: () => frame.locator('.lesson-list a').first().click() });
}

/** Answers questions `from`..`to` (1-based) of the running attempt, `right` or not. */
async function answer(frame, id, from, to, right = true) {
  for (let i = from; i <= to; i++) {
    await expect(frame.getByText(`Soal ${i} dari 10`)).toBeVisible();
    await answerCurrent(frame, body(id), { correct: right });
    await frame.getByRole('button', { name: i < 10 ? 'Soal berikutnya' : 'Lihat hasil' }).click();
  }
}

test('every package: a valid manifest at the root, one SCO, mastery score = pass mark, all it needs', async () => {
  const appCsp = fs.readFileSync(path.join(dist, 'index.html'), 'utf8').match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  for (const m of pack.modules) {
    const dir = path.join(unpacked, m.id);
    const { file, href, mastery } = manifests[m.id];
    // xmllint takes one schema: a two-line driver imports the ADL/IMS schemas shipped in the
    // package (the manifest uses three namespaces, each checked strictly).
    const driver = path.join(unpacked, `${m.id}-schemas.xsd`);
    fs.writeFileSync(driver, `<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="${m.id}/adlcp_rootv1p2.xsd"/>
  <xsd:import namespace="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1" schemaLocation="${m.id}/imsmd_rootv1p2p1.xsd"/>
</xsd:schema>`);
    const valid = run('xmllint', ['--noout', '--schema', driver, file]);
    expect(valid.status, valid.stderr).toBe(0);
    expect(valid.stderr).toContain('imsmanifest.xml validates');
    // Controls: the same check refuses a manifest that breaks the ADL or the IMS schema.
    const broken = path.join(unpacked, `${m.id}-broken.xml`);
    const text = fs.readFileSync(file, 'utf8');
    for (const [from, to] of [['adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"'], ['<organizations ', '<organisations '], ['</organizations>', '</organisations>']]) {
      fs.writeFileSync(broken, text.replace(from, to));
      expect(run('xmllint', ['--noout', '--schema', driver, broken]).status, to).not.toBe(0);
    }

    expect(Number(xpath(file, "count(//*[local-name()='organization'])"))).toBe(1);
    expect(Number(xpath(file, "count(//*[local-name()='item'])"))).toBe(1);
    expect(Number(xpath(file, "count(//*[local-name()='resource'])"))).toBe(1);
    expect(xpath(file, "string(//*[local-name()='resource']/@*[local-name()='scormtype'])")).toBe('sco');
    expect(Number(mastery)).toBe(m.pass_mark);
    expect(xpath(file, "string(//*[local-name()='item']/*[local-name()='title'])")).toBe(m.title);
    expect(xpath(file, 'string(/*/@identifier)')).toBe(`bimtek-${pack.id}-${m.id}`);
    // Everything the SCO loads is in the package, and listed; nothing of the offline app.
    const files = xpath(file, "//*[local-name()='file']/@href").split(/\s+/).map((a) => a.replace(/^href="|"$/g, ''));
    expect(files[0]).toBe(href);
    for (const f of files) expect(fs.existsSync(path.join(dir, f)), f).toBe(true);
    const inZip = run('unzip', ['-Z1', path.join(dist, 'scorm', `${m.id}.zip`)]).stdout.trim().split('\n');
    expect(inZip[0]).toBe('imsmanifest.xml');
    expect(inZip.filter((f) => f.endsWith('.xsd')).sort()).toEqual(['adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd']);
    expect(inZip.filter((f) => f !== 'imsmanifest.xml' && !f.endsWith('.xsd')).sort()).toEqual([...files].sort());
    for (const absent of ['sw.js', 'manifest.webmanifest', 'embed.js']) expect(inZip).not.toContain(absent);
    expect(inZip.filter((f) => f.startsWith('content/') && f.endsWith('.json')).sort()).toEqual([`content/inti/${m.file}`, 'content/inti/pack.json'].sort());
    const launchPage = fs.readFileSync(path.join(dir, href), 'utf8');
    expect(launchPage).toContain(`<meta name="bimtek-scorm" content="${m.id}">`);
    // Every wasm is stored gzipped (LMS servers often send wasm uncompressed), and unpacks to
    // the app's own file; the launch page says so.
    expect(launchPage).toContain('<meta name="bimtek-packed" content="gzip">');
    const wasms = files.filter((f) => f.endsWith('.wasm'));
    expect(wasms.length).toBeGreaterThan(5);
    for (const f of wasms) {
      const stored = fs.readFileSync(path.join(dir, f));
      expect([stored[0], stored[1]], f).toEqual([0x1f, 0x8b]);
      expect(zlib.gunzipSync(stored).equals(fs.readFileSync(path.join(dist, f))), f).toBe(true);
    }
    // The same strict policy as index.html (hashes of the same inline script and styles).
    // (index.html also hashes the first screen's data block and start-up script, which a
    // launch page does not have: it may allow fewer scripts, never others; likewise it connects
    // only to its own folder — SCORM mode has no LRS outbox, so no LRS sources in connect-src.)
    const launchCsp = launchPage.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
    const directives = (csp) => Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    const [app, launch] = [directives(appCsp), directives(launchCsp)];
    expect(Object.keys(launch)).toEqual(Object.keys(app));
    for (const [name, values] of Object.entries(launch)) {
      if (name === 'script-src') {
        expect(values.length).toBeGreaterThanOrEqual(3);
        // The app's scripts, and the launch page's own start script (it unpacks the gzipped
        // main module): nothing else.
        const own = [...launchPage.matchAll(/<script type=module>([\s\S]*?)<\/script>/g)]
          .map((s) => `'sha256-${crypto.createHash('sha256').update(s[1]).digest('base64')}'`);
        expect(own).toHaveLength(1);
        expect(values).toContain(own[0]);
        for (const v of values) expect(app[name].includes(v) || v === own[0], v).toBe(true);
      } else if (name === 'connect-src') {
        expect(values).toEqual(["'self'"]);
      } else {
        expect(values, name).toEqual(app[name]);
      }
    }
    expect(launchPage).not.toContain('id="first-screen"');
    console.log(`${m.id}.zip: ${fs.statSync(path.join(dist, 'scorm', `${m.id}.zip`)).size} bytes`);
  }
});

for (const kind of LMS_KINDS) {
for (const m of pack.modules) {
  test(`a learner passes ${m.id} in the LMS (${kind})`, async ({ page }) => {
    const learner = `lulus-${m.id}-${kind}`;
    const frame = await launch(page, m.id, learner, { lms: kind });
    await expect(frame.locator('main h1')).toHaveText(m.title);
    // No app chrome, no way to other modules or settings.
    await expect(frame.locator('header.app-header, .app-footer, a[href*="pengaturan"], a[href="#/"]')).toHaveCount(0);
    expect((await cmi(page)).status).toBe('incomplete');
    expect((await log(page))[0]).toEqual({ fn: 'LMSInitialize' });
    await readAll(frame, m.id);
    expect((await cmi(page)).status).toBe('incomplete');
    await startQuiz(frame);
    const commitsBefore = (await log(page)).filter((e) => e.fn === 'LMSCommit').length;
    await answer(frame, m.id, 1, 10, true);
    await expect(frame.locator('#result-score')).toHaveAttribute('data-percent', '100');
    const commits = (await log(page)).filter((e) => e.fn === 'LMSCommit').length;
    expect(commits - commitsBefore).toBeGreaterThanOrEqual(10);
    const v = await cmi(page);
    // The result page's location rides with the next change, the hide checkpoint or the finish.
    expect(v).toMatchObject({ status: 'passed', raw: '100', min: '0', max: '100' });
    expect(['kuis', 'kuis/hasil']).toContain(v.location);
    expect(v.session).toMatch(TIMESPAN);
    expect(v.session).not.toBe('0000:00:00.00');
    expect(v.suspend.length).toBeGreaterThan(0);
    expect(v.suspend.length).toBeLessThanOrEqual(4096);
    // Committed to the LMS, not only set.
    const kept = await stored(page, learner, m.id);
    expect(kept.cmi.core).toMatchObject({ lesson_status: 'passed', score: { raw: '100', min: '0', max: '100' } });
    // Moodle's client never posts session_time on a commit (only total_time at finish).
    if (kind === 'scorm-again') expect(kept.cmi.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    else expect(kept.cmi.core.session_time).toBeUndefined();
    expect(kept.cmi.suspend_data).toBe(v.suspend);
    // Nothing of the learner stays in the browser: no worker, no IndexedDB database.
    const sco = page.frames().find((f) => f.url().includes('/sco/'));
    expect(await sco.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
    expect(await sco.evaluate(() => indexedDB.databases().then((d) => d.map((x) => x.name)))).toEqual([]);
    // Leaving through the app's own button finishes the session.
    await frame.locator('#scorm-leave').click();
    await expect(frame.locator('#scorm-done')).toBeVisible();
    expect((await log(page)).at(-1)).toEqual({ fn: 'LMSFinish' });
    const final = await stored(page, learner, m.id);
    expect(final.cmi.core.lesson_location).toBe('kuis/hasil');
    expect(final.cmi.core.exit ?? '').toBe('');
    expect(final.cmi.core.total_time).toMatch(/^\d{2,4}:\d{2}:\d{2}/);
    expect(final.cmi.core.total_time).not.toMatch(/^0+:00:00(\.0+)?$/);
  });
}

test(`a failed run with attempts left stays open for the retake: no "failed", no score, the next launch is not review (${kind})`, async ({ page }) => {
  const frame = await launch(page, M, `gagal-${kind}`, { lms: kind });
  await startQuiz(frame);
  await answer(frame, M, 1, 10, false);
  const shown = Number(await frame.locator('#result-score').getAttribute('data-percent'));
  expect(shown).toBeLessThan(70);
  const v = await cmi(page);
  expect(v.status).toBe('incomplete');
  expect(v.raw ?? '').toBe('');
  expect(v.session).toMatch(TIMESPAN);
  await frame.locator('#scorm-leave').click();
  await expect(frame.locator('#scorm-done')).toBeVisible();
  // What the LMS keeps after its finish (Moodle's mastery override has no score to act on).
  expect((await stored(page, `gagal-${kind}`, M)).cmi.core.lesson_status).toBe('incomplete');
  if (kind === 'moodle') {
    await launch(page, M, `gagal-${kind}`, { lms: kind });
    expect(await page.evaluate(() => [API.cmi.core.lesson_mode, API.cmi.core.credit])).toEqual(['normal', 'credit']);
  }
});

test(`every lesson read, no post-test yet: still "incomplete", so the LMS reopens it for the post-test (${kind})`, async ({ page }) => {
  const m = pack.modules.find((x) => x.id === M);
  const frame = await launch(page, M, `baca-${kind}`, { lms: kind });
  await frame.getByRole('link', { name: 'Mulai belajar' }).click();
  for (let i = 0; i < m.lessons.length; i++) {
    await expect(frame.getByText(`Pelajaran ${i + 1} dari ${m.lessons.length}`)).toBeVisible();
    await frame.getByRole('link', { name: 'Selesai membaca' }).click();
  }
  await frame.locator('#scorm-leave').click();
  await expect(frame.locator('#scorm-done')).toBeVisible();
  expect((await stored(page, `baca-${kind}`, M)).cmi.core.lesson_status).toBe('incomplete');
  if (kind === 'moodle') {
    await launch(page, M, `baca-${kind}`, { lms: kind });
    expect(await page.evaluate(() => [API.cmi.core.lesson_mode, API.cmi.core.credit])).toEqual(['normal', 'credit']);
  }
});

test(`leaving mid-quiz and coming back resumes the attempt at the same question (${kind})`, async ({ page }) => {
  const id = 'budaya-kerja-mutu';
  const frame = await launch(page, id, `lanjut-${kind}`, { lms: kind });
  await readAll(frame, id);
  await startQuiz(frame);
  await answer(frame, id, 1, 4, true);
  const q5 = await currentQuestion(frame, body(id));
  await frame.locator('#scorm-leave').click();
  await expect(frame.locator('#scorm-done')).toBeVisible();
  expect((await log(page)).at(-1)).toEqual({ fn: 'LMSFinish' });
  const kept = await stored(page, `lanjut-${kind}`, id);
  expect(kept.cmi.core).toMatchObject({ exit: 'suspend', lesson_location: 'kuis', lesson_status: 'incomplete' });
  expect(kept.cmi.suspend_data.length).toBeLessThanOrEqual(4096);

  // A new session from what the LMS kept (the harness loads it; entry = resume).
  const again = await launch(page, id, `lanjut-${kind}`, { lms: kind });
  expect(await page.evaluate(() => API.cmi.core.entry)).toBe('resume');
  await expect(again.getByText('Soal 5 dari 10')).toBeVisible();
  expect((await currentQuestion(again, body(id))).id).toBe(q5.id);
  await answer(again, id, 5, 10, true);
  await expect(again.locator('#result-score')).toHaveAttribute('data-percent', '100');
  expect(await cmi(page)).toMatchObject({ status: 'passed', raw: '100' });
});

test(`a passed quiz with a lesson unread stays incomplete without a score, even through LMSFinish; the last lesson makes it passed (${kind})`, async ({ page }) => {
  const learner = `belum-baca-${kind}`;
  const frame = await launch(page, M, learner, { lms: kind });
  await startQuiz(frame);
  await answer(frame, M, 1, 10, true);
  await expect(frame.locator('#result-verdict')).toHaveText('Kuis lulus. Modul ini belum lulus: masih ada pelajaran yang belum dibaca.');
  // No score: Moodle's mastery override would turn a score ≥ the mastery score into "passed"
  // at LMSFinish; no final status: review mode would keep the unread lessons from counting.
  expect(await cmi(page)).toMatchObject({ status: 'incomplete', raw: '' });
  await frame.locator('#scorm-leave').click();
  await expect(frame.locator('#scorm-done')).toBeVisible();
  const kept = await stored(page, learner, M);
  expect(kept.cmi.core.lesson_status).toBe('incomplete');
  expect(kept.cmi.core.score?.raw ?? '').toBe('');
  // Back in (normal mode, not review), the learner reads the lessons: passed, with the score.
  const again = await launch(page, M, learner, { lms: kind });
  await expect(again.locator('#reading-rule .unread-lessons li')).toHaveCount(body(M).lessons.length);
  await readLessons(again, M, { total: body(M).lessons.length, openFirst: () => again.locator('#reading-rule .unread-lessons a').first().click() });
  await expect.poll(async () => (await cmi(page)).status).toBe('passed');
  expect(await cmi(page)).toMatchObject({ raw: '100' });
});

test(`saved data from another package is not half-read: the learner is told, the LMS record stays (${kind})`, async ({ page }) => {
  // What the LMS kept from an older package of this module: passed with 85, a suspend_data
  // written for other content.
  await page.request.put(`${lmsUrl}/lms/lama-${kind}/${M}/state`, {
    data: { cmi: { core: { lesson_status: 'passed', lesson_location: 'kuis', exit: 'suspend', score: { raw: '85', min: '0', max: '100' } }, suspend_data: '1.zzzzz.2..' } },
  });
  const frame = await launch(page, M, `lama-${kind}`, { lms: kind });
  await expect(frame.locator('#scorm-resume-lost')).toContainText('isi modul sudah berubah');
  // The page the LMS remembers (the quiz), a fresh start.
  await frame.locator('#quiz-start').click();
  await answer(frame, M, 1, 10, false);
  // A failed retake neither downgrades the status nor lowers the score.
  expect(await cmi(page)).toMatchObject({ status: 'passed', raw: '85' });
  const kept = await stored(page, `lama-${kind}`, M);
  expect(kept.cmi.core).toMatchObject({ lesson_status: 'passed', score: { raw: '85' } });
  expect(kept.cmi.suspend_data).toMatch(/^1\./);
});

test(`an LMS error is shown in plain words, answers are kept and sent with the next one (${kind})`, async ({ page }) => {
  const frame = await launch(page, M, `galat-${kind}`, { lms: kind });
  await startQuiz(frame);
  await answer(frame, M, 1, 1);
  await setFailing(page, `galat-${kind}`, M, true);
  await expect(frame.getByText('Soal 2 dari 10')).toBeVisible();
  await answerCurrent(frame, body(M));
  const error = frame.locator('#scorm-error');
  await expect(error).toContainText('Kemajuan belum tersimpan di LMS');
  await expect(error).toContainText('kode 101');
  await expect(error).toContainText('jawaban berikutnya');
  await expect(frame.locator('#saved-note')).toContainText('BELUM tersimpan di LMS');
  expect(await page.evaluate(() => API.LMSGetLastError())).toBe('101');
  await frame.getByRole('button', { name: 'Soal berikutnya' }).click();
  await answer(frame, M, 3, 3);
  await expect(error).toBeVisible();
  // The LMS recovers: the next answer sends everything, the message goes.
  await setFailing(page, `galat-${kind}`, M, false);
  await answer(frame, M, 4, 4);
  await expect(error).toHaveCount(0);
  await expect(frame.locator('#scorm-status')).toHaveText('Tersimpan di LMS.');
  // All four answers reached the LMS: a new session resumes at question 5.
  await page.evaluate(() => API.LMSFinish(''));
  const again = await launch(page, M, `galat-${kind}`, { lms: kind });
  await expect(again.getByText('Soal 5 dari 10')).toBeVisible();
});

test(`in English the LMS error is explained in English, and "Try saving again" recovers (${kind})`, async ({ page }) => {
  const frame = await launch(page, M, `galat-en-${kind}`, { query: '?lang=en', lms: kind });
  await expect(frame.locator('#scorm-leave')).toHaveText('Save and leave');
  await setFailing(page, `galat-en-${kind}`, M, true);
  // A lesson read is worth a commit of its own (a page change alone waits).
  await frame.getByRole('link', { name: 'Start learning' }).click();
  await frame.getByRole('link', { name: 'Done reading' }).click();
  const error = frame.locator('#scorm-error');
  await expect(error).toContainText('Your progress is not saved in the LMS yet');
  await expect(error).toContainText('code 101');
  await setFailing(page, `galat-en-${kind}`, M, false);
  await frame.getByRole('button', { name: 'Try saving again' }).click();
  await expect(error).toHaveCount(0);
  await expect(frame.locator('#scorm-status')).toHaveText('Saved in the LMS.');
  expect((await cmi(page)).location).toMatch(/^pelajaran\//);
});

}

// What only Moodle's own client shows: a value it once tried to send is never sent again by
// setting it; time reaches it only at LMSFinish; a page that goes away talks through sendBeacon.
for (const how of ['500', 'login']) {
  test(`moodle: the commit with the quiz result fails once (${how === '500' ? 'HTTP 500' : 'an expired session: the login page'}); the location commit right after brings it, and nothing unsaved is called saved`, async ({ page }) => {
    const learner = `hasil-gagal-${how}`;
    const frame = await launch(page, M, learner, { lms: 'moodle' });
    await readAll(frame, M);
    await startQuiz(frame);
    await answer(frame, M, 1, 9, true);
    await expect(frame.getByText('Soal 10 dari 10')).toBeVisible();
    await answerCurrent(frame, body(M));
    // Exactly one commit fails: the one with the result ("Lihat hasil" finishes the attempt);
    // the page-location commit that follows succeeds (in Moodle's client it sends only the
    // location: the result counts as sent).
    await setFailing(page, learner, M, true, how, 1);
    await frame.getByRole('button', { name: 'Lihat hasil' }).click();
    await expect(frame.locator('#result-score')).toHaveAttribute('data-percent', '100');
    await expect.poll(async () => (await log(page)).filter((e) => e.fn === 'failed').length).toBe(1);
    await expect.poll(async () => (await tracks(page, learner, M)).at(-1)['cmi.core.lesson_status']).toBe('passed');
    const kept = (await tracks(page, learner, M)).at(-1);
    expect(kept).toMatchObject({ 'cmi.core.score.raw': '100', 'cmi.core.lesson_location': 'kuis/hasil' });
    expect(kept['cmi.suspend_data']).toBe((await cmi(page)).suspend);
    await expect(frame.locator('#scorm-error')).toHaveCount(0);
    await expect(frame.locator('#scorm-status')).toHaveText('Tersimpan di LMS.');
    // A new session from what Moodle kept opens the result page with the finished attempt
    // (before: "Belum ada percobaan yang selesai").
    await frame.locator('#scorm-leave').click();
    await expect(frame.locator('#scorm-done')).toBeVisible();
    const again = await launch(page, M, learner, { lms: 'moodle' });
    await expect(again.locator('#result-score')).toHaveAttribute('data-percent', '100');
  });

  test(`moodle: while commits keep failing (${how === '500' ? 'HTTP 500' : 'login page'}) the result is "not saved"; once the LMS answers, the next change brings everything`, async ({ page }) => {
    const learner = `hasil-gagal-lama-${how}`;
    const frame = await launch(page, M, learner, { lms: 'moodle' });
    await readAll(frame, M);
    await startQuiz(frame);
    await answer(frame, M, 1, 9, true);
    await expect(frame.getByText('Soal 10 dari 10')).toBeVisible();
    await setFailing(page, learner, M, true, how);
    await answerCurrent(frame, body(M));
    await expect(frame.locator('#scorm-error')).toContainText('kode 101');
    await expect(frame.locator('#saved-note')).toContainText('BELUM tersimpan di LMS');
    await frame.getByRole('button', { name: 'Lihat hasil' }).click();
    await expect(frame.locator('#result-score')).toHaveAttribute('data-percent', '100');
    await expect(frame.locator('#scorm-error')).toBeVisible();
    expect((await tracks(page, learner, M)).at(-1)['cmi.core.lesson_status']).toBe('incomplete');
    await setFailing(page, learner, M, false);
    await frame.locator('#scorm-retry').click();
    await expect(frame.locator('#scorm-error')).toHaveCount(0);
    await expect(frame.locator('#scorm-status')).toHaveText('Tersimpan di LMS.');
    expect((await tracks(page, learner, M)).at(-1)).toMatchObject({ 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '100' });
  });
}

for (const kind of LMS_KINDS) {
  test(`every answer is recorded as a cmi.interaction the LMS's report can use; a new session adds after them (${kind})`, async ({ page }) => {
    const learner = `interaksi-${kind}`;
    const frame = await launch(page, M, learner, { lms: kind });
    await startQuiz(frame);
    const asked = [];
    for (let i = 1; i <= 3; i++) {
      asked.push({ q: await answerCurrent(frame, body(M), { correct: i !== 2 }), right: i !== 2 });
      await frame.getByRole('button', { name: 'Soal berikutnya' }).click();
    }
    const byIndex = (entries) => {
      const out = [];
      for (const e of entries) {
        const m = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(e.element ?? '');
        if (m) (out[Number(m[1])] ??= {})[m[2]] = e.value;
      }
      return out;
    };
    const set = byIndex(await log(page));
    expect(set.map((x) => x.id)).toEqual(asked.map((a) => a.q.id));
    for (const [i, x] of set.entries()) {
      expect(['true-false', 'choice', 'sequencing', 'matching']).toContain(x.type);
      expect(x.result).toBe(asked[i].right ? 'correct' : (x.type === 'choice' || x.type === 'true-false' ? 'wrong' : x.result));
      expect(x.student_response).toMatch(/^([a-z](,[a-z])*|[tf]|\d+\.[a-z](,\d+\.[a-z])*)$/);
      expect(x['correct_responses.0.pattern']).toBeTruthy();
      expect(x.latency).toMatch(TIMESPAN);
      expect(x.time).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    }
    if (kind === 'moodle') {
      const kept = (await tracks(page, learner, M)).at(-1);
      expect([0, 1, 2].map((i) => kept[`cmi.interactions.${i}.id`])).toEqual(asked.map((a) => a.q.id));
    }
    // A new session (resume): the next answer goes after the three, none is written twice.
    await frame.locator('#scorm-leave').click();
    await expect(frame.locator('#scorm-done')).toBeVisible();
    const again = await launch(page, M, learner, { lms: kind });
    await expect(again.getByText('Soal 4 dari 10')).toBeVisible();
    const fourth = await answerCurrent(again, body(M));
    const later = byIndex(await log(page));
    expect(Object.keys(later).map(Number)).toEqual([3]);
    expect(later[3].id).toBe(fourth.id);
  });
}

test('moodle: after passing, the next launch is review mode: the result and lessons can be reread and practised, nothing is written, said on screen', async ({ page }) => {
  const learner = 'tinjau';
  const frame = await launch(page, M, learner, { lms: 'moodle' });
  await readAll(frame, M);
  await startQuiz(frame);
  await answer(frame, M, 1, 10, true);
  await frame.locator('#scorm-leave').click();
  await expect(frame.locator('#scorm-done')).toBeVisible();
  const before = (await tracks(page, learner, M)).at(-1);
  const again = await launch(page, M, learner, { lms: 'moodle' });
  expect(await page.evaluate(() => [API.cmi.core.lesson_mode, API.cmi.core.credit])).toEqual(['review', 'no-credit']);
  await expect(again.locator('#scorm-status')).toHaveText('Mode tinjauan: hasil Anda sudah tercatat di LMS. Anda dapat membaca ulang dan berlatih; tidak ada yang disimpan.');
  await expect(again.locator('#scorm-learner')).toHaveText('Peserta: Uji Peserta');
  await expect(again.locator('#result-score')).toHaveAttribute('data-percent', '100');
  // Practice: a new attempt, answered wrongly, is not written.
  const commits = (await counts(page, learner, M)).commits;
  await again.getByRole('link', { name: /Ulangi kuis/ }).or(again.locator('#quiz-link')).first().click();
  // The quiz page shows its start button, or the question of an attempt still running: wait for
  // either before looking (an instant check raced the page's render).
  const start = again.locator('#quiz-start');
  await expect(start.or(again.locator('.question-prompt'))).toBeVisible();
  if (await start.isVisible()) await start.click();
  await answerCurrent(again, body(M), { correct: false });
  await expect(again.locator('#saved-note')).toHaveText('Latihan: jawaban ini tidak disimpan ke LMS.');
  await again.locator('#scorm-leave').click();
  await expect(again.locator('#scorm-done')).toBeVisible();
  expect((await log(page)).filter((e) => e.fn === 'LMSSetValue')).toEqual([]);
  expect((await counts(page, learner, M)).commits).toBe(commits + 1); // the finish only, with nothing changed
  expect((await tracks(page, learner, M)).at(-1)).toEqual(before);
});

test('moodle: browse mode is practice: said on screen, nothing written', async ({ page }) => {
  const learner = 'jelajah';
  const frame = await launch(page, M, learner, { lms: 'moodle', extra: '&mode=browse' });
  await expect(frame.locator('#scorm-status')).toHaveText('Mode latihan: yang Anda kerjakan di sini tidak mengubah catatan Anda di LMS.');
  await startQuiz(frame);
  await answerCurrent(frame, body(M));
  await expect(frame.locator('#saved-note')).toHaveText('Latihan: jawaban ini tidak disimpan ke LMS.');
  expect((await log(page)).filter((e) => e.fn === 'LMSSetValue' || e.fn === 'LMSCommit')).toEqual([]);
});

test('moodle: an expired session (every save answered with the login page): the learner is told how to recover; reopening the activity in the same tab brings the unsaved answers back to the LMS', async ({ page }) => {
  const learner = 'sesi-habis';
  const frame = await launch(page, M, learner, { lms: 'moodle' });
  await startQuiz(frame);
  await answer(frame, M, 1, 3, true);
  await setFailing(page, learner, M, true, 'login');
  await expect(frame.getByText('Soal 4 dari 10')).toBeVisible();
  await answerCurrent(frame, body(M));
  await frame.getByRole('button', { name: 'Soal berikutnya' }).click();
  await answerCurrent(frame, body(M));
  const error = frame.locator('#scorm-error');
  await expect(error).toContainText('Bila sesi Moodle Anda berakhir: masuk lagi');
  await expect(error).toContainText('Jawaban Anda disimpan sementara di tab ini.');
  expect((await tracks(page, learner, M)).at(-1)['cmi.suspend_data']).toBeTruthy();
  const storedBefore = (await tracks(page, learner, M)).at(-1)['cmi.suspend_data'];
  // The learner logs in again and reopens the activity in the same tab.
  await setFailing(page, learner, M, false);
  const again = await launch(page, M, learner, { lms: 'moodle' });
  await expect(again.locator('#scorm-restored')).toContainText('dipulihkan dan dikirim ke LMS');
  await expect(again.getByText('Soal 6 dari 10')).toBeVisible();
  const kept = (await tracks(page, learner, M)).at(-1);
  expect(kept['cmi.suspend_data']).not.toBe(storedBefore);
  // A third launch (the LMS has it all now): resumes at question 6 from the LMS alone.
  const third = await launch(page, M, learner, { lms: 'moodle' });
  await expect(third.getByText('Soal 6 dari 10')).toBeVisible();
  await expect(third.locator('#scorm-restored')).toHaveCount(0);
});

test('moodle: progress kept in one tab never reaches another learner or another tab', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const frame = await launch(page, M, 'tab-satu', { lms: 'moodle' });
  await startQuiz(frame);
  await setFailing(page, 'tab-satu', M, true);
  await answerCurrent(frame, body(M));
  await expect(frame.locator('#scorm-error')).toBeVisible();
  await setFailing(page, 'tab-satu', M, false);
  // Another learner in the same tab (a shared lab PC): nothing of the first is restored.
  const other = await launch(page, M, 'tab-dua', { lms: 'moodle' });
  await expect(other.locator('#scorm-restored')).toHaveCount(0);
  // The same learner in a new tab: sessionStorage is per tab.
  const second = await context.newPage();
  const frame2 = await launch(second, M, 'tab-satu', { lms: 'moodle' });
  await expect(frame2.locator('#scorm-restored')).toHaveCount(0);
  await context.close();
});

test('moodle: one module read and passed takes at most 20 commits (a page change or an opened lesson waits for the next real change)', async ({ page }) => {
  const learner = 'hemat';
  const m = pack.modules.find((x) => x.id === M);
  const frame = await launch(page, M, learner, { lms: 'moodle' });
  await frame.getByRole('link', { name: 'Mulai belajar' }).click();
  for (let i = 0; i < m.lessons.length; i++) {
    await expect(frame.getByText(`Pelajaran ${i + 1} dari ${m.lessons.length}`)).toBeVisible();
    await frame.getByRole('link', { name: 'Selesai membaca' }).click();
  }
  await startQuiz(frame);
  await answer(frame, M, 1, 10, true);
  await expect(frame.locator('#result-score')).toHaveAttribute('data-percent', '100');
  await frame.locator('#scorm-leave').click();
  await expect(frame.locator('#scorm-done')).toBeVisible();
  const c = await counts(page, learner, M);
  console.log(`${M} read and passed in the Moodle-like LMS: ${c.commits} requests (commits + finish), ${c.toc} TOC refreshes`);
  expect(c.commits).toBeLessThanOrEqual(20);
  // Nothing was lost by waiting: every lesson read, the result and the last page are stored.
  const kept = (await tracks(page, learner, M)).at(-1);
  expect(kept).toMatchObject({ 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '100', 'cmi.core.lesson_location': 'kuis/hasil' });
  const again = await launch(page, M, learner, { lms: 'moodle' });
  await expect(again.locator('#result-score')).toHaveAttribute('data-percent', '100');
});

test('moodle: "Coba simpan lagi" after a failed commit really sends, and says saved only then', async ({ page }) => {
  const learner = 'coba-lagi';
  const frame = await launch(page, M, learner, { lms: 'moodle' });
  await startQuiz(frame);
  await setFailing(page, learner, M, true);
  await answerCurrent(frame, body(M));
  await expect(frame.locator('#scorm-error')).toBeVisible();
  // Still failing: the retry fails too, and says so.
  await frame.locator('#scorm-retry').click();
  await expect(frame.locator('#scorm-error')).toBeVisible();
  await setFailing(page, learner, M, false);
  await frame.locator('#scorm-retry').click();
  await expect(frame.locator('#scorm-error')).toHaveCount(0);
  await expect(frame.locator('#scorm-status')).toHaveText('Tersimpan di LMS.');
  const kept = (await tracks(page, learner, M)).at(-1);
  expect(kept['cmi.suspend_data']).toBe((await cmi(page)).suspend);
});

for (const way of ['the LMS\'s "Exit activity" link', 'closing the tab']) {
  test(`moodle: leaving mid-quiz by ${way} keeps time, exit and answers`, async ({ page, context }) => {
    const learner = `tutup-${way.startsWith('the') ? 'exit' : 'tab'}`;
    const frame = await launch(page, M, learner, { lms: 'moodle' });
    await startQuiz(frame);
    await answer(frame, M, 1, 3, true);
    await page.waitForTimeout(1100); // at least a second on the clock
    if (way.startsWith('the')) {
      await page.locator('#exit-activity').click();
      await expect(page.locator('h1')).toHaveText('Halaman kursus');
    } else {
      await page.close({ runBeforeUnload: false });
    }
    // The finish went out by sendBeacon (a sync request is refused while a page goes away).
    const probe = await context.newPage();
    await expect.poll(async () => (await counts(probe, learner, M)).beacons, { timeout: 10_000 }).toBeGreaterThan(0);
    const kept = (await tracks(probe, learner, M)).at(-1);
    expect(kept['cmi.core.exit']).toBe('suspend');
    expect(kept['cmi.core.total_time']).toMatch(/^\d{2,4}:\d{2}:\d{2}/);
    expect(kept['cmi.core.total_time']).not.toMatch(/^0+:00:00(\.0+)?$/);
    // Coming back resumes at question 4.
    const again = await launch(probe, M, learner, { lms: 'moodle' });
    expect(await probe.evaluate(() => API.cmi.core.entry)).toBe('resume');
    await expect(again.getByText('Soal 4 dari 10')).toBeVisible();
  });
}

test('moodle: a hidden page (another app, a locked screen) leaves a checkpoint with exit = suspend', async ({ page }) => {
  const learner = 'tersembunyi';
  const frame = await launch(page, M, learner, { lms: 'moodle' });
  await startQuiz(frame);
  await answer(frame, M, 1, 2, true);
  const sco = page.frames().find((f) => f.url().includes('/sco/'));
  await sco.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  });
  await expect.poll(async () => (await tracks(page, learner, M)).at(-1)['cmi.core.exit']).toBe('suspend');
});

test('"New window" display: the SCO finds the API through its opener', async ({ page }) => {
  const { href, mastery } = manifests[M];
  await page.goto(`${lmsUrl}/lms/jendela/${M}/?href=${encodeURIComponent(href)}&mastery=${mastery}&display=new`);
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.locator('#open-sco').click()]);
  await expect(popup.locator('#scorm-status')).toHaveText('Tersimpan di LMS.');
  expect((await cmi(page)).status).toBe('incomplete');
  await popup.locator('#quiz-link').click();
  await popup.locator('#quiz-start').click();
  await answerCurrent(popup, body(M));
  await expect(popup.locator('#saved-note')).toHaveText('Jawaban tersimpan di LMS.');
  expect((await cmi(page)).location).toBe('kuis');
  await popup.locator('#scorm-leave').click();
  await expect(popup.locator('#scorm-done')).toBeVisible();
  expect((await log(page)).at(-1)).toEqual({ fn: 'LMSFinish' });
});

test('a launch fetches the scorm chunk and the module file in parallel with the main module, once each', async ({ page }) => {
  const dir = path.join(unpacked, M);
  const files = fs.readdirSync(dir);
  const main = files.find((f) => /^bimtek-[0-9a-f]{16}_bg\.wasm$/.test(f));
  const scormChunk = files.find((f) => /^bimtek-split_scorm-[0-9a-f]{16}\.wasm$/.test(f));
  const bodyFile = `content/inti/${M}.json`;
  const launchPage = fs.readFileSync(path.join(dir, manifests[M].href), 'utf8');
  const preloads = [...launchPage.matchAll(/<link rel=preload as=fetch crossorigin=anonymous href="\.\/([^"]+)">/g)].map((m) => m[1]);
  expect(preloads).toContain(scormChunk);
  expect(preloads).toContain(bodyFile);
  // Every file preloaded is one the launch loads; no landing-page chunk (the overview needs none).
  for (const f of preloads) expect(fs.existsSync(path.join(dir, f)), f).toBe(true);
  expect(preloads.filter((f) => /split_(lesson|quiz|english)/.test(f))).toEqual([]);
  // The main module is held back: what the launch needs still starts, not after it.
  const asked = [];
  let releaseMain;
  const mainHeld = new Promise((resolve) => { releaseMain = resolve; });
  await page.route(`**/sco/${M}/${main}`, async (route) => { await mainHeld; await route.continue(); });
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  const { href, mastery } = manifests[M];
  await page.goto(`${lmsUrl}/lms/preload/${M}/?href=${encodeURIComponent(href)}&mastery=${mastery}`);
  await expect.poll(() => preloads.every((f) => asked.includes(`/sco/${M}/${f}`)), { timeout: 10_000 }).toBe(true);
  releaseMain();
  const frame = page.frameLocator('#sco');
  await expect(frame.locator('#scorm-status')).toHaveText(/Tersimpan di LMS/);
  await expect(frame.locator('main h1')).toHaveText(pack.modules.find((m) => m.id === M).title);
  // One download each: the loader and the app took the preloaded responses.
  for (const f of [...preloads, main]) expect(asked.filter((p) => p === `/sco/${M}/${f}`), f).toHaveLength(1);
});

// A packed chunk on a real server that lies or stalls: the launch page opened on its own (the
// SCORM mode still needs its chunk to say it found no LMS). Cut short, as a half-finished upload
// leaves it on the LMS, it fails at once; trickling a byte a second (lie-fi), at the loader's
// time limit. Either way the retry shows, and brings the module once the file is whole.
for (const [fault, what, wait] of [['cut', 'cut short (a half-finished upload to the LMS)', 10_000], ['trickle', 'trickling a byte a second (lie-fi)', 30_000]]) {
  test(`a packed chunk ${what}: the retry shows, and brings the module once whole`, async ({ page }) => {
    test.setTimeout(60_000);
    const dir = path.join(unpacked, M);
    const scormChunk = fs.readdirSync(dir).find((f) => /^bimtek-split_scorm-[0-9a-f]{16}\.wasm$/.test(f));
    const whole = fs.readFileSync(path.join(dir, scormChunk));
    const server = await faultServer({ '/sco/': dir });
    try {
      server.override('/sco/', scormChunk, fault === 'cut' ? { body: whole.subarray(0, Math.floor(whole.length / 2)) } : 'trickle');
      await page.goto(`${server.url()}${manifests[M].href}`);
      await expect(page.getByRole('alert')).toContainText('Halaman belum dapat dibuka', { timeout: wait });
      server.clear();
      await page.getByRole('button', { name: 'Coba lagi' }).click();
      await expect(page.locator('#scorm-no-api')).toContainText('Paket ini harus dibuka dari LMS');
    } finally {
      await server.close();
    }
  });
}

// A launch page that is never blank, and a browser too old for the package that says so
// without starting a broken attempt (features removed before the page's scripts run).
for (const [what, remove] of [
  ['DecompressionStream (iOS before 16.4, Safari 15)', () => { delete window.DecompressionStream; }],
  ["a wasm compile its CSP allows ('wasm-unsafe-eval' not understood)", () => { WebAssembly.Module = function Module() { throw new WebAssembly.CompileError('refused by the Content-Security-Policy'); }; }],
]) {
  test(`a browser without ${what}: a plain message, and LMSInitialize is never called (moodle)`, async ({ page }) => {
    await page.addInitScript(remove);
    const { href, mastery } = manifests[M];
    const learner = `lama-peramban-${what.length}`;
    await page.goto(`${lmsUrl}/lms/${learner}/${M}/?href=${encodeURIComponent(href)}&mastery=${mastery}&lms=moodle`);
    const frame = page.frameLocator('#sco');
    await expect(frame.locator('#scorm-too-old')).toContainText('Peramban ini terlalu lama untuk modul ini — buka dengan Chrome atau perbarui iOS');
    await expect(frame.locator('#scorm-too-old')).toContainText('This browser is too old for this module');
    await page.waitForTimeout(1000);
    expect(await log(page)).toEqual([]);
    expect((await counts(page, learner, M)).commits).toBe(0);
    expect((await tracks(page, learner, M)).at(-1)).toEqual({});
  });
}

test('a browser without AbortSignal.timeout gets the fallback and runs the module', async ({ page }) => {
  await page.addInitScript(() => { Object.defineProperty(AbortSignal, 'timeout', { value: undefined, configurable: true, writable: true }); });
  const frame = await launch(page, M, 'tanpa-timeout', { lms: 'moodle' });
  await startQuiz(frame);
  await answerCurrent(frame, body(M));
  await expect(frame.locator('#saved-note')).toHaveText('Jawaban tersimpan di LMS.');
});

test('the launch page says "Memuat modul…" before the app has started', async ({ page }) => {
  // The app's main module never arrives (a stalled LMS file server). (Its JS is in the page.)
  await page.route(/\/sco\/[^/]+\/bimtek-[0-9a-f]+_bg\.wasm$/, () => {});
  const { href, mastery } = manifests[M];
  await page.goto(`${lmsUrl}/lms/memuat/${M}/?href=${encodeURIComponent(href)}&mastery=${mastery}`);
  const frame = page.frameLocator('#sco');
  await expect(frame.locator('#scorm-boot')).toContainText('Memuat modul…');
  await expect(frame.locator('#scorm-boot')).toBeVisible();
});

test("the trainers' page lists every module's SCORM 1.2 and 2004 packages with a download link and its size", async ({ page, request, baseURL }) => {
  await page.goto('index.html#/sematkan');
  const items = page.locator('#scorm-downloads li');
  await expect(items).toHaveCount(pack.modules.length);
  for (const [i, m] of pack.modules.entries()) {
    await expect(items.nth(i).locator('.scorm-module')).toHaveText(m.title);
    for (const [edition, file] of [['SCORM 1.2', `scorm/${m.id}.zip`], ['SCORM 2004 (edisi ke-4)', `scorm/2004/${m.id}.zip`]]) {
      const link = items.nth(i).getByRole('link', { name: `${m.title} — ${edition}`, exact: true });
      await expect(link).toHaveAttribute('href', file);
      await expect(link).toHaveAttribute('download', '');
      const bytes = fs.statSync(path.join(dist, file)).size;
      // The size as the page writes it (`ScormPackage::size_text`): whole KB under 1 MB, then MB
      // with one decimal, cut not rounded (a package passed 1 MB once the lesson and quiz
      // chunks' shared code became a file of its own).
      const tenths = Math.floor((bytes * 10) / (1024 * 1024));
      const size = bytes >= 1024 * 1024 ? `${Math.floor(tenths / 10)},${tenths % 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
      await expect(link.locator('xpath=..')).toContainText(`${edition} · ${size}`);
      const res = await request.get(`${baseURL}${file}`);
      expect(res.status()).toBe(200);
      expect((await res.body()).length).toBe(bytes);
    }
  }
});

test('opened outside an LMS: a clear message, and the lessons can still be read', async ({ page }) => {
  await page.goto(`${lmsUrl}/sco/${M}/${manifests[M].href}`);
  await expect(page.locator('#scorm-no-api')).toContainText('Paket ini harus dibuka dari LMS');
  await expect(page.locator('#scorm-leave')).toHaveCount(0);
  await page.getByRole('link', { name: 'Mulai belajar' }).click();
  await expect(page.getByText('Pelajaran 1 dari 5')).toBeVisible();
  await expect(page.locator('article.lesson p').first()).toBeVisible();
});

for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 640 }]) {
  test(`Moodle's default frame (100 % × 500 px) at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const frame = await launch(page, M, `bingkai-${viewport.width}`);
    await startQuiz(frame);
    const sco = page.frames().find((f) => f.url().includes('/sco/'));
    const box = await page.locator('#sco').boundingBox();
    expect(Math.round(box.height)).toBe(500);
    expect(Math.round(box.width)).toBe(viewport.width);
    // No sideways scrolling; the page scrolls inside the frame under the bar, which stays.
    expect(await sco.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    const check = frame.getByRole('button', { name: 'Periksa jawaban' });
    await check.scrollIntoViewIfNeeded();
    await expect(check).toBeInViewport();
    await expect(frame.locator('#scorm-leave')).toBeInViewport();
    await page.screenshot({ path: test.info().outputPath(`scorm-frame-${viewport.width}.png`) });
  });
}

for (const colorScheme of ['light', 'dark']) {
  test(`the SCORM screens pass axe (WCAG 2.2 A/AA), ${colorScheme}`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme, viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    // Only what the SCO shows (the harness page is not the app's).
    const check = async (what) => {
      const { violations, passes } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      // Control: axe did look inside the frame.
      expect(passes.some((p) => p.nodes.some((n) => n.target[0] === '#sco')), what).toBe(true);
      const mine = violations.map((v) => ({ id: v.id, nodes: v.nodes.filter((n) => n.target[0] === '#sco').map((n) => n.target) }))
        .filter((v) => v.nodes.length > 0);
      expect(mine, what).toEqual([]);
    };
    const learner = `axe-${colorScheme}`;
    const frame = await launch(page, M, learner);
    await startQuiz(frame);
    await setFailing(page, learner, M, true);
    await answerCurrent(frame, body(M));
    await expect(frame.locator('#scorm-error')).toBeVisible();
    await check('quiz feedback with an LMS error');
    await setFailing(page, learner, M, false);
    await frame.locator('#scorm-retry').click();
    await expect(frame.locator('#scorm-error')).toHaveCount(0);
    await frame.locator('#scorm-leave').click();
    await expect(frame.locator('#scorm-done')).toBeVisible();
    await check('session finished');
    await page.goto(`${lmsUrl}/sco/${M}/${manifests[M].href}`);
    await expect(page.locator('#scorm-no-api')).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(violations.map((v) => v.id), 'opened outside an LMS').toEqual([]);
    await context.close();
  });
}
