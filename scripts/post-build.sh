#!/usr/bin/env bash
# Trunk post_build hook (the names the scripts share with the app — chunk names, the chunks
# meta, root classes — come from Rust, src/content/names.rs, via `bimtek-pack names` in
# BIMTEK_NAMES):
# 0. cuts the wasm into a main module and on-demand chunks, puts the JS glue into index.html's
#    start script and rewrites Trunk's wasm and
#    preload links (scripts/wasm-split.mjs; docs/design.md, "Chunks") — before anything below
#    copies, hashes or precaches them;
# 1. compiles the built-in content packs (content/) into the staging dist
#    (content/<pack>/*.json and packs.json), validating them — a broken pack fails the build;
# 2. stages a SCORM 1.2 and a SCORM 2004 package per built-in module (scripts/scorm-package.mjs): its launch
#    page is Trunk's index.html for that module, still without a CSP (and without the first
#    screen of step 3: an LMS shows one module, never the catalog); then validates the content
#    of the site and of each package once more and lists its fingerprints in the page
#    (bimtek-pack mark-checked; src/content/checked.rs): the browser validates only other files;
# 3. writes the static first screen and the inlined pack indexes into index.html
#    (bimtek-pack first-screen: the app's views rendered by src/views/prerender.rs, the data
#    block and start-up script from src/content/first_screen.rs; in a release build the start-up
#    script is then minified, scripts/minify-boot.mjs), and lrs.json with no LRS set (a
#    deployer edits it: docs/lrs.md), so that an app without an LRS finds the file instead of
#    logging a 404 on every start (after staging: packages have no LRS outbox);
# 4. writes the Content-Security-Policy into index.html and into every launch page, with the
#    hashes of what Trunk inlined (scripts/csp.mjs) — before anything is hashed or zipped;
# 5. zips the packages into scorm/<module-id>.zip and scorm/2004/<module-id>.zip (docs/scorm.md);
# 6. writes the service worker's precache list and version (scripts/sw-precache.mjs; the
#    SCORM packages are not precached).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
cd "$root"
raw_wasm="${CARGO_TARGET_DIR:-$root/target}/wasm32-unknown-unknown/${TRUNK_PROFILE:?}/bimtek.wasm"
# Names the scripts share with the app (chunk names, the chunks meta, root classes), defined
# once in Rust (src/content/names.rs).
BIMTEK_NAMES="$(cargo run --quiet --offline --locked --bin bimtek-pack -- names)"
export BIMTEK_NAMES
node scripts/wasm-split.mjs "$out" "$raw_wasm" "$TRUNK_PROFILE"
cargo run --quiet --offline --locked --bin bimtek-pack -- build content "$out"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
node scripts/scorm-package.mjs stage "$out" "$stage"
# The content files validated once more and their fingerprints listed in each page, so that the
# browser validates only files the build did not check (src/content/checked.rs): the site, and
# each package with its own one-module pack list.
cargo run --quiet --offline --locked --bin bimtek-pack -- mark-checked "$out"
for page in "$stage"/*/index.html "$stage"/_2004/*/index.html; do
  cargo run --quiet --offline --locked --bin bimtek-pack -- mark-checked "$(dirname "$page")"
done
cargo run --quiet --offline --locked --bin bimtek-pack -- first-screen "$out"
if [ "$TRUNK_PROFILE" = release ]; then node scripts/minify-boot.mjs "$out"; fi
printf '%s\n' '{ "format": "bimtek-lrs", "version": 1, "endpoint": null }' > "$out/lrs.json"
node scripts/csp.mjs "$out"
for page in "$stage"/*/index.html "$stage"/_2004/*/index.html; do
  node scripts/csp.mjs "$out" "$page"
done
node scripts/scorm-package.mjs zip "$stage" "$out/scorm"
node scripts/sw-precache.mjs "$out"
