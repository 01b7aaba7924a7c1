// A shared office PC (issue 27, item 3): every Tin Can launch that names its learner keeps that
// learner's progress in a database of its own, so learner B never sees, changes or reports
// learner A's progress, and the device's own progress stays as it was; a launch with a new
// registration replays the `completed` and `passed` of what that learner already finished,
// with version 5 ids (computed here independently) and the time it first happened, once — and
// the same replay elsewhere (the same progress imported in another browser) is the same
// statements, which the LRS keeps once. Against a real Ralph 5.1.0 behind the recording proxy
// of lrs.mjs; every statement Ralph received passes the independent validator. Screenshots of
// the learner's line at 360×640 in $BIMTEK_SHOTS/lrs-actor/.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appReady, collectErrors } from './support.mjs';
import { moduleBody, answerCurrent, openQuiz, readLessons } from './quiz-helpers.mjs';
import { startRalph, lrsProxy, launchUrl, ralphInstalled, actorDb, actorIfi } from './lrs.mjs';
import { xapiProblems } from './xapi-check.mjs';

const M = 'agen-perubahan'; // 5 lessons
const OTHER = 'pola-pikir-melayani';
const ACTIVITY = 'https://moodle.contoh.go.id/mod/tincanlaunch/view.php?id=7';
const ANI = { objectType: 'Agent', name: 'Ani Lestari', mbox: 'mailto:ani.lestari@contoh.go.id' };
const BUDI = { name: 'Budi Santoso', account: { homePage: 'https://moodle.contoh.go.id', name: 'budi.s' } };
const shots = path.join(process.env.BIMTEK_SHOTS ?? path.join(os.tmpdir(), 'bimtek-screens'), 'lrs-actor');
const appOrigin = `http://127.0.0.1:${process.env.E2E_PORT ?? 18480}`;

const ifi = actorIfi;
const dbOf = actorDb;

