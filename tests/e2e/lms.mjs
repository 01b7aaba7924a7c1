// What the SCORM specs share (scorm.spec.mjs, scorm2004.spec.mjs): running Debian's tools on a
// package, reading its manifest, and the test LMS (lms-server.mjs) on a free port.
import { spawn, spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Runs `cmd args…`; a missing tool is named with where it comes from. */
export function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error) throw new Error(`${cmd}: ${r.error.message} (scripts/setup.sh test installs it)`);
  return r;
}

/** An XPath 1.0 expression over `file`, by xmllint. */
export const xpath = (file, expr) => run('xmllint', ['--xpath', expr, file]).stdout.trim();

/** Unzips `zip` into `dir`; throws with unzip's words when it fails. */
export function unzip(zip, dir) {
  const x = run('unzip', ['-q', zip, '-d', dir]);
  if (x.status !== 0) throw new Error(`unzip ${zip}: ${x.stderr}`);
}

const freePort = () => new Promise((resolve, reject) => {
  const s = net.createServer();
  s.once('error', reject);
  s.listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});

/** Starts the test LMS serving the unpacked packages in `packages` (one folder per module);
 * resolves with its base URL and a `stop()`. */
export async function startLms(packages) {
  const port = await freePort();
  const child = spawn('node', [path.join(here, 'lms-server.mjs'), '--port', String(port), '--packages', packages], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    child.stdout.once('data', resolve);
    child.once('exit', (code) => reject(new Error(`lms-server exited ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}
