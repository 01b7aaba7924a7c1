// Issue 27, items 1 and 2: the learner's "Kirim ke pelatih" (one file, contract 13, through the
// Web Share API or a download, only on the learner's press) and the trainer's "Rekap kelas"
// (#/pelatih/rekap): learners' files made through the real UI on three browser profiles (one
// fails, one passes, one passes after a retake), a file cut off on the way and a hostile one,
// 200 files at once, an LRS export; the class table, the item analysis, the charts, the RTLs and
// KBK worksheets, CSV and XLSX read back and compared cell by cell; id/en, light/dark, axe,
// offline after one visit. Screenshots at 360×640 go to $BIMTEK_SHOTS/rekap/.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { appReady, collectErrors, serveDir } from './support.mjs';
import { faultServer } from './fault-server.mjs';
import { bin as ralphBin, ralphInstalled, startRalph } from './lrs.mjs';
import { scratchDir } from './scratch.mjs';
import { moduleBody, answerCurrent, openQuiz, readLessons } from './quiz-helpers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const M = 'pemerintahan-bersih';
/** Its pre-test's items (content/inti/pemerintahan-bersih/module.toml). */
const PRETEST_ITEMS = 6;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const shots = path.join(process.env.BIMTEK_SHOTS ?? path.join(os.tmpdir(), 'bimtek-screens'), 'rekap');

/** A stub of the Web Share API: 'none' (no API: the app downloads), 'txt' (files are shared
 * only as text/plain, as Chrome on Android does), 'any'. What was shared lands in
 * `window.__shared`, each file's text included. */
async function stubShare(context) {
  await context.addInitScript(() => {
    window.__shareMode = 'none';
    window.__shared = [];
    const share = async (data) => {
      const files = [];
      for (const f of data.files ?? []) files.push({ name: f.name, type: f.type, text: await f.text() });
      window.__shared.push({ title: data.title, text: data.text, files });
    };
    const canShare = (data) => window.__shareMode === 'any'
      || (data.files ?? []).every((f) => f.type === 'text/plain');
    for (const [key, fn] of [['share', share], ['canShare', canShare]]) {
      Object.defineProperty(Navigator.prototype, key, {
        configurable: true,
        get() { return window.__shareMode === 'none' ? undefined : fn; },
      });
    }
  });
}

/** Takes the pre-test of M from its page: the first `right` items right, the rest wrong. */
async function pretest(page, body, right) {
  await page.goto(`index.html#/modul/${M}/kuis/pretest`);
  await page.getByRole('button', { name: 'Mulai pre-test' }).click();
  const n = PRETEST_ITEMS;
  for (let i = 1; i <= n; i++) {
    await expect(page.getByText(`Soal ${i} dari ${n}`)).toBeVisible();
    await answerCurrent(page, body, { correct: i <= right, submit: 'Simpan dan lanjut', feedback: false });
  }
  await expect(page.locator('#pretest-status')).toContainText('Pre-test selesai');
}

/** One post-test attempt with the first `right` questions right; returns the questions asked
 * with whether each was answered right. */
async function attempt(page, body, right) {
  await openQuiz(page, M);
  const asked = [];
  for (let i = 1; i <= 10; i++) {
    const q = await answerCurrent(page, body, { correct: i <= right });
    asked.push([q.id, i <= right]);
    await page.getByRole('button', { name: i < 10 ? 'Soal berikutnya' : 'Lihat hasil' }).click();
  }
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hasil kuis');
  return asked;
}

/** A learner on a browser profile of their own: the pre-test (`pre` items right), every lesson,
 * post-test attempts (`attempts`: how many right in each), optionally a plan; then the profile
 * and "Kirim ke pelatih". Returns the file's name and text, and what was asked. */
