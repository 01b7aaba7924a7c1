// The floors for the benchmark: turns cargo's build of an example (examples/leptos_floor.rs,
// examples/landing_floor.rs) into what a browser would get, the way the app's build does
// (wasm-bindgen, wasm-opt -Oz, terser on the JS glue), and writes <out>.wasm and <out>.js. Run
// by scripts/bench.sh; tests/e2e/bench.mjs prints their sizes and serves the landing floor.
//   node tests/e2e/floor.mjs <cargo's example .wasm> <out.wasm>
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { scratchDir } from './scratch.mjs';

const [input, output] = process.argv.slice(2);
const leb = (b, p) => { let r = 0, s = 0, x; do { x = b[p++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80); return [r, p]; };
// The linker's relocations (--emit-relocs, for the app's splitter) would stay in the file and
// stop wasm-opt; the app's splitter drops them, so they are dropped here too.
const buf = fs.readFileSync(input);
const parts = [buf.subarray(0, 8)];
for (let p = 8; p < buf.length;) {
  const start = p;
  const id = buf[p++];
  let size; [size, p] = leb(buf, p);
  const end = p + size;
  let drop = false;
  if (id === 0) {
    const [len, q] = leb(buf, p);
    const name = buf.subarray(q, q + len).toString();
    drop = name === 'linking' || name.startsWith('reloc.');
  }
  if (!drop) parts.push(buf.subarray(start, end));
  p = end;
}
const work = scratchDir('bench-floor');
try {
  fs.writeFileSync(path.join(work, 'in.wasm'), Buffer.concat(parts));
  execFileSync('wasm-bindgen', [path.join(work, 'in.wasm'), '--target', 'web', '--no-typescript', '--out-dir', work, '--out-name', 'floor']);
  fs.mkdirSync(path.dirname(output), { recursive: true });
  execFileSync('wasm-opt', ['-Oz', '--quiet', path.join(work, 'floor_bg.wasm'), '-o', output]);
  execFileSync('terser', [path.join(work, 'floor.js'), '--module', '--compress', 'passes=2', '--mangle',
    '--output', output.replace(/\.wasm$/, '.js')]);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
