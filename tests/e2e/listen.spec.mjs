// "Dengarkan" (issue 29, item 1; src/ui/listen.rs): a lesson read aloud by a real local
// Indonesian voice — Debian's speech-dispatcher with espeak-ng, which Chromium lists in
// speechSynthesis.getVoices() when started with --enable-speech-dispatcher.
//
// What was found on these machines (docs/testing.md): with Debian's own speech-dispatcher
// configuration, headless Chromium lists the voices (13,362 espeak-ng voices, 103 of them
// Indonesian, lang "id", about 3 s after the first getVoices()) and an utterance *starts*, but
// its `end` never comes: speech-dispatcher cannot open PulseAudio ("Couldn't open pulse
// plugin") on a machine without a sound server. So each browser here gets a speech-dispatcher
// of its own (HOME, XDG_* in a fresh temporary folder: no daemon left by another run is
// reused) whose audio goes through ALSA to its null device: espeak-ng really synthesises every
// utterance, and `start`, `end` and `error` come as on a phone — only faster than real time
// (a sentence ends in tens of milliseconds), so pauses are made at a chosen utterance's
// `start` (a click on the app's own button from inside that event), never by timing.
//
// Each utterance is observed by wrapping SpeechSynthesisUtterance in an init script: its text,
// language, voice and rate, its start/end/error, and the element highlighted when it starts.
import { test, expect, chromium } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumArgs, appReady } from './support.mjs';

const LESSON = '#/modul/agen-perubahan/pelajaran/menghadapi-penolakan';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A speech-dispatcher of the browser's own, its audio into ALSA's null device. */
function speechHome() {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'bimtek-speech-'));
  const conf = path.join(home, '.config', 'speech-dispatcher');
  fs.cpSync('/etc/speech-dispatcher', conf, { recursive: true });
  fs.appendFileSync(path.join(conf, 'speechd.conf'), '\nAudioOutputMethod "alsa"\n');
  fs.writeFileSync(path.join(home, '.asoundrc'), 'pcm.!default { type null }\nctl.!default { type hw card 0 }\n');
  fs.mkdirSync(path.join(home, 'run'), { mode: 0o700 });
  return {
    home,
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_CACHE_HOME: path.join(home, '.cache'), XDG_RUNTIME_DIR: path.join(home, 'run') },
  };
}

/** Logs every utterance the page makes, with the element highlighted as it starts. */
function logUtterances() {
  window.__speech = [];
  window.__onStart = null;
  const Original = window.SpeechSynthesisUtterance;
  if (!Original) return;
  window.SpeechSynthesisUtterance = class extends Original {
    constructor(text) {
      super(text);
      const log = (ev, extra) => window.__speech.push({ ev, text: this.text, ...extra });
      this.addEventListener('start', () => {
        const el = document.querySelector('article.lesson .reading');
        const all = [...document.querySelectorAll('article.lesson *')];
        let marked = null;
        if (el) {
          // What a sighted learner sees highlighted: without a link's hidden "(tab baru)".
          marked = el.tagName === 'IMG' ? el.alt : el.innerText;
          for (const h of el.querySelectorAll('.visually-hidden')) marked = marked.replace(h.textContent, '');
        }
        log('start', {
          lang: this.lang, voice: this.voice && this.voice.name, rate: this.rate, marked,
          order: el ? all.indexOf(el) : -1,
        });
        if (window.__onStart) window.__onStart(window.__speech.filter((e) => e.ev === 'start').length);
      });
      this.addEventListener('end', () => log('end'));
      this.addEventListener('error', (e) => log('error', { error: e.error }));
    }
  };
}

let browser;
let home;
test.beforeAll(async () => {
  const speech = speechHome();
  home = speech.home;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...chromiumArgs, '--enable-speech-dispatcher'], env: speech.env });
});
test.afterAll(async () => {
  await browser?.close();
  if (home) fs.rmSync(home, { recursive: true, force: true });
});

async function open(baseURL, { lang = 'id', init } = {}) {
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 640 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(logUtterances);
  if (init) await page.addInitScript(init);
  await page.goto(`index.html?lang=${lang}${LESSON}`);
  await appReady(page);
  await expect(page.locator('#finish-reading')).toBeVisible();
  return { context, page };
}

const starts = (page) => page.evaluate(() => window.__speech.filter((e) => e.ev === 'start'));
const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
/** The last line (or table cell) of an element's text: what its spoken part must contain. */
const lastLine = (s) => norm((s ?? '').split(/[\n\t]/).map(norm).filter(Boolean).pop());

