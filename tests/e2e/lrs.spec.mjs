// xAPI to a trainer's LRS (issue 14, docs/design.md contract 11), end to end against a real
// LRS: Ralph 5.1.0 (tests/e2e/lrs.mjs) on 127.0.0.1 with basic auth and CORS for the app,
// behind a test-owned recording proxy. A Moodle-style launch (mod_tincanlaunch's query) and a
// deployment's lrs.json; a stopped LRS, a closed page, wrong credentials, a refused statement.
// Issue 27 (contract 11 version 2): the lesson as object of `progressed`, answers as
// `cmi.interaction`, durations, `terminated` and `suspended` (stored from `pagehide` itself:
// the closed page's one arrives), IRIs from the pack; every statement Ralph received passes
// the independent validator (xapi-check.mjs).
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appReady, collectErrors } from './support.mjs';
import { moduleBody, answerCurrent } from './quiz-helpers.mjs';
import { faultServer } from './fault-server.mjs';
import { startRalph, lrsProxy, launchUrl, outboxRows, ralphInstalled, actorDb } from './lrs.mjs';
import { xapiProblems } from './xapi-check.mjs';

const M = 'agen-perubahan';
const ACTIVITY = 'https://moodle.contoh.go.id/mod/tincanlaunch/view.php?id=7';
const ACTOR = { objectType: 'Agent', name: 'Peserta Uji', mbox: 'mailto:peserta.uji@contoh.go.id' };
/** The launched actor's own database (issue 27, item 3: progress and outbox per launch actor). */
const ACTOR_DB = actorDb(ACTOR);
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');
const appOrigin = `http://127.0.0.1:${process.env.E2E_PORT ?? 18480}`;

let ralph;
let site;

test.beforeAll(async () => {
  expect(ralphInstalled(), 'Ralph is installed by scripts/setup.sh test').toBe(true);
  // A second deployment of the same dist/ with an lrs.json (the fault server serves overrides).
  site = await faultServer({ '/belajar/bimtek/': dist });
  ralph = await startRalph({ origins: [appOrigin, site.origin] });
});
test.afterAll(async () => {
  await ralph?.stop();
  await site?.close();
});

/** What Ralph stored for this test: statements whose id the test's proxy forwarded. */
const storedVia = (proxy) => ralph.statements().filter((s) => proxy.seen.includes(s.id));

/** The independent validator's findings on every statement `proxy` forwarded, by verb. */
const problemsVia = (proxy) => storedVia(proxy).map((s) => [s.verb.id.split('/').pop(), xapiProblems(s)])
  .filter(([, p]) => p.length);

/** The pack's canonical IRIs (contract 11 version 2): never the site's address. */
const IRI = `https://bimtek-mandiri.id/xapi/inti/${M}`;

/** Starts the quiz of the page's module (the launch opened `#/modul/<id>/kuis`). */
async function startQuiz(page) {
  const start = page.getByRole('button', { name: /Mulai kuis|Ulangi kuis|Start quiz/ });
  const question = page.locator('.question-prompt');
  await expect(start.or(question)).toBeVisible();
  if (await start.isVisible()) await start.click();
  await expect(question).toBeVisible();
}

/** Answers `n` questions, moving on after each. */
async function answer(page, body, n) {
  for (let i = 0; i < n; i += 1) {
    await answerCurrent(page, body, { correct: i % 2 === 0 });
    await page.getByRole('button', { name: 'Soal berikutnya' }).click();
    await expect(page.locator('.question-prompt')).toBeVisible();
  }
}

const waiting = (page) => page.locator('#lrs-waiting').getAttribute('data-waiting').then(Number);