async function learnerFile(browser, baseURL, learner) {
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 640 } });
  await stubShare(context);
  const page = await context.newPage();
  const errors = collectErrors(page);
  try {
    const body = await moduleBody(page, baseURL, M);
    await page.goto('index.html');
    await appReady(page);
    if (learner.pre !== undefined) await pretest(page, body, learner.pre);
    await readLessons(page, M);
    const asked = [];
    for (const right of learner.attempts) asked.push(await attempt(page, body, right));
    if (learner.plan) {
      await page.goto(`index.html#/modul/${M}/rtl`);
      await page.getByLabel('Apa yang akan saya ubah dalam pekerjaan saya').fill(learner.plan);
      await page.getByLabel('Langkah pertama').fill('Rapat dengan tim');
      await page.getByRole('button', { name: 'Simpan RTL' }).click();
      await expect(page.locator('#rtl-message')).toHaveText('RTL tersimpan.');
    }
    if (learner.lrs) {
      // Every statement in the LRS before this profile's browser goes away.
      await page.goto('index.html#/pengaturan');
      await expect.poll(() => page.locator('#lrs-waiting').getAttribute('data-waiting').then(Number), { timeout: 30_000 }).toBe(0);
    }
    await page.goto('index.html#/bukti');
    await page.getByLabel('Nama lengkap').fill(learner.name);
    await page.getByLabel(/^NIP/).fill(learner.nip ?? '');
    await page.getByLabel('Unit kerja / OPD').fill(learner.unit);
    await page.getByRole('button', { name: 'Simpan data diri' }).click();
    await expect(page.locator('#record-message')).toContainText('Data diri tersimpan');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Kirim ke pelatih' }).click(),
    ]);
    const name = download.suggestedFilename();
    await expect(page.locator('#send-message')).toContainText(name);
    const text = fs.readFileSync(await download.path(), 'utf8');
    expect(errors).toEqual([]);
    return { name, text, asked };
  } finally {
    await context.close();
  }
}

test('"Kirim ke pelatih": one file with what the trainer needs, only on the learner\'s press, as JSON or as a text file', async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 640 } });
  await stubShare(context);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto('index.html#/bukti');
  await appReady(page);
  // Said in plain words on the page, tied to the button.
  await expect(page.locator('#send-what')).toContainText('nama, NIP dan unit kerja');
  await expect(page.locator('#send-what')).toContainText('setiap jawaban Anda');
  await expect(page.locator('#send-privacy')).toContainText('hanya meninggalkan perangkat ini bila Anda sendiri mengirimkannya');
  await expect(page.locator('#send-trainer')).toHaveAttribute('aria-describedby', 'send-what send-privacy');
  // No profile: nothing is made, and the page says what to do.
  await page.getByRole('button', { name: 'Kirim ke pelatih' }).click();
  await expect(page.locator('#send-message')).toContainText('Isi dan simpan data diri dulu');
  expect(await page.evaluate(() => window.__shared.length)).toBe(0);
  await context.close();

  const file = await learnerFile(browser, baseURL, {
    name: 'Siti Rahma, S.Sos.', nip: '198703122010011002', unit: 'Dinas Dukcapil', pre: 2, attempts: [9],
    plan: 'Loket memakai nomor antrean',
  });
  expect(file.name).toMatch(/^laporan-siti-rahma-s-sos-\d{4}-\d{2}-\d{2}\.json$/);
  expect(Buffer.byteLength(file.text)).toBeLessThan(100_000);
  const doc = JSON.parse(file.text);
  expect(doc.format).toBe('bimtek-laporan');
  expect(doc.version).toBe(1);
  expect(doc.learner).toEqual({ name: 'Siti Rahma, S.Sos.', nip: '198703122010011002', unit: 'Dinas Dukcapil' });
  expect(doc.modules.map((m) => m.module)).toEqual(['pola-pikir-melayani', 'agen-perubahan', M, 'budaya-kerja-mutu']);
  const m = doc.modules.find((x) => x.module === M);
  expect(m.status).toBe('lulus');
  expect(m.jp).toBeGreaterThan(0);
  expect(m.lessons_read).toBe(m.lessons_total);
  expect(m.reading_seconds).toBeGreaterThanOrEqual(0);
  expect(m.pretest.attempt.score).toBe(Math.floor((2 / 6) * 100));
  expect(m.pretest.attempt.answers).toHaveLength(6);
  expect(m.attempts_total).toBe(1);
  expect(m.attempts[0].score).toBe(90);
  expect(m.attempts[0].passed).toBe(true);
  // Every answer with its question id and the options chosen, in the order asked.
  expect(m.attempts[0].answers.map((a) => a.question)).toEqual(file.asked[0].map(([id]) => id));
  expect(m.attempts[0].answers.map((a) => a.credit === 1000)).toEqual(file.asked[0].map(([, right]) => right));
  for (const a of m.attempts[0].answers) expect(Object.keys(a.answer)).toHaveLength(1);
  expect(doc.rtl).toHaveLength(1);
  expect(doc.rtl[0].perubahan).toBe('Loket memakai nomor antrean');
  expect(doc.modules.find((x) => x.module === 'agen-perubahan').status).toBe('belum_mulai');
});

