// Scratch folders for tests and the benchmark: made under the system's temp folder and removed
// when the process that made them exits (a Playwright worker, the bench script), pass or fail.
// Without this every run left its deployed copies, portals, browser profiles and Ralph folders
// behind (1.7 GB after a few weeks of runs on one machine, and CI shares that disk).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const made = new Set();
let hooked = false;

function removeAll() {
  for (const dir of made) {
    try {
      fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // A browser may still hold a file in its profile; the OS temp cleaner gets the rest.
    }
  }
  made.clear();
}

/** A new empty folder named `bimtek-<prefix>-XXXXXX`, removed at process exit. */
export function scratchDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bimtek-${prefix}-`));
  made.add(dir);
  if (!hooked) {
    hooked = true;
    process.on('exit', removeAll);
    for (const signal of ['SIGINT', 'SIGTERM']) {
      process.once(signal, () => {
        removeAll();
        process.kill(process.pid, signal);
      });
    }
  }
  return dir;
}