/** RFC 9562 version 5 UUID, written here with Node's SHA-1. */
function uuidV5(namespace, name) {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(Buffer.concat([ns, Buffer.from(name, 'utf8')])).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
const URL_NS = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
const REPLAY_NS = uuidV5(URL_NS, 'https://bimtek-mandiri.id/xapi/replay');
const VERB = (v) => `http://adlnet.gov/expapi/verbs/${v}`;
const replayId = (actor, registration, object, verb) => uuidV5(REPLAY_NS, `${ifi(actor)}\n${registration}\n${object}\n${VERB(verb)}`);

/** Every row of `store` in database `db` (none when the database or store does not exist). */
async function rows(page, db, store) {
  return page.evaluate(([db, store]) => new Promise((resolve, reject) => {
    const open = indexedDB.open(db);
    open.onupgradeneeded = () => open.transaction.abort();
    open.onerror = () => resolve([]);
    open.onsuccess = () => {
      const d = open.result;
      if (!d.objectStoreNames.contains(store)) { d.close(); resolve([]); return; }
      const req = d.transaction(store).objectStore(store).getAll();
      req.onsuccess = () => { d.close(); resolve(req.result); };
      req.onerror = () => reject(req.error);
    };
  }), [db, store]);
}

const statuses = async (page) => {
  await page.goto('index.html#/');
  await expect(page.locator('#course-progress')).toBeVisible();
  return page.locator('.module-card .status').allTextContents();
};

let ralph;
test.beforeAll(async () => {
  expect(ralphInstalled(), 'Ralph is installed by scripts/setup.sh test').toBe(true);
  ralph = await startRalph({ origins: [appOrigin] });
});
test.afterAll(async () => { await ralph?.stop(); });

test('a shared PC: each launched learner has their own progress, the device keeps its own, and a new registration replays what was passed, once', async ({ browser, baseURL }, testInfo) => {
  test.setTimeout(300_000);
  fs.mkdirSync(shots, { recursive: true });
  const proxy = await lrsProxy(ralph.origin);
  const stored = () => ralph.statements().filter((s) => proxy.seen.includes(s.id));
  const launch = (actor, registration, hash = `#/modul/${M}`) => launchUrl(baseURL, { hash, endpoint: proxy.endpoint,
    auth: ralph.authFor(), actor, registration, activityId: ACTIVITY });
  const context = await browser.newContext({ baseURL });
  const errors = [];
  const page = async () => { const p = await context.newPage(); errors.push(collectErrors(p)); return p; };
  const body = await moduleBody(await page(), baseURL, M);

  // The device's own learner (no launch) reads one lesson of another module.
  const device = await page();
  await device.goto(`index.html#/modul/${OTHER}`);
  await appReady(device);
  await device.locator('.lesson-list a').first().click();
  await device.getByRole('link', { name: 'Selesai membaca' }).click();
  const deviceBefore = await statuses(device);
  expect(deviceBefore).toEqual(['Sedang belajar', 'Belum mulai', 'Belum mulai', 'Belum mulai']);
  await expect(device.locator('#learner-line')).toHaveCount(0);
  const deviceLessons = await rows(device, 'bimtek-mandiri', 'lessons');
  expect(deviceLessons.filter((l) => l.rec.read_at).map((l) => l.rec.module)).toEqual([OTHER]);

  // Ani, launched from the LMS in the same browser profile: her own line and no one's progress.
  const r1 = randomUUID();
  const ani = await page();
  await ani.goto(launch(ANI, r1));
  await appReady(ani);
  await expect(ani.locator('#learner-line')).toHaveText('Belajar sebagai Ani Lestari (dari LMS)');
  expect(await statuses(ani)).toEqual(['Belum mulai', 'Belum mulai', 'Belum mulai', 'Belum mulai']);
  // She passes the module: every lesson, then the quiz.
  await readLessons(ani, M);
  await openQuiz(ani, M);
  for (let i = 1; i <= 10; i++) {
    await answerCurrent(ani, body);
    await ani.getByRole('button', { name: i < 10 ? 'Soal berikutnya' : 'Lihat hasil' }).click();
  }
  await expect(ani.getByText('Selamat, Anda lulus modul ini.')).toBeVisible();
  expect(await statuses(ani)).toEqual(['Belum mulai', 'Lulus', 'Belum mulai', 'Belum mulai']);
  // Her progress is in her own database, named by a hash of her identifier; the e-mail is not in
  // the name, and the device's database did not change.
  const aniDb = dbOf(ANI);
  expect(aniDb).not.toContain('ani');
  const dbs = (await ani.evaluate(() => indexedDB.databases())).map((d) => d.name).sort();
  expect(dbs).toEqual(['bimtek-mandiri', aniDb].sort());
  const aniLessons = await rows(ani, aniDb, 'lessons');
  expect(aniLessons.map((l) => l.rec.module)).toEqual([M, M, M, M, M]);
  expect(await rows(ani, 'bimtek-mandiri', 'lessons')).toEqual(deviceLessons);
  // Leaving the module sends its `terminated`; everything of Ani's reaches the LRS.
  await ani.goto('index.html#/pengaturan');
  await expect(ani.locator('#learner-store')).toContainText('disimpan terpisah di peramban ini');
  await expect(ani.locator('#lrs-waiting')).toHaveAttribute('data-waiting', '0', { timeout: 30_000 });
  const aniFirst = stored().filter((s) => s.context?.registration === r1);
  const aniVerbs = aniFirst.map((s) => s.verb.id.split('/').pop());
  expect(aniVerbs.filter((v) => v === 'passed')).toHaveLength(1);
  expect(aniVerbs.filter((v) => v === 'completed')).toHaveLength(1);

  // Budi launches next in the same profile: none of Ani's progress, his own line.
  const r2 = randomUUID();
  const budi = await page();
  await budi.goto(launch(BUDI, r2));
  await appReady(budi);
  await expect(budi.locator('#learner-line')).toHaveText('Belajar sebagai Budi Santoso (dari LMS)');
  expect(await statuses(budi)).toEqual(['Belum mulai', 'Belum mulai', 'Belum mulai', 'Belum mulai']);
  await readLessons(budi, M, { to: 1 });
  await budi.goto('index.html#/pengaturan');
  await expect(budi.locator('#lrs-waiting')).toHaveAttribute('data-waiting', '0', { timeout: 30_000 });
  const budiStatements = stored().filter((s) => s.context?.registration === r2);
  // (Each visit to the module's pages ends with its `terminated`.)
  expect(budiStatements.map((s) => s.verb.id.split('/').pop()).filter((v) => v !== 'terminated')).toEqual(['initialized', 'progressed']);
  // His `progressed` reports his progress (1 of 5), not Ani's; nothing is replayed for him.
  const progressed = budiStatements.find((s) => s.verb.id.endsWith('/progressed'));
  expect(progressed.result.extensions['https://w3id.org/xapi/cmi5/result/extensions/progress']).toBe(20);
  // Ani's statements never carry Budi, and the other way round; nothing carries the device's
  // pseudonymous account.
  for (const s of stored()) {
    if (s.context?.registration === r2) expect(s.actor).toEqual({ objectType: 'Agent', ...BUDI });
    else expect(s.actor.mbox).toBe(ANI.mbox);
  }
  expect((await rows(budi, dbOf(BUDI), 'lessons')).filter((l) => l.rec.read_at).map((l) => l.rec.module)).toEqual([M]);
  expect(await rows(budi, aniDb, 'lessons')).toEqual(aniLessons);

  // The device's own learner, in a tab open all along and in a new one: as it was.
  expect(await statuses(device)).toEqual(deviceBefore);
  const deviceAgain = await page();
  await deviceAgain.goto('index.html');
  await appReady(deviceAgain);
  expect(await statuses(deviceAgain)).toEqual(deviceBefore);
  await expect(deviceAgain.locator('#learner-line')).toHaveCount(0);
  expect(await rows(deviceAgain, 'bimtek-mandiri', 'lessons')).toEqual(deviceLessons);

  // Ani comes back with a new registration (a new attempt in the LMS): her `completed` and
  // `passed` are sent again under it, with version 5 ids and the time they first happened.
  const r3 = randomUUID();
  const ani2 = await page();
  await ani2.goto(launch(ANI, r3));
  await appReady(ani2);
  expect(await statuses(ani2)).toEqual(['Belum mulai', 'Lulus', 'Belum mulai', 'Belum mulai']);
  const replayed = () => stored().filter((s) => s.context?.registration === r3 && ['completed', 'passed'].includes(s.verb.id.split('/').pop()));
  await expect.poll(() => replayed().length, { timeout: 30_000 }).toBe(2);
  const [completed, passed] = replayed();
  expect(completed.id).toBe(replayId(ANI, r3, ACTIVITY, 'completed'));
  expect(passed.id).toBe(replayId(ANI, r3, ACTIVITY, 'passed'));
  expect(passed.object.id).toBe(ACTIVITY);
  expect(passed.result.score.scaled).toBe(1);
  expect(passed.result.success).toBe(true);
  const lastRead = Math.max(...aniLessons.map((l) => l.rec.read_at));
  expect(Date.parse(completed.timestamp)).toBe(lastRead);
  const attempts = await rows(ani2, aniDb, 'attempts');
  expect(Date.parse(passed.timestamp)).toBe(Math.max(lastRead, Math.min(...attempts.map((a) => a.rec.finished_at))));
  const replayBodies = Object.fromEntries([completed, passed].map((s) => [s.id, proxy.requests.find((r) => r.id === s.id).body]));
  await ani2.screenshot({ path: path.join(shots, 'replay-home-id-light.png') });

  // The same registration again: nothing replayed twice (the `initialized` of this launch is the
  // positive control that the launch was read and its statements sent).
  const ani3 = await page();
  await ani3.goto(launch(ANI, r3));
  await appReady(ani3);
  const initialized = () => stored().filter((s) => s.context?.registration === r3 && s.verb.id.endsWith('/initialized'));
  await expect.poll(() => initialized().length, { timeout: 30_000 }).toBe(2);
  await ani3.goto('index.html#/pengaturan');
  await expect(ani3.locator('#lrs-waiting')).toHaveAttribute('data-waiting', '0', { timeout: 30_000 });
  expect(replayed()).toHaveLength(2);
  expect(proxy.requests.filter((r) => r.id in replayBodies)).toHaveLength(2);

  // Export from Ani's launch holds her progress only.
  const [download] = await Promise.all([
    ani3.waitForEvent('download'),
    ani3.getByRole('button', { name: 'Unduh berkas kemajuan' }).click(),
  ]);
  const file = testInfo.outputPath('ani.json');
  await download.saveAs(file);
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(exported.lessons.map((l) => l.module)).toEqual([M, M, M, M, M]);

  // In another browser (a second profile), Ani is launched with the same registration and
  // imports her file: the replay there is the same statements, byte for byte, which the LRS
  // keeps once.
  const other = await browser.newContext({ baseURL });
  const elsewhere = await other.newPage();
  errors.push(collectErrors(elsewhere));
  const r4 = randomUUID();
  await elsewhere.goto(launch(ANI, r4, '#/pengaturan'));
  await appReady(elsewhere);
  await elsewhere.locator('#import-file').setInputFiles(file);
  await elsewhere.getByRole('button', { name: 'Ganti dengan isi berkas' }).click();
  await expect(elsewhere.locator('#settings-message')).toContainText('sudah dipulihkan');
  // The import went into Ani's store of that browser, not its device's.
  expect(await rows(elsewhere, dbOf(ANI), 'lessons')).toHaveLength(5);
  expect(await rows(elsewhere, 'bimtek-mandiri', 'lessons')).toEqual([]);
  // The same launch link as the LMS gave before (a launch link opened in a tab showing the app
  // reloads it).
  await elsewhere.goto(launch(ANI, r3));
  await appReady(elsewhere);
  await expect.poll(() => proxy.requests.filter((r) => r.id in replayBodies).length, { timeout: 30_000 }).toBe(4);
  for (const r of proxy.requests.filter((x) => x.id in replayBodies)) expect(r.body).toBe(replayBodies[r.id]);
  await elsewhere.goto('index.html#/pengaturan');
  await expect(elsewhere.locator('#lrs-waiting')).toHaveAttribute('data-waiting', '0', { timeout: 30_000 });
  expect(await elsewhere.locator('#lrs-refused').count()).toBe(0);
  expect(replayed()).toHaveLength(2);
  expect(ralph.statements().filter((s) => s.id in replayBodies)).toHaveLength(2);
  await other.close();

  // Every statement Ralph received is valid xAPI by the independent validator.
  expect(stored().map((s) => [s.verb.id, xapiProblems(s)]).filter(([, p]) => p.length)).toEqual([]);
  const unexpected = errors.flat().filter((e) => !e.includes('net::ERR_CONNECTION_REFUSED'));
  expect(unexpected).toEqual([]);
  await context.close();
  await proxy.stop();
});

test('the learner\'s line in both languages and colour schemes at 360 px, axe 0; an unreadable actor keeps nothing', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const proxy = await lrsProxy(ralph.origin);
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  for (const [lang, words] of [['id', 'Belajar sebagai Ani Lestari (dari LMS)'], ['en', 'Learning as Ani Lestari (from the LMS)']]) {
    await page.goto(launchUrl(baseURL, { hash: `#/modul/${M}`, endpoint: proxy.endpoint, auth: ralph.authFor(), actor: ANI,
      registration: randomUUID() }).replace('index.html#', `index.html?lang=${lang}#`));
    await appReady(page);
    await expect(page.locator('#learner-line')).toHaveText(words);
    const size = await page.locator('#learner-line').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(size).toBeGreaterThanOrEqual(16);
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(axe.violations.map((v) => v.id), `${lang} ${scheme}`).toEqual([]);
      await page.screenshot({ path: path.join(shots, `line-${lang}-${scheme}.png`) });
    }
    // Settings says whose progress this is and what export, import and reset act on.
    await page.goto(`index.html?lang=${lang}#/pengaturan`);
    await expect(page.locator('#learner-store')).toContainText(lang === 'id' ? 'disimpan terpisah' : 'kept apart');
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(axe.violations.map((v) => v.id), `settings ${lang} ${scheme}`).toEqual([]);
    }
    await page.locator('#learner-store').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, `settings-${lang}.png`) });
  }
  // The page reads the actor with JSON.parse (the engine with serde: tests/lrs_actor.rs): the
  // LMS's other spellings are the same learners, the same stores.
  const stores = async (p) => (await p.evaluate(() => indexedDB.databases())).map((d) => d.name).filter((n) => n.includes(':lms-')).sort();
  expect(await stores(page)).toEqual([actorDb(ANI)]);
  for (const [actor, line, db] of [
    [{ name: ['Ani Lestari'], mbox: ['mailto:ani.lestari@contoh.go.id'] }, 'Learning as Ani Lestari (from the LMS)', actorDb(ANI)],
    [{ objectType: 'Agent', name: 'Budi Santoso', account: [{ accountServiceHomePage: BUDI.account.homePage, accountName: BUDI.account.name }] },
      'Learning as Budi Santoso (from the LMS)', actorDb(BUDI)],
    [{ account: { homePage: BUDI.account.homePage, name: BUDI.account.name } }, 'Learning as budi.s (from the LMS)', actorDb(BUDI)],
  ]) {
    await page.goto(launchUrl(baseURL, { hash: `#/modul/${M}`, endpoint: proxy.endpoint, auth: ralph.authFor(), actor,
      registration: randomUUID() }).replace('index.html#', 'index.html?lang=en#'));
    await appReady(page);
    await expect(page.locator('#learner-line')).toHaveText(line);
    expect(await stores(page)).toContain(db);
  }
  expect(await stores(page)).toEqual([actorDb(ANI), actorDb(BUDI)].sort());

  // An actor that is not an Agent with one identifier, or with a member of the wrong type: the
  // launch is refused (Settings names it), nothing of anyone is shown and nothing is kept.
  for (const actor of [{ name: 'Tanpa pengenal' }, { name: 5, mbox: 'mailto:ani.lestari@contoh.go.id' }]) {
    const p = await context.newPage();
    await p.goto(launchUrl(baseURL, { hash: `#/modul/${M}`, endpoint: proxy.endpoint, auth: ralph.authFor(), actor,
      registration: randomUUID() }));
    await appReady(p);
    await expect(p.locator('#storage-no-learner')).toContainText('tidak dapat dibaca');
    await expect(p.locator('#learner-line')).toHaveCount(0);
    await p.close();
  }
  const fresh = await context.newPage();
  await fresh.goto(launchUrl(baseURL, { hash: `#/modul/${M}`, endpoint: proxy.endpoint, auth: ralph.authFor(),
    actor: { name: 'Tanpa pengenal' }, registration: randomUUID() }));
  await appReady(fresh);
  await expect(fresh.locator('#storage-no-learner')).toContainText('tidak dapat dibaca');
  await expect(fresh.locator('#learner-line')).toHaveCount(0);
  const before = (await fresh.evaluate(() => indexedDB.databases())).map((d) => d.name).sort();
  await fresh.locator('.lesson-list a').first().click();
  await fresh.getByRole('link', { name: 'Selesai membaca' }).click();
  await fresh.goto('index.html#/pengaturan');
  await expect(fresh.locator('#lrs-problem')).toContainText('Tautan peluncuran LRS ditolak');
  expect((await fresh.evaluate(() => indexedDB.databases())).map((d) => d.name).sort()).toEqual(before);
  await context.close();
  await proxy.stop();
});