test('"Kirim ke pelatih" hands the file to the share sheet: JSON where the browser takes it, else the same text as a .txt file', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 640 } });
  await stubShare(context);
  const page = await context.newPage();
  await page.goto('index.html#/bukti');
  await appReady(page);
  await page.getByLabel('Nama lengkap').fill('Budi Santoso');
  await page.getByLabel('Unit kerja / OPD').fill('Kecamatan Sukamaju');
  await page.getByRole('button', { name: 'Simpan data diri' }).click();
  await expect(page.locator('#record-message')).toContainText('Data diri tersimpan');
  const button = page.getByRole('button', { name: 'Kirim ke pelatih' });
  await page.evaluate(() => { window.__shareMode = 'any'; });
  await button.click();
  await expect(page.locator('#send-message')).toContainText('sudah diserahkan ke aplikasi pilihan Anda');
  await page.evaluate(() => { window.__shareMode = 'txt'; });
  await button.click();
  await expect.poll(() => page.evaluate(() => window.__shared.length)).toBe(2);
  const [json, txt] = await page.evaluate(() => window.__shared);
  expect(json.title).toBe('Laporan belajar Bimtek Mandiri');
  expect(json.text).toContain('Budi Santoso');
  expect(json.files[0].name).toMatch(/^laporan-budi-santoso-\d{4}-\d{2}-\d{2}\.json$/);
  expect(json.files[0].type).toBe('application/json');
  expect(txt.files[0].name).toBe(json.files[0].name.replace(/\.json$/, '.txt'));
  expect(txt.files[0].type).toBe('text/plain');
  const doc = JSON.parse(txt.files[0].text);
  expect(doc.learner.name).toBe('Budi Santoso');
  expect(doc.learner.nip).toBeNull();
  expect(doc.modules.every((x) => x.status === 'belum_mulai')).toBe(true);
  // The card as people see it: 360 px, light and dark, Indonesian and English; axe.
  fs.mkdirSync(shots, { recursive: true });
  const card = page.locator('.send-trainer');
  await card.screenshot({ path: path.join(shots, 'send-id-light.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await card.screenshot({ path: path.join(shots, 'send-id-dark.png') });
  await page.goto('index.html?lang=en#/bukti');
  await appReady(page);
  await expect(page.locator('#send-title')).toHaveText('Send to your trainer');
  await expect(page.locator('#send-privacy')).toContainText('leaves this device only when you send it');
  await card.screenshot({ path: path.join(shots, 'send-en-dark.png') });
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map((v) => v.id)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  await card.screenshot({ path: path.join(shots, 'send-en-light.png') });
  await context.close();
});

// ---------------------------------------------------------------------------------------------
// The trainer's page.


/** Reads a CSV (RFC 4180) into rows of cells, without the byte-order mark. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && s[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += c;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

/** The entries of a ZIP archive (stored or deflated), read with Node's zlib. */
function unzip(buf) {
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  expect(end, 'end of central directory').toBeGreaterThanOrEqual(0);
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const out = {};
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(at)).toBe(0x02014b50);
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nameLen).toString('utf8');
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    out[name] = method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data);
    expect(zlib.crc32 ? zlib.crc32(out[name]) : buf.readUInt32LE(at + 16)).toBe(buf.readUInt32LE(at + 16));
    at += 46 + nameLen + extra + comment;
  }
  return out;
}

const xmlText = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const colIndex = (letters) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;