test('statements reach the LRS exactly once and in order, across a stopped LRS and a closed page', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  const proxy = await lrsProxy(ralph.origin);
  const registration = randomUUID();
  const body = await moduleBody(page, baseURL, M);
  // mod_tincanlaunch appends its query to the launch URL as written: after the hash here.
  await page.goto(launchUrl(baseURL, { hash: `#/modul/${M}/kuis`, endpoint: proxy.endpoint, auth: ralph.authFor(),
    actor: ACTOR, registration, activityId: ACTIVITY }));
  await appReady(page);
  // The credentials left the address bar at once; the route stayed.
  expect(page.url()).not.toContain('auth=');
  expect(page.url()).not.toContain('endpoint=');
  expect(page.url()).toContain(`#/modul/${M}/kuis`);
  await startQuiz(page);
  await answer(page, body, 2);
  // initialized (the launch) + 2 answered, while the LRS is up.
  await expect.poll(() => storedVia(proxy).length, { timeout: 20_000 }).toBe(3);
  // ...and the app has had the LRS's answers (stored by the LRS is not yet acknowledged to the
  // app: a statement whose answer is lost stays queued and is sent again, which is right, but
  // this test counts the ones queued after the LRS stops).
  await expect.poll(async () => (await outboxRows(page, ACTOR_DB)).length, { timeout: 20_000 }).toBe(0);

  // The LRS goes away (connections refused); the learner keeps answering.
  await proxy.stop();
  await ralph.stop();
  await answer(page, body, 2);
  await expect.poll(async () => (await outboxRows(page, ACTOR_DB)).filter((r) => r.wait === 0).length).toBe(2);
  const queued = (await outboxRows(page, ACTOR_DB)).filter((r) => r.wait === 0);
  // Closing the page ends the module session: its `suspended` is stored from `pagehide`.
  await page.close();

  // The learner is launched again (Moodle opens a new window; to Settings, so no new
  // `initialized`): the outbox of their own store still knows where its statements go. (A tab
  // without the launch opens the device's store, which holds none of them: docs/lrs.md.)
  const again = await context.newPage();
  const errorsAgain = collectErrors(again);
  await again.goto(launchUrl(baseURL, { hash: '#/pengaturan', endpoint: proxy.endpoint, auth: ralph.authFor(),
    actor: ACTOR, registration, activityId: ACTIVITY }));
  await appReady(again);
  await expect(again.locator('#lrs-waiting')).toHaveAttribute('data-waiting', '3');
  await expect(again.locator('#lrs-target')).toContainText(proxy.endpoint);
  await ralph.start();
  await proxy.start();
  await expect.poll(() => storedVia(proxy).length, { timeout: 60_000 }).toBe(6);
  await expect(again.locator('#lrs-waiting')).toHaveAttribute('data-waiting', '0');
  await expect(again.locator('#lrs-last')).toContainText('Terakhir diterima LRS');

  const stored = storedVia(proxy);
  // Exactly once, in the order they happened.
  expect(new Set(stored.map((s) => s.id)).size).toBe(6);
  expect(stored.map((s) => s.verb.id.split('/').pop())).toEqual(['initialized', 'answered', 'answered', 'answered', 'answered', 'suspended']);
  const times = stored.map((s) => Date.parse(s.timestamp));
  expect([...times].sort((a, b) => a - b)).toEqual(times);
  expect(stored.slice(3, 5).map((s) => s.id)).toEqual(queued.map((r) => r.id));
  // Answers as cmi.interaction, with the learner's response and the time it took; the
  // session's visible time on `suspended` (the launched activity is its object).
  for (const a of stored.slice(1, 5)) {
    const d = a.object.definition;
    expect(d.type).toBe('http://adlnet.gov/expapi/activities/cmi.interaction');
    expect(['choice', 'true-false', 'sequencing', 'matching']).toContain(d.interactionType);
    expect(d.correctResponsesPattern).toHaveLength(1);
    expect(typeof a.result.response).toBe('string');
    expect(a.result.duration).toMatch(/^PT(\d+M)?[\d.]+S$/);
    expect(a.object.id).toMatch(new RegExp(`^${IRI}/soal/`));
  }
  expect(stored[5].object.id).toBe(ACTIVITY);
  expect(stored[5].result.duration).toMatch(/^PT/);
  expect(problemsVia(proxy)).toEqual([]);
  // The launch's actor, registration and activity.
  for (const s of stored) {
    expect(s.actor.mbox).toBe(ACTOR.mbox);
    expect(s.context.registration).toBe(registration);
  }
  expect(stored[0].object.id).toBe(ACTIVITY);
  expect(stored[1].context.contextActivities.parent[0].id).toBe(ACTIVITY);
  // Every request: PUT …/statements?statementId=…, the version header, JSON, the credentials.
  const puts = proxy.requests.filter((r) => r.method === 'PUT');
  for (const r of puts) {
    expect(r.path).toBe('/xAPI/statements');
    expect(r.version).toBe('1.0.3');
    expect(r.contentType).toBe('application/json');
    expect(r.auth).toBe(ralph.authFor());
  }
  // What was stored when the answer was given is what was sent, byte for byte.
  for (const row of queued) {
    const sent = puts.filter((r) => r.id === row.id);
    expect(sent.length).toBeGreaterThan(0);
    for (const r of sent) expect(r.body).toBe(row.body);
  }
  // No error but the refused connections of the stopped LRS (Chromium logs each).
  const unexpected = (list) => list.filter((e) => !e.includes('net::ERR_CONNECTION_REFUSED'));
  expect(unexpected(errors)).toEqual([]);
  expect(unexpected(errorsAgain)).toEqual([]);
});

