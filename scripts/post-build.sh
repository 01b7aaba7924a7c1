#!/usr/bin/env bash
# Trunk post_build hook:
# 1. compiles the built-in content packs (content/) into the staging dist
#    (content/<pack>/*.json and packs.json), validating them — a broken pack fails the build;
# 2. stages one SCORM 1.2 package per built-in module (scripts/scorm-package.mjs): its launch
#    page is Trunk's index.html for that module, still without a CSP;
# 3. writes the Content-Security-Policy into index.html and into every launch page, with the
#    hashes of what Trunk inlined (scripts/csp.mjs) — before anything is hashed or zipped;
# 4. zips the packages into scorm/<module-id>.zip (docs/scorm.md);
# 5. writes the service worker's precache list and version (scripts/sw-precache.mjs; the
#    SCORM packages are not precached).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
cd "$root"
cargo run --quiet --offline --locked --bin bimtek-pack -- build content "$out"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
node scripts/scorm-package.mjs stage "$out" "$stage"
node scripts/csp.mjs "$out"
for page in "$stage"/*/index.html; do
  node scripts/csp.mjs "$out" "$page"
done
node scripts/scorm-package.mjs zip "$stage" "$out/scorm"
node scripts/sw-precache.mjs "$out"