test('a lesson is read aloud by a local Indonesian voice, part by part in reading order, each part highlighted as it is read', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const { context, page } = await open(baseURL);
  // The voices come seconds after the first getVoices(): the button works at once and starts
  // when they are in.
  await page.locator('#listen-start').click();
  await expect(page.locator('#listen-status')).toHaveText('Selesai dibacakan.', { timeout: 60_000 });
  const log = await page.evaluate(() => window.__speech);
  const spoken = log.filter((e) => e.ev === 'start');
  expect(spoken.length).toBeGreaterThan(15);
  // Boundaries: each utterance starts after the one before it has ended, and ends before the
  // next starts; none failed.
  for (let i = 0; i < log.length; i += 2) {
    expect([log[i].ev, log[i + 1]?.ev, log[i + 1]?.text], `event ${i}`).toEqual(['start', 'end', log[i].text]);
  }
  // A local Indonesian voice, the lesson's own language, at the default speed.
  for (const s of spoken) {
    expect(s.lang).toBe('id');
    expect(s.voice).toBe('Indonesian espeak-ng');
    expect(s.rate).toBe(1);
  }
  // The title first, then the parts in the order of the page, each one highlighted while it is
  // read: the highlighted element's text is what is spoken.
  expect(norm(spoken[0].text)).toBe(norm(await page.locator('main h1').innerText()));
  for (let i = 0; i < spoken.length; i++) {
    const s = spoken[i];
    expect(s.marked, `part ${i} highlighted`).not.toBeNull();
    // Case aside: a box's label is shown in capitals by the style sheet (innerText follows it).
    expect(norm(s.text).toLowerCase(), `part ${i}`).toContain(lastLine(s.marked).toLowerCase());
    if (i > 0) expect(s.order, `part ${i} after part ${i - 1}`).toBeGreaterThan(spoken[i - 1].order);
  }
  // Table rows one by one, each cell with its column's name.
  expect(spoken.some((s) => /: .+; .+: /.test(s.text))).toBe(true);
  // The Pembahasan is not read while it is hidden; the case's options are.
  expect(spoken.some((s) => s.text.startsWith('Pilihan jawaban:'))).toBe(true);
  const hiddenFeedback = await page.evaluate(() => document.querySelectorAll('.discussion-list li').length);
  expect(hiddenFeedback).toBe(0);
  const last = norm(await page.locator('main article.lesson > *').last().innerText());
  expect(last).toContain(lastLine(spoken[spoken.length - 1].marked));
  // Finished: no highlight left, the start button back.
  await expect(page.locator('.reading')).toHaveCount(0);
  await expect(page.locator('#listen-start')).toHaveText('Dengarkan');

  // Once the Pembahasan is opened, it is read too.
  await page.locator('.callout-discussion input[type="radio"]').first().check();
  await expect(page.locator('.discussion-list li').first()).toBeVisible();
  await page.evaluate(() => { window.__speech = []; });
  await page.locator('#listen-start').click();
  // Read to the end again (the status already said "finished": wait for the new reading's end).
  await expect.poll(async () => (await starts(page)).length > spoken.length && await page.locator('#listen-start').count() === 1, { timeout: 60_000 }).toBe(true);
  await expect(page.locator('#listen-status')).toHaveText('Selesai dibacakan.');
  const again = await starts(page);
  expect(again.length).toBeGreaterThan(spoken.length);
  expect(again.some((s) => s.text.includes('(paling tepat)'))).toBe(true);
  await context.close();
});