test('statements left in a launched learner\'s store when her tab closed are sent by the next learner\'s session, as hers, to her LRS', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const proxy = await lrsProxy(ralph.origin);
  const launch = (actor, hash) => launchUrl(baseURL, { hash, endpoint: proxy.endpoint, auth: ralph.authFor(), actor,
    registration: randomUUID(), activityId: ACTIVITY });
  const context = await browser.newContext({ baseURL });
  const errors = [];
  const page = async () => { const p = await context.newPage(); errors.push(collectErrors(p)); return p; };

  // Ani reads a lesson while the LRS cannot be reached; her tab closes with it waiting.
  await proxy.stop();
  const ani = await page();
  await ani.goto(launch(ANI, `#/modul/${M}/pelajaran/mawas-diri`));
  await appReady(ani);
  await ani.getByRole('link', { name: 'Selesai membaca' }).click();
  await expect(ani.getByText('Pelajaran 3 dari 5')).toBeVisible();
  await expect.poll(async () => (await rows(ani, actorDb(ANI), 'outbox')).length).toBeGreaterThanOrEqual(2);
  const waiting = (await rows(ani, actorDb(ANI), 'outbox')).map((r) => r.id);
  await ani.close();

  // The LRS is back; Budi is launched in the same browser. His session sends Ani's statements
  // (hers, to the endpoint and with the credentials stored with them), not as his.
  await proxy.start();
  const budi = await page();
  await budi.goto(launch(BUDI, `#/modul/${M}`));
  await appReady(budi);
  await expect.poll(() => waiting.filter((id) => proxy.seen.includes(id)).length, { timeout: 30_000 }).toBe(waiting.length);
  await expect.poll(async () => (await rows(budi, actorDb(ANI), 'outbox')).length).toBe(0);
  const hers = ralph.statements().filter((s) => waiting.includes(s.id));
  expect(hers).toHaveLength(waiting.length);
  for (const s of hers) expect(s.actor.mbox).toBe(ANI.mbox);
  expect(hers.map((s) => s.verb.id.split('/').pop())).toContain('progressed');
  // Budi's Settings counts his own statements only, and his progress shows none of hers.
  await budi.goto('index.html#/pengaturan');
  await expect(budi.locator('#lrs-waiting')).toHaveAttribute('data-waiting', '0', { timeout: 30_000 });
  expect(await statuses(budi)).toEqual(['Belum mulai', 'Belum mulai', 'Belum mulai', 'Belum mulai']);
  const unexpected = errors.flat().filter((e) => !e.includes('net::ERR_CONNECTION_REFUSED'));
  expect(unexpected).toEqual([]);
  await context.close();
  await proxy.stop();
});
