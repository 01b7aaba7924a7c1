#!/usr/bin/env bash
# Runs every test: formatting, clippy (host and wasm32), native tests, browser tests in
# headless Chromium (wasm-bindgen-test), and end-to-end tests against the release dist/
# served on 127.0.0.1. Installs what is missing first (scripts/setup.sh).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" test
cd "$BIMTEK_ROOT"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "rustfmt"
cargo fmt --all --check

step "clippy (host)"
cargo clippy --locked --all-targets --features testing -- -D warnings
step "clippy (wasm32)"
cargo clippy --locked --all-targets --features testing --target wasm32-unknown-unknown -- -D warnings
# and as Trunk builds it, with the chunk split points (src/ui/lazy.rs)
cargo clippy --locked --all-targets --features testing,split --target wasm32-unknown-unknown -- -D warnings

step "native tests (cargo test, with the storage contract suite)"
cargo test --locked --features testing

step "browser tests (wasm-bindgen-test in headless Chromium)"
cargo test --locked --features testing --target wasm32-unknown-unknown

step "release build, version B (for the update test), then the release build (trunk)"
# connect-src also allows an LRS on this machine (127.0.0.1): the xAPI tests run Ralph there.
# The shipped default is `'self' https:` (scripts/csp.mjs); nothing else differs.
export BIMTEK_CONNECT_SRC="https: http://127.0.0.1:*"
BIMTEK_BUILD_LABEL=B trunk build --release --dist target/dist-b
trunk build --release

step "end-to-end tests (Playwright, Debian chromium, release dist/)"
# A free port, so a busy 18480 (another checkout's run, say) cannot fail the suite.
E2E_PORT="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
export E2E_PORT
cd tests/e2e
npx --no-install playwright test