test('pause and resume, previous and next part, and leaving the page stops the voice', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const { context, page } = await open(baseURL);
  const toggle = page.locator('#listen-toggle');
  // Pause as the fourth part starts (from inside its start event: the voice is faster than
  // real time here).
  await page.evaluate(() => { window.__onStart = (n) => { if (n === 4) document.getElementById('listen-toggle').click(); }; });
  await page.locator('#listen-start').click();
  await expect(page.locator('#listen-status')).toHaveText('Dijeda.', { timeout: 20_000 });
  await expect(toggle).toHaveText('Lanjutkan');
  await expect(toggle).toBeFocused();
  let log = await starts(page);
  expect(log).toHaveLength(4);
  const fourth = log[3];
  await expect(page.locator('.reading')).toHaveCount(1);
  expect(lastLine(await page.locator('.reading').innerText())).toBe(lastLine(fourth.marked));
  await expect(page.locator('#listen-where')).toHaveText(/^Bagian 4 dari \d+$/);
  // The paused utterance was cut, not left to end on its own.
  const cut = await page.evaluate(() => window.__speech.filter((e) => e.ev !== 'start').pop());
  expect(cut.text).toBe(fourth.text);
  expect(['error', 'end']).toContain(cut.ev);

  // Next and previous while paused move the highlight without speaking.
  await page.locator('#listen-next').click();
  await expect(page.locator('#listen-where')).toHaveText(/^Bagian 5 dari/);
  const fifth = await page.locator('.reading').innerText();
  await page.locator('#listen-next').click();
  await expect(page.locator('#listen-where')).toHaveText(/^Bagian 6 dari/);
  await page.locator('#listen-previous').click();
  await expect(page.locator('#listen-where')).toHaveText(/^Bagian 5 dari/);
  expect(await page.locator('.reading').innerText()).toBe(fifth);
  expect(await starts(page)).toHaveLength(4);

  // Resume reads part 5 from its start; pause again as it starts.
  await page.evaluate(() => { window.__onStart = (n) => { if (n === 5) document.getElementById('listen-toggle').click(); }; });
  await toggle.click();
  await expect(page.locator('#listen-status')).toHaveText('Dijeda.');
  log = await starts(page);
  expect(log).toHaveLength(5);
  expect(norm(log[4].text)).toContain(lastLine(fifth));
  // Keyboard: resume with Enter on the focused button; previous while playing reads part 4.
  await page.evaluate(() => { window.__onStart = (n) => { if (n === 6) document.getElementById('listen-previous').click(); if (n === 7) document.getElementById('listen-toggle').click(); }; });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#listen-status')).toHaveText('Dijeda.');
  log = await starts(page);
  expect(log).toHaveLength(7);
  expect(log[5].text).toBe(log[4].text);
  expect(log[6].text).toBe(fourth.text);

  // Reading again, and while part 4 is being read the learner goes to the module page: the
  // voice stops there and then.
  await page.evaluate(() => { window.__onStart = (n) => { if (n === 8) document.querySelector('main .crumb a').click(); }; });
  await toggle.click();
  await expect(page.locator('main .lesson-list')).toBeVisible();
  await expect(page.locator('.listen')).toHaveCount(0);
  const at = (await starts(page)).length;
  expect(at).toBe(8);
  // Positive control: an utterance of the test's own, queued after anything the app could
  // still have asked for, is spoken to its end; by then nothing more of the lesson has started.
  await page.evaluate(() => new Promise((done) => {
    const u = new SpeechSynthesisUtterance('kontrol');
    u.voice = speechSynthesis.getVoices().find((v) => v.lang === 'id');
    u.onend = done; u.onerror = done;
    speechSynthesis.speak(u);
  }));
  const after = (await starts(page)).slice(at).map((s) => s.text);
  expect(after).toEqual(['kontrol']);
  expect(await page.evaluate(() => speechSynthesis.speaking || speechSynthesis.pending)).toBe(false);
  await context.close();
});

test('voice and speed are chosen once and kept for every lesson', async ({ baseURL }) => {
  test.setTimeout(90_000);
  const { context, page } = await open(baseURL);
  await page.locator('#listen-options-toggle').click();
  const voice = page.locator('#listen-voice');
  await expect(voice.locator('option')).not.toHaveCount(0, { timeout: 20_000 });
  // Only Indonesian voices are offered, local ones first.
  const names = await voice.locator('option').allInnerTexts();
  expect(names[0]).toBe('Indonesian espeak-ng (di perangkat)');
  expect(names.every((n) => n.startsWith('Indonesian'))).toBe(true);
  await voice.selectOption({ label: 'Indonesian+female2 espeak-ng (di perangkat)' });
  await page.locator('#listen-rate').selectOption({ label: '1,5×' });
  await page.reload();
  await appReady(page);
  await page.evaluate(() => { window.__onStart = (n) => { if (n === 2) document.getElementById('listen-stop').click(); }; });
  await page.locator('#listen-start').click();
  await expect.poll(async () => (await starts(page)).length, { timeout: 20_000 }).toBe(2);
  await expect(page.locator('#listen-start')).toBeVisible();
  await expect(page.locator('#listen-start')).toBeFocused();
  const log = await starts(page);
  expect(log).toHaveLength(2);
  expect(log[0].voice).toBe('Indonesian+female2 espeak-ng');
  expect(log[0].rate).toBe(1.5);
  await expect(page.locator('.reading')).toHaveCount(0);
  await context.close();
});

