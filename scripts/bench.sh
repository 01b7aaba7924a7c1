#!/usr/bin/env bash
# The benchmark: builds the release dist/ and prints sizes, requests, app-ready times and
# Lighthouse scores as Markdown tables (tests/e2e/bench.mjs). It measures; it asserts nothing.
#   scripts/bench.sh [--runs N] [--no-lighthouse]
#   BENCH_BASELINE_WASM=<another build's .wasm> scripts/bench.sh …   # adds the wasm size change
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" bench
cd "$BIMTEK_ROOT"
# connect-src also allows an LRS on this machine: the outbox drain is measured against one.
BIMTEK_CONNECT_SRC="${BIMTEK_CONNECT_SRC:-https: http://127.0.0.1:*}" trunk build --release >&2
# The framework's floor: the smallest Leptos app, same profile and flags (examples/leptos_floor.rs).
cargo build --release --locked --example leptos_floor --target wasm32-unknown-unknown >&2
node tests/e2e/floor.mjs target/wasm32-unknown-unknown/release/examples/leptos_floor.wasm target/floor/leptos_floor.wasm
# The stack's floor for a quiz screen: fetch a module, parse it, IndexedDB, radio buttons, save
# (examples/landing_floor.rs); the benchmark weighs it and times its first visit like ours.
cargo build --release --locked --example landing_floor --target wasm32-unknown-unknown >&2
node tests/e2e/floor.mjs target/wasm32-unknown-unknown/release/examples/landing_floor.wasm target/floor/landing_floor.wasm
node tests/e2e/bench.mjs "$@"
# What the main module runs on each kind of first visit (issue 28, item 6; docs/benchmarks.md).
node tests/e2e/bench-coverage.mjs