/** The cells of an XLSX's sheets, by the sheets' names (inline strings, shared strings, numbers). */
function xlsxSheets(buf) {
  const files = unzip(buf);
  const shared = files['xl/sharedStrings.xml']
    ? [...files['xl/sharedStrings.xml'].toString().matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => xmlText([...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')))
    : [];
  const book = files['xl/workbook.xml'].toString();
  const rels = files['xl/_rels/workbook.xml.rels'].toString();
  const sheets = {};
  for (const [, name, rid] of book.matchAll(/<sheet name="([^"]*)" sheetId="\d+" r:id="([^"]+)"\/>/g)) {
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)[1];
    const xml = files[`xl/${target}`].toString();
    const rows = [];
    for (const [, r, body] of xml.matchAll(/<row r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)) {
      const row = [];
      for (const [, ref, attrs, inner] of body.matchAll(/<c r="([A-Z]+)\d+"([^>]*)>([\s\S]*?)<\/c>/g)) {
        let v;
        if (/t="inlineStr"/.test(attrs)) v = xmlText(/<t[^>]*>([\s\S]*?)<\/t>/.exec(inner)[1]);
        else if (/t="s"/.test(attrs)) v = shared[Number(/<v>(.*?)<\/v>/.exec(inner)[1])];
        else v = /<v>(.*?)<\/v>/.exec(inner)[1];
        row[colIndex(ref)] = v;
      }
      rows[Number(r) - 1] = Array.from(row, (x) => x ?? '');
    }
    sheets[xmlText(name)] = rows;
  }
  return sheets;
}

/** The page's class table as text, row by row (header first). */
const tableText = (page) => page.locator('#rekap-table').evaluate((t) => [...t.rows].map((r) => [...r.cells].map((c) => c.innerText.replace(/\s+/g, ' ').replace(/[▲▼↕]/g, '').trim())));

async function openRekap(page, lang = 'id') {
  await page.goto(`index.html${lang === 'en' ? '?lang=en' : ''}#/pelatih`);
  await appReady(page);
  await page.locator('#trainers-rekap').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang === 'en' ? 'Class summary' : 'Rekap kelas');
}

const file = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test.describe('Rekap kelas', () => {
  test('three learners\' real files, one cut off and one hostile: table, item analysis, charts, RTL, CSV and XLSX that match', async ({ browser, baseURL }, testInfo) => {
    test.setTimeout(480_000);
    fs.mkdirSync(shots, { recursive: true });
    // The learners study on a deployment with an LRS (lrs.json, Ralph): their statements are the
    // LRS export the class summary reads at the end.
    expect(ralphInstalled(), 'Ralph is installed by scripts/setup.sh test').toBe(true);
    const site = await faultServer({ '/belajar/bimtek/': path.join(root, 'dist') });
    const ralph = await startRalph({ origins: [site.origin] });
    site.override('/belajar/bimtek/', 'lrs.json', { body: JSON.stringify({ format: 'bimtek-lrs', version: 1, endpoint: `${ralph.origin}/xAPI/`, auth: ralph.authFor() }) });
    const lrsBase = site.url();
    let ani; let budi; let citra; let export_;
    try {
      ani = await learnerFile(browser, lrsBase, { name: 'Ani Lestari', nip: '199001012015032001', unit: 'Dinas Kesehatan', pre: 1, attempts: [3], lrs: true });
      budi = await learnerFile(browser, lrsBase, { name: 'Budi Santoso', unit: 'Kecamatan Sukamaju', pre: 2, attempts: [9], plan: 'Antrean loket memakai nomor', lrs: true });
      citra = await learnerFile(browser, lrsBase, { name: 'Citra Dewi', nip: '198805052010012003', unit: 'Bappeda', pre: 0, attempts: [5, 10], plan: 'Formulir dibuat satu halaman', lrs: true });
      // What Ralph stored, as `ralph read` gives it: one statement per line.
      const read = spawnSync(path.join(ralphBin, 'ralph'), ['read', '-b', 'lrs', '--lrs-base-url', ralph.origin,
        '--lrs-username', 'pelatih', '--lrs-password', 'rahasia-uji', '--lrs-statements-endpoint', '/xAPI/statements'], { encoding: 'utf8', timeout: 60_000 });
      expect(read.status, read.stderr).toBe(0);
      export_ = read.stdout;
    } finally {
      await ralph.stop();
      await site.close();
    }
    const exported = export_.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(exported.length).toBeGreaterThan(30);
    expect(JSON.stringify(exported)).not.toContain('Ani Lestari');
    const docs = [ani, budi, citra].map((f) => JSON.parse(f.text));
    const hostile = JSON.parse(budi.text);
    hostile.learner = { name: '<img src=x onerror="window.__pwned=1">', nip: null, unit: 'U'.repeat(300_000) };
    const files = [
      file(ani.name, ani.text), file(budi.name, budi.text), file(citra.name, citra.text),
      file('budi-terpotong.json', budi.text.slice(0, Math.floor(budi.text.length / 2))),
      file('<script>window.__pwned=2</script>.json', JSON.stringify(hostile)),
    ];

    const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await openRekap(page);
    await expect(page.locator('#rekap-caution')).toContainText('dapat diubah');
    await expect(page.locator('#rekap-caution')).toContainText('bukan dasar audit');
    await page.locator('#rekap-files').setInputFiles(files);
    await expect(page.locator('#rekap-status')).toHaveText('5 file dibaca: 3 peserta.');
    // The two bad files, by name, with their reasons; the script in a name is text.
    const refused = page.locator('#rekap-refused li');
    await expect(refused).toHaveCount(2);
    await expect(refused.nth(0)).toContainText('budi-terpotong.json: file tidak utuh (mungkin terpotong saat dikirim)');
    await expect(refused.nth(1)).toContainText('<script>window.__pwned=2</script>.json: data diri peserta tidak sah');
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();

    // The class table: a row per learner, sorted by name, the module's status and scores.
    const pre = (d) => d.modules.find((m) => m.module === M).pretest.attempt.score;
    expect(docs.map(pre)).toEqual([16, 33, 0]);
    let rows = await tableText(page);
    expect(rows.length).toBe(4);
    const col = rows[0].indexOf('Pemerintahan yang Bersih dan Baik');
    expect(col).toBeGreaterThan(1);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['Ani Lestari 19900101 201503 2 001', 'Budi Santoso', 'Citra Dewi 19880505 201001 2 003']);
    expect(rows.slice(1).map((r) => r[col])).toEqual(['Selesai dibaca 16 → 30 1× kuis', 'Lulus 33 → 90 1× kuis', 'Lulus 0 → 100 2× kuis']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(['Dinas Kesehatan', 'Kecamatan Sukamaju', 'Bappeda']);
    expect(rows.slice(1).map((r) => r.at(-2))).toEqual(['0', '1', '1']);
    // Gains 14, 57, 100: the median is 57.
    await expect(page.locator('#rekap-summary')).toHaveText('3 peserta · 0 lulus semua modul · kenaikan median pre-test → post-test: +57 poin');
    // Sorting: the module's header, highest first, then the other way; aria-sort says so.
    const sortModule = page.locator('#rekap-table thead th').nth(col).getByRole('button');
    await sortModule.click();
    await expect(page.locator('#rekap-table thead th').nth(col)).toHaveAttribute('aria-sort', 'descending');
    rows = await tableText(page);
    expect(rows.slice(1).map((r) => r[0].split(' ')[0])).toEqual(['Citra', 'Budi', 'Ani']);
    await sortModule.click();
    await expect(page.locator('#rekap-table thead th').nth(col)).toHaveAttribute('aria-sort', 'ascending');
    await expect(page.locator('#rekap-table thead th').first()).toHaveAttribute('aria-sort', 'none');
    await page.locator('#rekap-sort-name').click();

    // The item analysis of the module, worked out here from the files: each learner's first
    // attempt; upper group (1 of 3) the best first score (Budi 90), lower the worst (Ani 30).
    const firsts = docs.map((d) => d.modules.find((m) => m.module === M).attempts[0]);
    expect(firsts.map((a) => a.score)).toEqual([30, 90, 50]);
    const expected = new Map();
    firsts.forEach((a, who) => {
      for (const ans of a.answers) {
        const e = expected.get(ans.question) ?? { n: 0, right: 0, by: {} };
        e.n++;
        if (ans.credit === 1000) e.right++;
        e.by[who] = ans.credit === 1000 ? 1 : 0;
        expected.set(ans.question, e);
      }
    });
    const section = page.locator('.rekap-module', { has: page.getByRole('heading', { name: 'Pemerintahan yang Bersih dan Baik' }) });
    const itemRows = await section.locator('table.rekap-items tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.innerText.replace(/\s+/g, ' ').trim())));
    expect(itemRows.length).toBe(expected.size);
    for (const row of itemRows) {
      const id = row[0].split(' ')[0];
      const e = expected.get(id);
      expect(e, id).toBeTruthy();
      expect(row[1], id).toBe(String(e.n));
      expect(row[2], id).toBe(`${Math.round((e.right / e.n) * 100)}%`);
      const d = e.by[1] !== undefined && e.by[0] !== undefined ? (e.by[1] - e.by[0]).toFixed(2) : '–';
      expect(row[3], id).toBe(d);
      if (e.right === e.n) expect(row[5], id).toContain('Terlalu mudah');
      if (d.startsWith('-')) expect(row[5], id).toContain('Daya beda negatif');
    }
    // Wrong options named with their text, for a choice question answered wrongly.
    expect(itemRows.some((r) => /\w+ \(.+\): \d/.test(r[4]))).toBe(true);
    // The charts: three images with their names, the distribution's data as a table.
    const charts = section.locator('figure.rekap-chart svg[role=img]');
    await expect(charts).toHaveCount(3);
    await expect(charts.nth(0)).toHaveAttribute('aria-label', 'Sebaran nilai post-test terbaik');
    await expect(charts.nth(1)).toHaveAttribute('aria-label', 'Pre-test → post-test per peserta');
    await expect(charts.nth(2)).toHaveAttribute('aria-label', 'Kesukaran per soal (bagian benar)');
    const dist = await section.locator('figure.rekap-chart').first().locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent.trim()).join(' ')));
    expect(dist).toContain('30–39 1');
    expect(dist).toContain('90–100 2');
    await expect(section.locator('figure.rekap-chart').nth(1).locator('circle')).toHaveCount(6);
    // Readable at 360 px: nothing wider than the screen but inside a scrolling region, and the
    // charts' text at least 12 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const smallest = await section.locator('svg text').evaluateAll((ts) => Math.min(...ts.map((t) => t.getBoundingClientRect().height)));
    expect(smallest).toBeGreaterThanOrEqual(12);
    // The class's plans.
    await expect(page.locator('#rekap-rtl .rekap-plan')).toHaveCount(2);
    await expect(page.locator('#rekap-rtl')).toContainText('Budi Santoso — Pemerintahan yang Bersih dan Baik');
    await expect(page.locator('#rekap-rtl')).toContainText('Formulir dibuat satu halaman');

    // CSV and XLSX: the same cells, and the table's.
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.locator('#rekap-csv').click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/^rekap-kelas-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = parseCsv(fs.readFileSync(await csvDownload.path(), 'utf8'));
    const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.locator('#rekap-xlsx').click()]);
    expect(xlsxDownload.suggestedFilename()).toMatch(/^rekap-kelas-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = xlsxSheets(fs.readFileSync(await xlsxDownload.path()));
    expect(Object.keys(book)).toEqual(['Kelas', 'Butir soal']);
    const sheet = book.Kelas;
    expect(sheet.length).toBe(csv.length);
    for (let r = 0; r < csv.length; r++) {
      const width = Math.max(csv[r].length, sheet[r].length);
      for (let c = 0; c < width; c++) expect(sheet[r][c] ?? '', `row ${r} col ${c}`).toBe(csv[r][c] ?? '');
    }
    const head = csv[0];
    const at = (name) => head.indexOf(name);
    expect(at('Peserta')).toBe(0);
    const title = 'Pemerintahan yang Bersih dan Baik';
    const budiRow = csv.find((r) => r[0] === 'Budi Santoso');
    expect([budiRow[at(`${title}: status`)], budiRow[at(`${title}: Pre-test`)], budiRow[at(`${title}: Post-test`)], budiRow[at(`${title}: percobaan kuis`)]]).toEqual(['Lulus', '33', '90', '1']);
    const citraRow = csv.find((r) => r[0] === 'Citra Dewi');
    expect(citraRow[1]).toBe('198805052010012003');
    expect(citraRow[at(`${title}: percobaan kuis`)]).toBe('2');
    expect(csv.map((r) => r[0]).slice(1)).toEqual(['Ani Lestari', 'Budi Santoso', 'Citra Dewi']);
    // The second sheet: the item analysis, the same numbers as on the page.
    const items = book['Butir soal'].filter((r) => r[0] === title);
    expect(items.length).toBe(expected.size);
    for (const r of items) {
      const e = expected.get(r[1]);
      expect(r[2]).toBe(String(e.n));
      expect(r[3]).toBe(String(Math.round((e.right / e.n) * 100)));
    }

    // Axe, and the screens people look at: 360×640, light and dark.
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(shots, 'rekap-id-light.png') });
    await page.locator('#rekap-table-title').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, 'rekap-table-id-light.png') });
    await section.locator('figure.rekap-chart').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, 'rekap-charts-id-light.png') });
    await section.locator('table.rekap-items').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, 'rekap-items-id-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.locator('#rekap-table-title').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, 'rekap-table-id-dark.png') });
    await section.locator('figure.rekap-chart').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, 'rekap-charts-id-dark.png') });
    await page.screenshot({ path: path.join(shots, 'rekap-full-id-dark.png'), fullPage: true });
    expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map((v) => v.id)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    // Printed on A4: the table, every module from its own page, the RTLs.
    const pdf = testInfo.outputPath('rekap.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    for (const want of ['Rekap kelas', 'Tabel kelas', 'Analisis butir soal', 'RTL kelas', 'Citra Dewi', 'bukan dasar audit']) expect(text).toContain(want);
    expect(text).not.toContain('Kosongkan rekap');
    execFileSync('pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '2', pdf, path.join(shots, 'rekap-printed')]);
    expect(errors).toEqual([]);
    await context.close();

    // In English, dark: the same files.
    const en = await browser.newContext({ baseURL, viewport: { width: 360, height: 640 }, colorScheme: 'dark' });
    const enPage = await en.newPage();
    await openRekap(enPage, 'en');
    await enPage.locator('#rekap-files').setInputFiles(files);
    await expect(enPage.locator('#rekap-status')).toHaveText('5 files read: 3 learners.');
    await expect(enPage.locator('#rekap-refused li').nth(0)).toContainText('the file is not complete');
    await expect(enPage.locator('#rekap-summary')).toHaveText('3 learners · 0 passed every module · median gain pre-test → post-test: +57 points');
    const enRows = await tableText(enPage);
    expect(enRows[2][col]).toBe('Passed 33 → 90 1× quiz');
    expect((await new AxeBuilder({ page: enPage }).withTags(WCAG).analyze()).violations.map((v) => v.id)).toEqual([]);
    await enPage.screenshot({ path: path.join(shots, 'rekap-en-dark.png') });
    await enPage.locator('#rekap-table-title').scrollIntoViewIfNeeded();
    await enPage.screenshot({ path: path.join(shots, 'rekap-table-en-dark.png') });
    await enPage.emulateMedia({ colorScheme: 'light' });
    await enPage.locator('.rekap-module').first().scrollIntoViewIfNeeded();
    await enPage.screenshot({ path: path.join(shots, 'rekap-module-en-light.png') });
    await en.close();

    // The same class from the statements Ralph stored: each browser profile is one actor (a
    // random account, no name or NIP), with the same status, scores and attempts per module.
    const lrsContext = await browser.newContext({ baseURL, viewport: { width: 360, height: 640 } });
    const lrsPage = await lrsContext.newPage();
    await openRekap(lrsPage);
    await lrsPage.locator('#rekap-files').setInputFiles([file('ralph-read.jsonl', export_)]);
    await expect(lrsPage.locator('#rekap-status')).toHaveText('1 file dibaca: 3 peserta.');
    const fromLrs = await tableText(lrsPage);
    const lrsCol = fromLrs[0].indexOf('Pemerintahan yang Bersih dan Baik');
    expect(fromLrs.slice(1).every((r) => r[0].endsWith('dari LRS'))).toBe(true);
    expect(fromLrs.slice(1).map((r) => r[lrsCol]).sort()).toEqual(['Lulus 0 → 100 2× kuis', 'Lulus 33 → 90 1× kuis', 'Selesai dibaca 16 → 30 1× kuis']);
    const lrsItems = await lrsPage.locator('.rekap-module table.rekap-items tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.innerText.replace(/\s+/g, ' ').trim())));
    expect(lrsItems.length).toBe(expected.size);
    for (const row of lrsItems) {
      const e = expected.get(row[0].split(' ')[0]);
      expect([row[1], row[2]]).toEqual([String(e.n), `${Math.round((e.right / e.n) * 100)}%`]);
    }
    await lrsContext.close();
  });

  test('200 files at once, with older copies of the same learners; the newest counts', async ({ page }) => {
    test.setTimeout(180_000);
    const golden = JSON.parse(fs.readFileSync(new URL('../golden/laporan-v1.json', import.meta.url), 'utf8'));
    const files = [];
    for (let i = 0; i < 200; i++) {
      const doc = structuredClone(golden);
      doc.learner = { name: `Peserta ${String(i).padStart(3, '0')}`, nip: `19900101201503${String(1000 + i).slice(-4)}`, unit: `Unit ${i % 7}` };
      doc.made_at = golden.made_at + i;
      doc.modules[0].attempts[1].score = i % 101;
      files.push(file(`laporan-${i}.json`, JSON.stringify(doc)));
    }
    // A name that is markup (within the profile's limits) is a name: shown as text.
    const markup = JSON.parse(files[7].buffer.toString());
    markup.learner.name = '<img src=x onerror="window.__pwned=3">';
    files[7] = file('laporan-7.json', JSON.stringify(markup));
    // Ten older copies, read after the newer ones: they count as replaced and change nothing.
    for (let i = 0; i < 10; i++) {
      const doc = JSON.parse(files[i].buffer.toString());
      doc.made_at -= 1_000_000;
      doc.learner.name = `Lama ${i}`;
      files.push(file(`lama-${i}.json`, JSON.stringify(doc)));
    }
    await openRekap(page);
    await page.locator('#rekap-files').setInputFiles(files);
    await expect(page.locator('#rekap-status')).toHaveText('210 file dibaca: 200 peserta. 10 file lama diganti oleh file yang lebih baru dari peserta yang sama.', { timeout: 60_000 });
    await expect(page.locator('#rekap-table tbody tr')).toHaveCount(200);
    await expect(page.locator('#rekap-table')).not.toContainText('Lama 0');
    await expect(page.locator('#rekap-refused')).toHaveCount(0);
    await expect(page.locator('#rekap-table tbody th', { hasText: '<img src=x onerror="window.__pwned=3">' })).toHaveCount(1);
    await expect(page.locator('#rekap-table img')).toHaveCount(0);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  });

  test('an LRS export (JSON lines and an array): each actor is a learner', async ({ page }) => {
    const app = 'https://belajar.contoh.go.id/bimtek/index.html';
    const st = (n, actor, verb, object, result, at) => ({
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, timestamp: at, actor,
      verb: { id: `http://adlnet.gov/expapi/verbs/${verb}`, display: { 'en-US': verb } },
      object: { objectType: 'Activity', id: `${app}#/modul/${M}${object}`, definition: { name: { 'en-US': 'Pemerintahan yang Bersih dan Baik', 'id-ID': 'Pemerintahan yang Bersih dan Baik' } } },
      ...(result ? { result } : {}),
    });
    const rina = { objectType: 'Agent', name: 'Rina Wulandari', mbox: 'mailto:rina@contoh.go.id' };
    const anon = { objectType: 'Agent', account: { homePage: app, name: '7f1c0b2e-akun' } };
    const lines = [
      st(1, rina, 'answered', '/soal/pb-01', { success: true }, '2026-01-05T01:00:00Z'),
      st(2, rina, 'failed', '/kuis', { score: { raw: 4, min: 0, max: 10, scaled: 0.4 }, success: false }, '2026-01-05T01:10:00Z'),
      st(3, rina, 'passed', '/kuis', { score: { raw: 8, min: 0, max: 10, scaled: 0.8 }, success: true }, '2026-01-05T02:10:00Z'),
    ].map((s) => JSON.stringify(s)).join('\n');
    const array = JSON.stringify([
      st(3, rina, 'passed', '/kuis', { score: { raw: 8, min: 0, max: 10, scaled: 0.8 }, success: true }, '2026-01-05T02:10:00Z'),
      st(10, anon, 'progressed', '', null, '2026-01-06T01:00:00Z'),
    ]);
    await openRekap(page);
    await page.locator('#rekap-files').setInputFiles([file('ralph.jsonl', lines), file('lrs.json', array)]);
    await expect(page.locator('#rekap-status')).toHaveText('2 file dibaca: 2 peserta.');
    const rows = await tableText(page);
    const col = rows[0].indexOf('Pemerintahan yang Bersih dan Baik');
    expect(rows.slice(1).map((r) => [r[0], r[col]])).toEqual([
      ['7f1c0b2e-akun dari LRS', 'Sedang belajar'],
      ['Rina Wulandari dari LRS', 'Lulus – → 80 2× kuis'],
    ]);
  });

  test.describe('offline', () => {
    test.use({ serviceWorkers: 'allow' });
    test('after one visit, the page opens and reads files with the server stopped', async ({ page }) => {
      const dir = scratchDir('rekap-offline');
      fs.rmSync(dir, { recursive: true, force: true });
      fs.cpSync(path.join(root, 'dist'), dir, { recursive: true });
      const server = await serveDir(dir);
      await page.goto(`${server.url}index.html`);
      await appReady(page);
      await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
      await server.stop();
      await page.goto(`${server.url}index.html#/pelatih/rekap`);
      await appReady(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rekap kelas');
      const golden = fs.readFileSync(new URL('../golden/laporan-v1.json', import.meta.url), 'utf8');
      await page.locator('#rekap-files').setInputFiles([file('siti.json', golden)]);
      await expect(page.locator('#rekap-status')).toHaveText('1 file dibaca: 1 peserta.');
      await expect(page.locator('#rekap-table tbody tr')).toHaveCount(1);
    });
  });
});