test('in English the player speaks English to the learner, and still reads the lesson with its Indonesian voice', async ({ baseURL }) => {
  test.setTimeout(90_000);
  const { context, page } = await open(baseURL, { lang: 'en' });
  await expect(page.locator('.listen')).toHaveAttribute('aria-label', 'Listen to this lesson');
  await expect(page.locator('#listen-start')).toHaveText('Listen');
  await page.evaluate(() => { window.__onStart = (n) => { if (n === 3) document.getElementById('listen-toggle').click(); }; });
  await page.locator('#listen-start').click();
  await expect(page.locator('#listen-status')).toHaveText('Paused.', { timeout: 20_000 });
  await expect(page.locator('#listen-toggle')).toHaveText('Resume');
  await expect(page.locator('#listen-previous')).toHaveAttribute('aria-label', 'Previous part');
  await expect(page.locator('#listen-where')).toHaveText(/^Part 3 of \d+$/);
  const log = await starts(page);
  expect(log.every((s) => s.lang === 'id')).toBe(true);
  // The bar, playing, passes axe (WCAG 2.2 AA).
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  await context.close();
});

test('a device with voices but none Indonesian: the button says so and how to add one, and nothing is read', async ({ baseURL }) => {
  const { context, page } = await open(baseURL, {
    init: () => {
      const all = speechSynthesis.getVoices.bind(speechSynthesis);
      speechSynthesis.getVoices = () => all().filter((v) => !/^(id|in)\b/i.test(v.lang));
    },
  });
  const start = page.locator('#listen-start');
  await expect(start).toHaveText('Dengarkan: belum ada suara bahasa Indonesia', { timeout: 20_000 });
  // Not disabled: pressed, it tells how to add a voice (a disabled button would say nothing).
  await expect(start).toBeEnabled();
  await expect(start).toHaveAttribute('aria-expanded', 'false');
  await start.click();
  await expect(page.locator('#listen-help')).toContainText('Text-to-speech');
  await expect(start).toHaveAttribute('aria-expanded', 'true');
  expect(await starts(page)).toEqual([]);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  await context.close();
});

// The project's own browser (playwright.config.mjs): no --enable-speech-dispatcher, so
// speechSynthesis exists and lists no voice at all.
test('a browser with no voice at all (speech-dispatcher off): the button says so, in both languages', async ({ page }) => {
  test.setTimeout(60_000);
  await page.addInitScript(logUtterances);
  await page.goto(`index.html${LESSON}`);
  await appReady(page);
  expect(await page.evaluate(() => speechSynthesis.getVoices().length)).toBe(0);
  await page.locator('#listen-start').click();
  await expect(page.locator('#listen-start')).toHaveText('Dengarkan: belum ada suara bahasa Indonesia', { timeout: 20_000 });
  await expect(page.locator('#listen-help')).toContainText('Setelan');
  await page.goto(`index.html?lang=en${LESSON}`);
  await appReady(page);
  await expect(page.locator('#listen-start')).toHaveText('Listen: no Indonesian voice yet', { timeout: 20_000 });
  await page.locator('#listen-start').click();
  await expect(page.locator('#listen-help')).toContainText('Settings → search for "Text-to-speech"');
  expect(await starts(page)).toEqual([]);
});

test('screenshots of a lesson being read, 360×640, both languages, light and dark', async ({ baseURL }, info) => {
  test.setTimeout(120_000);
  for (const scheme of ['light', 'dark']) {
    for (const lang of ['id', 'en']) {
      const { context, page } = await open(baseURL, { lang });
      await page.emulateMedia({ colorScheme: scheme });
      await page.evaluate(() => { window.__onStart = (n) => { if (n === 6) document.getElementById('listen-toggle').click(); }; });
      await page.locator('#listen-start').click();
      await expect(page.locator('#listen-toggle')).toHaveText(lang === 'id' ? 'Lanjutkan' : 'Resume', { timeout: 20_000 });
      const file = info.outputPath(`listen-${lang}-${scheme}.png`);
      await page.screenshot({ path: file });
      console.log(file);
      await context.close();
    }
  }
});
