#!/usr/bin/env node
// Minifies the start-up script that `bimtek-pack first-screen` inlined into index.html (the one
// `<script>` with no attributes; src/content/boot.js, compacted by src/content/first_screen.rs)
// with terser, pinned in scripts/build-tools. Release builds only, before scripts/csp.mjs hashes
// it: the HTML is the first thing every first visit waits for (−0.6 KB brotli).
//   node scripts/minify-boot.mjs <dist>
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const dist = process.argv[2];
if (!dist) {
  console.error('usage: minify-boot.mjs <dist>');
  process.exit(2);
}
const require = createRequire(new URL('./build-tools/package.json', import.meta.url));
const { minify } = require('terser');
const file = path.join(dist, 'index.html');
const html = fs.readFileSync(file, 'utf8');
const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
if (scripts.length !== 1) {
  console.error(`minify-boot: expected one start-up <script> in ${file}, found ${scripts.length}`);
  process.exit(1);
}
const [whole, code] = scripts[0];
const out = await minify(code, { compress: { passes: 2 }, mangle: true });
if (!out.code || out.code.includes('</script')) {
  console.error('minify-boot: terser gave no code, or code that would close the script');
  process.exit(1);
}
fs.writeFileSync(file, html.replace(whole, () => `<script>${out.code}</script>`));
