// Deploys for the host tests and the benchmark: a copy of a build as a deployer uploads it, the
// next build uploaded over it, and "the next build" made from a deployed one with one change.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { scratchDir } from './scratch.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));

/** Copies the build `from` into a fresh folder (a deploy) and returns its path. */
export function deploy(from) {
  const into = scratchDir('host');
  fs.rmSync(into, { recursive: true, force: true });
  fs.cpSync(from, into, { recursive: true });
  return into;
}

/** Copies the build `from` over the deployed folder `dir`, with modification times after any
 * before (hosts answer `If-Modified-Since` by the second). */
export function redeploy(dir, from) {
  fs.cpSync(from, dir, { recursive: true });
  const later = Math.floor(Date.now() / 1000) + 5;
  for (const f of walk(dir)) fs.utimesSync(f, later, later);
}

/** The paths a built `sw.js` precaches. */
export function precached(dir) {
  return JSON.parse(/const PRECACHE = (\[.*?\]);/s.exec(fs.readFileSync(path.join(dir, 'sw.js'), 'utf8'))[1]).map(([p]) => p);
}

/** A copy of the deployed `dir` as the next build would be with only `change(copy)` applied:
 * the worker template from public/ gets the new precache list (scripts/sw-precache.mjs), with
 * the same files left out as in the deployed build. */
export function nextBuild(dir, change) {
  const next = scratchDir('host-next');
  fs.cpSync(dir, next, { recursive: true });
  const listed = new Set(precached(dir));
  const skip = walk(next).map((f) => path.relative(next, f).split(path.sep).join('/'))
    .filter((f) => !listed.has(f) && f !== 'sw.js' && f !== 'packs.json' && f !== 'lrs.json' && !f.startsWith('scorm/') && !f.startsWith('.'));
  change(next);
  fs.copyFileSync(path.join(root, 'public/sw.js'), path.join(next, 'sw.js'));
  fs.writeFileSync(path.join(next, '.bimtek-site-skip.json'), JSON.stringify(skip));
  const r = spawnSync('node', [path.join(root, 'scripts/sw-precache.mjs'), next], { encoding: 'utf8', env: { ...process.env, BIMTEK_NAMES: names() } });
  if (r.status !== 0) throw new Error(`sw-precache: ${r.stderr}`);
  return next;
}

/** The names and caps the build shares with the app (`bimtek-pack names`, as post-build.sh
 * reads them). */
let namesJson;
function names() {
  if (namesJson === undefined) {
    const r = spawnSync('cargo', ['run', '--quiet', '--offline', '--locked', '--bin', 'bimtek-pack', '--', 'names'], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bimtek-pack names: ${r.stderr}`);
    namesJson = r.stdout.trim();
  }
  return namesJson;
}