test('a 503 with Retry-After is retried later with the same bytes', async ({ page, baseURL }) => {
  const proxy = await lrsProxy(ralph.origin);
  const body = await moduleBody(page, baseURL, M);
  await page.goto(launchUrl(baseURL, { hash: `#/modul/${M}/kuis`, endpoint: proxy.endpoint, auth: ralph.authFor(),
    registration: randomUUID() }));
  await startQuiz(page);
  await expect.poll(() => storedVia(proxy).length).toBe(1);
  proxy.unavailableOnce();
  await answer(page, body, 1);
  await expect.poll(() => storedVia(proxy).length, { timeout: 20_000 }).toBe(2);
  const id = storedVia(proxy)[1].id;
  const tries = proxy.requests.filter((r) => r.id === id);
  expect(tries.length).toBe(2);
  expect(tries[1].body).toBe(tries[0].body);
  // Retry-After: 3 (longer than the app's own first wait of 2 s) is honoured.
  expect(tries[1].at - tries[0].at).toBeGreaterThanOrEqual(3000);
  // Without a launch actor: the pseudonymous account, the same one for every statement.
  const actors = storedVia(proxy).map((s) => JSON.stringify(s.actor));
  expect(new Set(actors).size).toBe(1);
  expect(storedVia(proxy)[0].actor.account.homePage).toBe(`${baseURL}index.html`);
});

test('an LRS that takes a statement and never answers holds back nothing; the statement is sent again, once', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const proxy = await lrsProxy(ralph.origin);
  const body = await moduleBody(page, baseURL, M);
  await page.goto(launchUrl(baseURL, { hash: `#/modul/${M}/kuis`, endpoint: proxy.endpoint, auth: ralph.authFor(),
    registration: randomUUID() }));
  await startQuiz(page);
  await expect.poll(() => storedVia(proxy).length).toBe(1);
  proxy.hangOnce();
  // The learner goes on while the LRS hangs: answers are saved as ever.
  await answer(page, body, 3);
  await expect(page.locator('.question-prompt')).toBeVisible();
  const hungId = proxy.seen[1];
  expect(proxy.requests.filter((r) => r.id === hungId)).toHaveLength(1);
  // After the send's time limit the same bytes go again, and everything arrives once, in order.
  await expect.poll(() => storedVia(proxy).length, { timeout: 60_000 }).toBe(4);
  const tries = proxy.requests.filter((r) => r.id === hungId);
  expect(tries.length).toBe(2);
  expect(tries[1].body).toBe(tries[0].body);
  expect(storedVia(proxy).map((s) => s.id)).toEqual(proxy.seen.slice(0, 4));
  expect(new Set(storedVia(proxy).map((s) => s.id)).size).toBe(4);
  await proxy.stop();
});

