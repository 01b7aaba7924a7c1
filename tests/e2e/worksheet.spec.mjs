// The KBK worksheet (Lembar Kerja KBK): placed by content in the siklus-pdca lesson, filled in
// on a 360 px phone, saved per change in IndexedDB ("Tersimpan" after commit), kept across a
// reload and with the server stopped (service worker), carried by export → reset → import,
// listed on the module page; learner text stays text; axe finds nothing.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appReady, collectErrors, serveDir } from './support.mjs';
import { scratchDir } from './scratch.mjs';

const M = 'budaya-kerja-mutu';
const LESSON = `#/modul/${M}/pelajaran/siklus-pdca`;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const HOSTILE = '<img src=x onerror="window.__pwned=1">';

const saved = (page) => expect(page.locator('#lk-kbk-status')).toHaveText('✓ Tersimpan');

/** Fills the whole sheet; returns the values expected back. */
async function fill(page) {
  await page.getByLabel('Nama kelompok').fill('KBK Loket Prima');
  await page.getByLabel('Unit kerja').fill(HOSTILE);
  await page.getByRole('button', { name: 'Tambah anggota' }).click();
  await expect(page.locator('#wk-member-name-1')).toBeFocused();
  await page.keyboard.type('Siti Rahma');
  await page.getByLabel('Peran anggota 1').selectOption('ketua');
  await page.getByRole('button', { name: 'Tambah anggota' }).click();
  await page.getByLabel('Nama anggota 2').fill('Budi');
  await page.getByLabel('Peran anggota 2').selectOption('notulis');
  await page.getByRole('button', { name: 'Tambah anggota' }).click();
  await page.getByLabel('Nama anggota 3').fill('Dihapus nanti');
  await page.getByRole('button', { name: 'Hapus anggota 3' }).click();
  await expect(page.locator('#wk-add-member')).toBeFocused();
  await page.getByLabel('Masalah', { exact: true }).fill('Berkas KTP dikembalikan karena tidak lengkap');
  await page.getByLabel('Alasan memilihnya').fill('Paling sering dikeluhkan warga');
  await page.getByRole('button', { name: 'Tambah baris' }).click();
  await page.getByLabel('Penyebab 1').fill('fotokopi KK tidak ada');
  await page.getByLabel('Jumlah 1').fill('14');
  await page.getByRole('button', { name: 'Tambah baris' }).click();
  await page.getByLabel('Penyebab 2').fill('formulir salah isi');
  await page.getByLabel('Jumlah 2').fill('5');
  await page.getByLabel('Manusia').fill('petugas baru belum dilatih');
  await page.getByLabel('Lingkungan').fill('loket ramai pagi hari');
  await page.getByLabel('Plan (rencanakan)').fill('Daftar periksa berkas di loket');
  await page.getByLabel('Do (lakukan)').fill('Uji coba 4 minggu');
  await page.getByLabel('Check (periksa)').fill('Hitung berkas yang kembali');
  await page.getByLabel('Act (tindak lanjuti)').fill('Bakukan bila turun');
  await page.getByLabel('Angka sebelum').fill('40');
  await page.getByLabel('Satuan sebelum').fill('berkas/bulan');
  await page.getByLabel('Angka sesudah').fill('12,5');
  await page.getByLabel('Satuan sesudah').fill('berkas/bulan');
  await saved(page);
}

async function expectFilled(page) {
  await expect(page.getByLabel('Nama kelompok')).toHaveValue('KBK Loket Prima');
  await expect(page.getByLabel('Unit kerja')).toHaveValue(HOSTILE);
  await expect(page.getByLabel('Nama anggota 1')).toHaveValue('Siti Rahma');
  await expect(page.getByLabel('Peran anggota 1')).toHaveValue('ketua');
  await expect(page.getByLabel('Peran anggota 2')).toHaveValue('notulis');
  await expect(page.locator('#wk-member-name-3')).toHaveCount(0);
  await expect(page.getByLabel('Jumlah 1')).toHaveValue('14');
  await expect(page.getByLabel('Penyebab 2')).toHaveValue('formulir salah isi');
  await expect(page.getByLabel('Lingkungan')).toHaveValue('loket ramai pagi hari');
  await expect(page.getByLabel('Act (tindak lanjuti)')).toHaveValue('Bakukan bila turun');
  await expect(page.getByLabel('Angka sesudah')).toHaveValue('12,5');
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
}

