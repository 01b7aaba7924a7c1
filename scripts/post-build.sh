#!/usr/bin/env bash
# Trunk post_build hook:
# 1. compiles the built-in content packs (content/) into the staging dist
#    (content/<pack>/*.json and packs.json), validating them — a broken pack fails the build;
#    then writes the static first screen and the inlined pack indexes into index.html
#    (src/content/first_screen.rs);
# 2. writes the Content-Security-Policy into index.html, with the hashes of what Trunk inlined
#    (scripts/csp.mjs) — before the precache step hashes the files;
# 3. writes the service worker's precache list and version (scripts/sw-precache.mjs).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
cd "$root"
cargo run --quiet --offline --locked --bin bimtek-pack -- build content "$out"
cargo run --quiet --offline --locked --bin bimtek-pack -- first-screen "$out"
node scripts/csp.mjs "$out"
node scripts/sw-precache.mjs "$out"
