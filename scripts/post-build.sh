#!/usr/bin/env bash
# Trunk post_build hook:
# 1. compiles the built-in content packs (content/) into the staging dist
#    (content/<pack>/*.json and packs.json), validating them — a broken pack fails the build;
# 2. writes lrs.json with no LRS set (a deployer edits it: docs/lrs.md), so that an app
#    without an LRS finds the file instead of logging a 404 on every start;
# 3. writes the Content-Security-Policy into index.html, with the hashes of what Trunk inlined
#    (scripts/csp.mjs) — before the precache step hashes the files;
# 4. writes the service worker's precache list and version (scripts/sw-precache.mjs).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
cd "$root"
cargo run --quiet --offline --locked --bin bimtek-pack -- build content "$out"
printf '%s\n' '{ "format": "bimtek-lrs", "version": 1, "endpoint": null }' > "$out/lrs.json"
node scripts/csp.mjs "$out"
node scripts/sw-precache.mjs "$out"