test('fill the worksheet, reload → kept; module page lists it; export → reset → import restores it', async ({ page }, testInfo) => {
  const errors = collectErrors(page);
  await page.goto(`index.html${LESSON}`);
  await appReady(page);
  await expect(page.locator('.worksheet')).toBeVisible();
  await fill(page);
  // A value that is not a number is refused in words, and nothing is saved until it is fixed.
  await page.getByLabel('Angka sesudah').fill('banyak');
  await expect(page.locator('#lk-kbk-status')).toContainText('hanya boleh berisi angka');
  await page.getByLabel('Angka sesudah').fill('12,5');
  await saved(page);

  await page.reload();
  await appReady(page);
  await expectFilled(page);

  await page.goto(`index.html#/modul/${M}`);
  await expect(page.locator('#worksheet-links a')).toHaveText('Lembar Kerja KBK (di pelajaran “Siklus PDCA: Rencanakan, Lakukan, Periksa, Tindak Lanjuti”)');
  await page.locator('#worksheet-links a').click();
  await expect(page.getByLabel('Nama kelompok')).toHaveValue('KBK Loket Prima');

  await page.goto('index.html#/pengaturan');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh berkas kemajuan' }).click(),
  ]);
  const file = testInfo.outputPath('kemajuan.json');
  await download.saveAs(file);
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(exported.version).toBe(4);
  expect(exported.worksheets).toHaveLength(1);
  expect(exported.worksheets[0].id).toBe('kbk');
  expect(exported.worksheets[0].kbk.members).toEqual([{ name: 'Siti Rahma', role: 'ketua' }, { name: 'Budi', role: 'notulis' }]);
  expect(exported.worksheets[0].kbk.after).toEqual({ value: '12,5', unit: 'berkas/bulan' });

  // A file with a bad worksheet is refused with a reason; nothing changes.
  const bad = { ...exported, worksheets: [{ ...exported.worksheets[0], kbk: { ...exported.worksheets[0].kbk, group: 'x'.repeat(121) } }] };
  await page.locator('#import-file').setInputFiles({ name: 'panjang.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(page.locator('#settings-message')).toContainText('nama kelompok');
  await expect(page.locator('#settings-message')).toContainText('tidak ada yang diubah');
  const unknown = { ...exported, worksheets: [{ ...exported.worksheets[0], id: 'rahasia' }] };
  await page.locator('#import-file').setInputFiles({ name: 'asing.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(unknown)) });
  await expect(page.locator('#settings-message')).toContainText('rahasia');

  await page.getByRole('button', { name: 'Hapus semua kemajuan…' }).click();
  await page.getByRole('button', { name: 'Ya, hapus semuanya' }).click();
  await expect(page.locator('#settings-message')).toContainText('Semua kemajuan sudah dihapus.');
  await page.goto(`index.html${LESSON}`);
  await appReady(page);
  await expect(page.getByLabel('Nama kelompok')).toHaveValue('');
  await expect(page.locator('#wk-member-name-1')).toHaveCount(0);
  await page.goto(`index.html#/modul/${M}`);
  await expect(page.locator('#worksheet-links')).toHaveCount(0);

  await page.goto('index.html#/pengaturan');
  await page.locator('#import-file').setInputFiles(file);
  await expect(page.locator('#import-worksheets')).toContainText('1 lembar kerja');
  await page.getByRole('button', { name: 'Ganti dengan isi berkas' }).click();
  await expect(page.locator('#settings-message')).toContainText('sudah dipulihkan');
  await page.reload();
  await appReady(page);
  await page.goto(`index.html${LESSON}`);
  await expectFilled(page);
  expect(errors).toEqual([]);
});

test('a file exported before worksheets existed still imports', async ({ page }) => {
  await page.goto('index.html#/pengaturan');
  await appReady(page);
  const old = { format: 'bimtek-progress', version: 1, exported_at: 1, lessons: [], attempts: [], answers: [], resume: null };
  await page.locator('#import-file').setInputFiles({ name: 'lama.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(old)) });
  await expect(page.locator('#import-preview')).toBeVisible();
});

test('the worksheet block also works inside an embedded module (it is learning, not settings)', async ({ page }) => {
  await page.goto(`index.html#/embed/${M}/pelajaran/siklus-pdca`);
  await appReady(page);
  await page.getByLabel('Nama kelompok').fill('KBK Sematan');
  await saved(page);
  await page.reload();
  await appReady(page);
  await expect(page.getByLabel('Nama kelompok')).toHaveValue('KBK Sematan');
});

// Offline: a real server, really stopped, with the service worker (as offline.spec.mjs).
test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

  test('with the server stopped the worksheet is still editable and saved', async ({ page }) => {
    const dir = scratchDir('ws');
    fs.cpSync(path.join(root, 'dist'), dir, { recursive: true });
    const server = await serveDir(dir);
    await page.goto(`${server.url}index.html`);
    await appReady(page);
    await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
    await page.goto(`${server.url}index.html#/pengaturan`);
    await expect(page.locator('#offline-status')).toHaveText('Semua modul (4) tersedia luring di perangkat ini.');
    await server.stop();

    await page.goto(`${server.url}index.html${LESSON}`);
    await appReady(page);
    await page.getByLabel('Nama kelompok').fill('KBK Luring');
    await page.getByLabel('Plan (rencanakan)').fill('Ditulis tanpa sinyal');
    await saved(page);
    await page.reload();
    await appReady(page);
    await expect(page.getByLabel('Nama kelompok')).toHaveValue('KBK Luring');
    await expect(page.getByLabel('Plan (rencanakan)')).toHaveValue('Ditulis tanpa sinyal');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

for (const scheme of ['light', 'dark']) {
  for (const lang of ['id', 'en']) {
    test(`axe: filled worksheet (${lang}, ${scheme})`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 360, height: 640 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`index.html?lang=${lang}${LESSON}`);
      await appReady(page);
      await page.locator('#wk-add-member').click();
      await page.locator('#wk-add-row').click();
      await page.locator('#wk-group').fill('KBK');
      await page.locator('#wk-after-value').fill('banyak');
      await page.locator('#wk-after-value').blur();
      await expect(page.locator('#lk-kbk-status')).not.toBeEmpty();
      const { violations } = await new AxeBuilder({ page }).include('.worksheet').withTags(WCAG).analyze();
      const found = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      expect(found).toEqual([]);
      // Every control is at least 44 px tall.
      const small = await page.locator('.worksheet input, .worksheet textarea, .worksheet select, .worksheet button')
        .evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().height < 44).map((e) => e.id || e.textContent));
      expect(small).toEqual([]);
      await context.close();
    });
  }
}

test('leaving the page right after typing (within the save delay) keeps the text and logs no error', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`index.html${LESSON}`);
  await appReady(page);
  await page.getByLabel('Nama kelompok').fill('KBK Cepat Pergi');
  // At once, before the half-second save delay: another page of the app.
  await page.evaluate((m) => { location.hash = `#/modul/${m}`; }, M);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Budaya Kerja dan Mutu');
  await page.waitForTimeout(1000);
  await page.goto(`index.html${LESSON}`);
  await expect(page.getByLabel('Nama kelompok')).toHaveValue('KBK Cepat Pergi');
  await page.reload();
  await expect(page.getByLabel('Nama kelompok')).toHaveValue('KBK Cepat Pergi');
  expect(errors.filter((e) => /disposed|panicked|RuntimeError/.test(e))).toEqual([]);
});
