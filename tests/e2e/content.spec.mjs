// The course content in the built app: catalog, module, lesson reader, glossary; deployer
// packs that are hostile, missing or broken.
import { test, expect } from '@playwright/test';
import { appReady, collectErrors } from './support.mjs';

test('the catalog lists the four modules with time and JP, in order', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('index.html');
  await appReady(page);
  const cards = page.locator('.module-card h3');
  await expect(cards).toHaveText(['Pola Pikir Melayani', 'Agen Perubahan', 'Pemerintahan yang Bersih dan Baik', 'Budaya Kerja dan Mutu']);
  await expect(page.locator('.module-card').first()).toContainText('45 menit');
  await expect(page.locator('.module-card').first()).toContainText('1 JP');
  await expect(page.locator('.alert-error')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('module page → lessons in order → done reading walks to the next lesson; glossary', async ({ page }) => {
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('index.html');
  await appReady(page);
  // Lazy loading: no module file is fetched for the catalog.
  expect(requested.filter((p) => /content\/inti\/(?!pack\.json)/.test(p))).toEqual([]);

  await page.getByRole('link', { name: 'Agen Perubahan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agen Perubahan');
  await expect(page.getByRole('heading', { name: 'Tujuan pembelajaran' })).toBeVisible();
  const lessons = page.locator('.lesson-list a');
  await expect(lessons).toHaveCount(5);
  const titles = await lessons.allTextContents();

  await page.getByRole('link', { name: 'Mulai belajar' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles[0]);
  await expect(page.getByText('Pelajaran 1 dari 5')).toBeVisible();
  await expect(page.locator('aside.callout-source').first()).toBeVisible();
  await page.getByRole('link', { name: 'Selesai membaca' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles[1]);
  await page.getByRole('link', { name: 'Sebelumnya' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles[0]);
  expect(requested.filter((p) => p.endsWith('agen-perubahan.json'))).toHaveLength(1);

  await page.goto('index.html#/modul/agen-perubahan/glosarium');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glosarium: Agen Perubahan');
  await expect(page.locator('dl.glossary dt', { hasText: /^ASN$/ })).toHaveCount(1);
});

test('a deep link to a lesson opens it directly; unknown module and lesson say so', async ({ page }) => {
  await page.goto('index.html#/modul/pemerintahan-bersih/pelajaran/gratifikasi');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Gratifikasi');
  // The app's own lesson (its chunk and module file in) has replaced the start-up script's.
  await expect(page.locator('#first-screen')).toHaveCount(0);
  await expect(page.locator('article')).toContainText('30 hari kerja');

  await page.goto('index.html#/modul/tidak-ada');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Modul tidak ditemukan');
  await page.goto('index.html#/modul/agen-perubahan/pelajaran/tidak-ada');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan');
  await expect(page.getByRole('link', { name: 'Kembali ke modul' })).toBeVisible();
});

// A deployer pack whose text carries markup; it is valid, so it must render as plain text.
const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const txt = (v) => ({ text: { v } });
const para = (v) => ({ paragraph: { text: [txt(v)] } });
const callout = (kind, v) => ({ callout: { kind, blocks: [para(v)] } });
const question = (id) => ({
  id, prompt: `Soal ${hostile}`, explanation: 'Karena.',
  kind: { single: { options: [
    { id: 'a', text: 'Ya', correct: true, feedback: 'Benar.' },
    { id: 'b', text: 'Tidak', correct: false, feedback: 'Salah.' },
  ] } },
});
const hostileIndex = {
  format_version: 1, id: 'tamu', title: 'Paket tamu', language: 'id',
  modules: [{
    id: 'modul-tamu', title: `Modul ${hostile}`, summary: `Ringkasan ${hostile}`, minutes: 10, jp: 1,
    pass_mark: 70, questions_per_attempt: 1, max_attempts: 0, objectives: [`Tujuan ${hostile}`],
    lessons: [{ id: 'satu', title: `Pelajaran ${hostile}`, minutes: 3 }], question_count: 1, file: 'modul-tamu.json',
  }],
};
const hostileBody = {
  format_version: 1, id: 'modul-tamu',
  lessons: [{ id: 'satu', title: `Pelajaran ${hostile}`, minutes: 3, blocks: [
    para(`Isi ${hostile}`),
    { list: { ordered: false, items: [[txt(hostile)]] } },
    callout('dasar_hukum', hostile), callout('studi_kasus', 'Kasus'), callout('refleksi', 'R'), callout('ringkasan', 'S'),
  ] }],
  glossary: [{ term: '<b>X</b>', definition: hostile }],
  questions: [question('q1')],
};

async function withDeployerPacks(page, packs) {
  await page.route('**/packs.json', (route) => route.fulfill({
    contentType: 'application/json',
    body: JSON.stringify({ format_version: 1, packs }),
  }));
  await page.route('**/content/tamu/pack.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(hostileIndex) }));
  await page.route('**/content/tamu/modul-tamu.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(hostileBody) }));
  await page.route('**/content/rusak/pack.json', (r) => r.fulfill({ contentType: 'application/json', body: '{"format_version": 1, "id": ' }));
}

test('markup in a deployer pack is shown as text and never runs', async ({ page }) => {
  await withDeployerPacks(page, ['content/inti/pack.json', 'content/tamu/pack.json']);
  await page.goto('index.html');
  await appReady(page);
  await expect(page.locator('.module-card h3').last()).toHaveText(`Modul ${hostile}`);
  await page.getByRole('link', { name: `Modul ${hostile}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Modul ${hostile}`);
  await page.locator('.lesson-list a').first().click();
  await expect(page.locator('article p').filter({ hasText: 'Isi ' })).toHaveText(`Isi ${hostile}`);
  await page.goto('index.html#/modul/modul-tamu/glosarium');
  await expect(page.locator('dl.glossary dd')).toHaveText(hostile);
  // Nothing ran and no element was created from the text.
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(await page.locator('main img, main script, main b').count()).toBe(0);
});

test('a missing or broken pack is named; the other modules still open', async ({ page }) => {
  await withDeployerPacks(page, ['content/hilang/pack.json', 'content/rusak/pack.json', 'content/inti/pack.json']);
  await page.goto('index.html');
  await appReady(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Sebagian materi tidak dapat dimuat');
  await expect(alert).toContainText('content/hilang/pack.json: server menjawab 404');
  await expect(alert).toContainText('content/rusak/pack.json: berkas tidak dapat dibaca');
  await expect(page.locator('.module-card')).toHaveCount(4);
  await page.getByRole('link', { name: 'Pola Pikir Melayani' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pola Pikir Melayani');
});

test('a module file that fails to load shows a message and a retry, not a crash', async ({ page }) => {
  let fail = true;
  await page.route('**/content/inti/budaya-kerja-mutu.json', (route) => (fail ? route.fulfill({ status: 503, body: '' }) : route.continue()));
  await page.goto('index.html#/modul/budaya-kerja-mutu/glosarium');
  await appReady(page);
  await expect(page.getByRole('alert')).toContainText('Isi modul tidak dapat dimuat');
  await expect(page.getByRole('alert')).toContainText('server menjawab 503');
  fail = false;
  await page.getByRole('button', { name: 'Coba lagi' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glosarium: Budaya Kerja dan Mutu');
});

test('the pack check page validates every module of every pack', async ({ page }) => {
  await page.goto('index.html#/periksa-paket');
  await appReady(page);
  const summary = page.locator('#pack-check-summary');
  await expect(summary).toHaveAttribute('data-ok', 'true');
  await expect(summary).toContainText('4 modul');
  await expect(page.locator('.check-list li')).toHaveCount(4);
});

test('an oversized pack list, a stalled pack and oversized or stalled module files are named and skipped; the rest works', async ({ page }) => {
  test.setTimeout(90_000);
  const big = { ...hostileIndex, id: 'besar', title: 'x'.repeat(300 * 1024) };
  const twoModules = {
    ...hostileIndex, modules: [
      { ...hostileIndex.modules[0], id: 'modul-besar', file: 'modul-besar.json' },
      { ...hostileIndex.modules[0], id: 'modul-macet', file: 'modul-macet.json' },
    ],
  };
  await page.route('**/packs.json', (route) => route.fulfill({
    contentType: 'application/json',
    body: JSON.stringify({ format_version: 1, packs: ['content/inti/pack.json', 'content/besar/pack.json', 'content/macet/pack.json', 'content/tamu/pack.json'] }),
  }));
  await page.route('**/content/besar/pack.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(big) }));
  await page.route('**/content/macet/pack.json', () => { /* never answered */ });
  await page.route('**/content/tamu/pack.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(twoModules) }));
  await page.route('**/content/tamu/modul-besar.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...hostileBody, id: 'modul-besar', glossary: [{ term: 'x', definition: 'y'.repeat(5 * 1024 * 1024) }] }) }));
  await page.route('**/content/tamu/modul-macet.json', () => { /* never answered */ });

  await page.goto('index.html');
  // The built-in modules show while the stalled pack is still loading (the fast deployer
  // pack may already be there too).
  await expect(page.locator('#packs-pending')).toContainText('content/macet/pack.json');
  expect(await page.locator('.module-card h3').allTextContents()).toEqual(expect.arrayContaining(['Pola Pikir Melayani', 'Budaya Kerja dan Mutu']));
  await appReady(page, 30_000);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('content/besar/pack.json: berkas terlalu besar (lebih dari 256 KB)');
  // The app is ready with the built-in catalog at once; the stalled pack is named when its
  // 12-second limit runs out.
  await expect(alert).toContainText('content/macet/pack.json: server terlalu lama menjawab', { timeout: 20_000 });
  await expect(page.locator('.module-card')).toHaveCount(6);

  await page.goto('index.html#/modul/modul-besar/glosarium');
  await expect(page.getByRole('alert')).toContainText('content/tamu/modul-besar.json: berkas terlalu besar (lebih dari 2048 KB)');
  await page.goto('index.html#/modul/modul-macet/glosarium');
  await expect(page.getByRole('alert')).toContainText('content/tamu/modul-macet.json: server terlalu lama menjawab', { timeout: 30_000 });
  await page.goto('index.html#/modul/agen-perubahan/glosarium');
  await expect(page.locator('dl.glossary dt').first()).toBeVisible();
});

test('in English, a missing or broken pack is explained in English', async ({ page }) => {
  await withDeployerPacks(page, ['content/hilang/pack.json', 'content/rusak/pack.json', 'content/inti/pack.json']);
  await page.goto('index.html?lang=en');
  await appReady(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('content/hilang/pack.json: the server answered 404');
  await expect(alert).toContainText('content/rusak/pack.json: the file does not pass the checks');
  await expect(page.locator('.module-card')).toHaveCount(4);
});

// The validator runs in the browser only for content files the build did not check
// (src/content/checked.rs): the built-in course never downloads its chunk; a changed file does,
// and is refused with the validator's words when it breaks a rule.
test('the built-in course never downloads the validator; a file changed after the build is validated here', async ({ page }) => {
  const errors = collectErrors(page);
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  const validator = (paths) => paths.filter((p) => /split_checks/.test(p));
  await page.goto('index.html');
  await appReady(page);
  await page.getByRole('link', { name: 'Agen Perubahan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agen Perubahan');
  await page.goto('index.html#/modul/pemerintahan-bersih/kuis');
  await expect(page.getByRole('button', { name: 'Mulai kuis' })).toBeVisible();
  await page.goto('index.html#/modul/pola-pikir-melayani/pelajaran/dari-dilayani-ke-melayani');
  await expect(page.getByRole('link', { name: 'Selesai membaca' })).toBeVisible();
  expect(requested.filter((p) => /content\/inti\/.+\.json/.test(p)).length).toBeGreaterThan(0);
  expect(validator(requested)).toEqual([]);

  // The same module file with one more space: valid, but not the file the build checked.
  await page.route('**/content/inti/budaya-kerja-mutu.json', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()} ` });
  });
  await page.goto('index.html#/modul/budaya-kerja-mutu/glosarium');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glosarium: Budaya Kerja dan Mutu');
  expect(validator(requested).length).toBe(1);
  expect(errors).toEqual([]);
});

test('a changed module file that breaks a rule is refused with the validator\'s words; without the validator it waits for a retry', async ({ page }) => {
  let blockValidator = true;
  await page.route('**/*split_checks*.wasm', (route) => (blockValidator ? route.abort() : route.continue()));
  let duplicate = false;
  await page.route('**/content/inti/budaya-kerja-mutu.json', async (route) => {
    const response = await route.fetch();
    const body = JSON.parse(await response.text());
    if (duplicate) body.questions[1].id = body.questions[0].id;
    // The trailing space makes it another file than the build's even when nothing else changed.
    await route.fulfill({ response, body: `${JSON.stringify(body)} ` });
  });
  await page.goto('index.html#/modul/budaya-kerja-mutu/glosarium');
  await appReady(page);
  // Not the file the build checked, and the validator cannot be loaded: the
  // module waits, said in plain words, with a retry.
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Isi modul tidak dapat dimuat');
  await expect(alert).toContainText('pemeriksa isi paket tidak dapat dimuat');
  blockValidator = false;
  await page.getByRole('button', { name: 'Coba lagi' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glosarium: Budaya Kerja dan Mutu');

  // A fresh page whose module file has two questions with one id: the validator refuses it.
  duplicate = true;
  await page.reload();
  await appReady(page);
  await expect(alert).toContainText('Isi modul tidak dapat dimuat');
  await expect(alert).toContainText('id ganda');
  // The rest of the course still works.
  await page.goto('index.html#/modul/agen-perubahan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agen Perubahan');
});

test('a deployer pack that breaks a rule of the validator is named with its words; the built-in modules still open', async ({ page }) => {
  await withDeployerPacks(page, ['content/inti/pack.json', 'content/kosong/pack.json']);
  // Valid JSON of the right shape, with no module: only the validator's chunk can refuse it.
  await page.route('**/content/kosong/pack.json', (r) => r.fulfill({
    contentType: 'application/json',
    body: JSON.stringify({ ...hostileIndex, id: 'kosong', modules: [] }),
  }));
  const checks = [];
  page.on('request', (r) => { if (/split_checks/.test(r.url())) checks.push(r.url()); });
  await page.goto('index.html');
  await appReady(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('content/kosong/pack.json');
  await expect(alert).toContainText('modules kosong');
  expect(checks.length).toBe(1);
  await expect(page.locator('.module-card')).toHaveCount(4);
});
