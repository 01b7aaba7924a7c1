// Screenshots of a SCORM package inside the Moodle-like test LMS, for docs/scorm.md (not a test).
//   node tests/e2e/scorm-screenshots.mjs [outdir]        (default: docs/img)
// Unpacks dist/scorm/agen-perubahan.zip, serves it with lms-server.mjs (`lms=moodle`, Moodle's
// default frame 100 % × 500 px), and writes scorm-moodle-1280.png (the module's overview) and
// scorm-moodle-360.png (a phone, mid-quiz).
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs } from './support.mjs';
import { startLms, unzip } from './lms.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'docs/img'));
const id = 'agen-perubahan';
fs.mkdirSync(out, { recursive: true });
const unpacked = fs.mkdtempSync(path.join(os.tmpdir(), 'scorm-shots-'));
unzip(path.join(root, 'dist/scorm', `${id}.zip`), path.join(unpacked, id));
const lms = await startLms(unpacked);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
try {
  for (const [width, height, learner] of [[1280, 800, 'dok-1280'], [360, 640, 'dok-360']]) {
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(`${lms.url}/lms/${learner}/${id}/?href=index.html&mastery=70&lms=moodle`);
    const frame = page.frameLocator('#sco');
    await frame.locator('#scorm-status').filter({ hasText: 'Tersimpan di LMS' }).waitFor();
    if (width < 400) {
      await frame.locator('#quiz-link').click();
      await frame.locator('#quiz-start').click();
      await frame.locator('.question-prompt').waitFor();
    }
    await page.waitForTimeout(300);
    const file = path.join(out, `scorm-moodle-${width}.png`);
    await page.screenshot({ path: file });
    console.log(file);
    await context.close();
  }
} finally {
  await browser.close();
  lms.stop();
  fs.rmSync(unpacked, { recursive: true, force: true });
}
