#!/usr/bin/env bash
# The benchmark: builds the release dist/ and prints sizes, requests, app-ready times and
# Lighthouse scores as Markdown tables (tests/e2e/bench.mjs). It measures; it asserts nothing.
#   scripts/bench.sh [--runs N] [--no-lighthouse]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" bench
cd "$BIMTEK_ROOT"
trunk build --release >&2
node tests/e2e/bench.mjs "$@"