test('wrong credentials: the learner reads it in Settings, and the records go once it is fixed', async ({ page, context, baseURL }) => {
  const proxy = await lrsProxy(ralph.origin);
  const body = await moduleBody(page, baseURL, M);
  const registration = randomUUID();
  const wrong = `Basic ${Buffer.from('pelatih:salah').toString('base64')}`;
  await page.goto(launchUrl(baseURL, { hash: `#/modul/${M}/kuis`, endpoint: proxy.endpoint, auth: wrong, actor: ACTOR,
    registration, activityId: ACTIVITY }));
  await startQuiz(page);
  await answer(page, body, 1);
  // Leaving the module's pages ends its session (`terminated`): three refused.
  await page.goto('index.html#/pengaturan');
  await expect(page.locator('#lrs-credentials')).toContainText('LRS menolak kredensial pelatih (HTTP 401)');
  await expect(page.locator('#lrs-refused')).toHaveAttribute('data-refused', '3');
  // The card with its refusals passes axe (WCAG 2.2 A/AA), like every screen (a11y.spec.mjs).
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id), scheme).toEqual([]);
  }
  await expect(page.locator('#lrs-refused li').first()).toContainText('HTTP 401');
  await expect(page.locator('#lrs-waiting')).toHaveAttribute('data-waiting', '0');
  expect(storedVia(proxy)).toEqual([]);
  // The trainer fixes the link; the learner launches again (Moodle opens a new window) and
  // sends the refused ones with the new credentials.
  const relaunched = await context.newPage();
  await relaunched.goto(launchUrl(baseURL, { hash: '#/pengaturan', endpoint: proxy.endpoint, auth: ralph.authFor(),
    actor: ACTOR, registration, activityId: ACTIVITY }));
  await expect(relaunched.locator('#lrs-refused')).toHaveAttribute('data-refused', '3');
  await relaunched.getByRole('button', { name: 'Kirim ulang yang tidak diterima' }).click();
  await expect.poll(() => storedVia(proxy).length, { timeout: 20_000 }).toBe(3);
  await expect(relaunched.locator('#lrs-refused')).toHaveCount(0);
  expect(storedVia(proxy).map((s) => s.verb.id.split('/').pop())).toEqual(['initialized', 'answered', 'terminated']);
  expect(problemsVia(proxy)).toEqual([]);
});

test('a statement the LRS refuses (422) is listed with its reason; the rest still flow', async ({ page, baseURL }) => {
  // The proxy refuses the second statement (the first answer); Ralph takes the others.
  const proxy = await lrsProxy(ralph.origin, { refuse: (_, n) => n === 2 });
  const body = await moduleBody(page, baseURL, M);
  await page.goto(launchUrl(baseURL, { hash: `#/modul/${M}/kuis`, endpoint: proxy.endpoint, auth: ralph.authFor(),
    actor: ACTOR, registration: randomUUID(), activityId: ACTIVITY }));
  await startQuiz(page);
  await answer(page, body, 3);
  await expect.poll(() => storedVia(proxy).length, { timeout: 20_000 }).toBe(3);
  const refusedId = proxy.seen[1];
  expect(storedVia(proxy).map((s) => s.id)).toEqual([proxy.seen[0], proxy.seen[2], proxy.seen[3]]);
  await page.goto('index.html?lang=en#/pengaturan');
  await expect(page.locator('#lrs-refused')).toHaveAttribute('data-refused', '1');
  await expect(page.locator('#lrs-refused h3')).toHaveText('Not accepted by the LRS (1)');
  await expect(page.locator('#lrs-refused li')).toContainText('answered');
  await expect(page.locator('#lrs-refused li')).toContainText('HTTP 422: Pernyataan ditolak oleh uji (422) (body.result)');
  await expect(page.locator('#lrs-credentials')).toHaveCount(0);
  await expect(page.locator('#lrs-waiting')).toHaveText('No records are waiting to be sent.');
  // Leaving the module sent its `terminated` too; only the refused answer stays.
  await expect.poll(() => storedVia(proxy).length, { timeout: 20_000 }).toBe(4);
  await expect.poll(async () => (await outboxRows(page, ACTOR_DB)).map((r) => r.id)).toEqual([refusedId]);
  const rows = await outboxRows(page, ACTOR_DB);
  expect(rows[0].refused.status).toBe(422);
});

test('lrs.json: a configured LRS gets statements under a random id, never the name or NIP', async ({ page }) => {
  const proxy = await lrsProxy(ralph.origin);
  site.override('/belajar/bimtek/', 'lrs.json', { body: JSON.stringify({ format: 'bimtek-lrs', version: 1,
    endpoint: proxy.endpoint, auth: ralph.authFor() }) });
  const base = site.url();
  const body = await moduleBody(page, base, M);
  await page.goto(`${base}index.html#/bukti`);
  await page.getByLabel('Nama lengkap').fill('Siti Aminah');
  await page.getByLabel(/^NIP/).fill('198501012010012001');
  await page.getByRole('button', { name: 'Simpan data diri' }).click();
  await expect(page.getByText('Data diri tersimpan di perangkat ini.')).toBeVisible();
  await page.goto(`${base}index.html#/modul/${M}/kuis`);
  await startQuiz(page);
  await answer(page, body, 2);
  await expect.poll(() => storedVia(proxy).length, { timeout: 20_000 }).toBe(2);
  const text = JSON.stringify(storedVia(proxy));
  expect(text).not.toContain('Siti');
  expect(text).not.toContain('198501012010012001');
  for (const s of storedVia(proxy)) {
    expect(Object.keys(s.actor).sort()).toEqual(['account', 'objectType']);
    expect(s.actor.account.homePage).toBe(`${base}index.html`);
    // No launch: no registration; the question's parents are the pack's, not the site's.
    expect(s.context.registration).toBeUndefined();
    expect(s.context.contextActivities.parent[0].id).toBe(`${IRI}/kuis`);
    expect(JSON.stringify(s.object)).not.toContain(base);
  }
  expect(problemsVia(proxy)).toEqual([]);
  await page.goto(`${base}index.html#/pengaturan`);
  await expect(page.locator('#lrs-target')).toContainText(`${proxy.endpoint} (diatur oleh pengelola situs dalam lrs.json)`);
  // The export never holds the LRS's credentials or the statements.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh berkas kemajuan' }).click(),
  ]);
  const exported = fs.readFileSync(await download.path(), 'utf8');
  expect(exported).not.toContain(ralph.authFor().split(' ')[1]);
  expect(exported).not.toContain(proxy.endpoint);
  site.clear();
});

test('a site that no longer sets an LRS: the start-up only counts the outbox (no engine), and Settings still lists what was refused', async ({ page }) => {
  // The refusal happens while lrs.json sets an LRS (the proxy refuses the first answer).
  const proxy = await lrsProxy(ralph.origin, { refuse: (_, n) => n === 2 });
  site.override('/belajar/bimtek/', 'lrs.json', { body: JSON.stringify({ format: 'bimtek-lrs', version: 1,
    endpoint: proxy.endpoint, auth: ralph.authFor() }) });
  const base = site.url();
  const body = await moduleBody(page, base, M);
  await page.goto(`${base}index.html#/modul/${M}/kuis`);
  await startQuiz(page);
  await answer(page, body, 2);
  // Leaving the module ends its session (one more statement); the LRS still takes that one.
  // Then only the refused answer is left in the outbox.
  await page.goto(`${base}index.html#/pengaturan`);
  await expect.poll(async () => (await outboxRows(page, 'bimtek-mandiri')).map((r) => Boolean(r.refused)),
    { timeout: 20_000 }).toEqual([true]);
  // The deployer removes the LRS. A fresh page: nothing waits, so the engine's chunk is not
  // fetched; Settings reads the outbox when it opens and lists the refused statement.
  site.clear();
  const engine = [];
  page.on('request', (r) => { if (/split_lrs/.test(r.url())) engine.push(r.url()); });
  await page.goto('about:blank');
  await page.goto(`${base}index.html#/pengaturan`);
  await expect(page.locator('#lrs-target')).toContainText('Sesi ini tidak terhubung ke LRS');
  await expect(page.locator('#lrs-refused')).toHaveAttribute('data-refused', '1');
  await expect(page.locator('#lrs-refused li')).toContainText('HTTP 422');
  await expect(page.locator('#lrs-waiting')).toHaveAttribute('data-waiting', '0');
  expect(engine).toEqual([]);
});

test('lessons read, module sessions and the closed page\'s session reach the LRS as issue 27 asks, under the pack\'s IRIs', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  const proxy = await lrsProxy(ralph.origin);
  site.override('/belajar/bimtek/', 'lrs.json', { body: JSON.stringify({ format: 'bimtek-lrs', version: 1,
    endpoint: proxy.endpoint, auth: ralph.authFor() }) });
  const base = site.url();
  const body = await moduleBody(page, base, M);
  const [first, second] = body.lessons;
  await page.goto(`${base}index.html#/modul/${M}/pelajaran/${first.id}`);
  await appReady(page);
  await page.locator('#finish-reading').click();
  await expect(page).toHaveURL(new RegExp(`#/modul/${M}/pelajaran/${second.id}$`));
  // Home: the module session ends (`terminated`).
  await page.goto(`${base}index.html#/`);
  await expect.poll(() => storedVia(proxy).length, { timeout: 20_000 }).toBe(2);
  const [progressed, terminated] = storedVia(proxy);
  expect(progressed.verb.id).toBe('http://adlnet.gov/expapi/verbs/progressed');
  expect(progressed.object.id).toBe(`${IRI}/pelajaran/${first.id}`);
  expect(progressed.object.definition).toEqual({ name: { 'id-ID': first.title }, type: 'http://adlnet.gov/expapi/activities/lesson' });
  expect(progressed.context.contextActivities.parent).toEqual([{ objectType: 'Activity', id: IRI }]);
  expect(progressed.result.extensions['https://w3id.org/xapi/cmi5/result/extensions/progress'])
    .toBe(Math.floor(100 / body.lessons.length));
  expect(progressed.result.duration).toMatch(/^PT/);
  expect(terminated.verb.id).toBe('http://adlnet.gov/expapi/verbs/terminated');
  expect(terminated.object.id).toBe(IRI);
  expect(terminated.result.duration).toMatch(/^PT/);
  // A new session in the module, then the page goes to another site: `suspended` is stored
  // from pagehide and sent when the app opens again.
  await page.goto(`${base}index.html#/modul/${M}`);
  await expect(page.locator('#page-title')).toBeVisible();
  await page.goto('about:blank');
  await page.goto(`${base}index.html#/pengaturan`);
  await expect.poll(() => storedVia(proxy).length, { timeout: 30_000 }).toBe(3);
  const suspended = storedVia(proxy)[2];
  expect(suspended.verb.id).toBe('http://adlnet.gov/expapi/verbs/suspended');
  expect(suspended.object.id).toBe(IRI);
  expect(suspended.result.duration).toMatch(/^PT/);
  expect(problemsVia(proxy)).toEqual([]);
  expect(errors).toEqual([]);
  site.clear();
});

test('the LRS engine\'s chunk fails to load: the app works, Settings says so, and the answer waits and is sent once it loads', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const proxy = await lrsProxy(ralph.origin);
  const config = { body: JSON.stringify({ format: 'bimtek-lrs', version: 1, endpoint: proxy.endpoint, auth: ralph.authFor() }) };
  const engine = fs.readdirSync(dist).find((f) => /^bimtek-split_lrs-[0-9a-f]{16}\.wasm$/.test(f));
  expect(engine, 'the LRS engine is a chunk of its own').toBeTruthy();
  site.override('/belajar/bimtek/', 'lrs.json', config);
  site.override('/belajar/bimtek/', engine, { status: 503 });
  const base = site.url();
  const body = await moduleBody(page, base, M);
  await page.goto(`${base}index.html#/modul/${M}/kuis`);
  await appReady(page);
  await startQuiz(page);
  await answer(page, body, 1);
  await page.goto(`${base}index.html#/pengaturan`);
  await expect(page.locator('#lrs-problem')).toContainText('Bagian aplikasi yang mengirim catatan ke LRS belum dapat dimuat');
  expect(storedVia(proxy)).toEqual([]);
  // The host has the file again: within the retry the engine is in, and the answer made
  // while it was missing is sent, once; the message goes.
  site.clear();
  site.override('/belajar/bimtek/', 'lrs.json', config);
  await expect.poll(() => storedVia(proxy).length, { timeout: 40_000 }).toBe(1);
  expect(storedVia(proxy)[0].verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
  await expect(page.locator('#lrs-problem')).toHaveCount(0);
  expect(errors).toEqual([]);
  site.clear();
});

test('hostile launch values are refused and named; nothing is queued; the address bar is cleaned', async ({ page, baseURL }) => {
  const body = await moduleBody(page, baseURL, M);
  await page.goto(launchUrl(baseURL, { hash: `#/modul/${M}/kuis`, endpoint: 'javascript:alert(1)//', auth: 'Basic eDp5' }));
  await appReady(page);
  expect(page.url()).not.toContain('javascript');
  expect(page.url()).not.toContain('auth=');
  await startQuiz(page);
  await answer(page, body, 1);
  await page.goto('index.html#/pengaturan');
  await expect(page.locator('#lrs-problem')).toContainText('Tautan peluncuran LRS ditolak');
  await expect(page.locator('#lrs-problem')).toContainText('hanya alamat http:// atau https://');
  expect(await outboxRows(page)).toEqual([]);
  // An LRS this build's CSP does not allow (connect-src): named, nothing made for it.
  await page.goto(launchUrl(baseURL, { hash: '#/pengaturan', endpoint: 'http://localhost:9/xAPI/', auth: 'Basic eDp5' }));
  await expect(page.locator('#lrs-problem')).toContainText('connect-src');
  await expect(page.locator('#lrs-problem')).toContainText('http://localhost:9');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("connect-src 'self' https: http://127.0.0.1:*;");
});
