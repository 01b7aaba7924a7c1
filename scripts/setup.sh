#!/usr/bin/env bash
# Installs what the project needs and is missing, pinned to exact versions; installs nothing
# when everything is already there. Sourced by serve.sh, test.sh and bench.sh:
#
#   source scripts/setup.sh build   # Rust wasm target, trunk, wasm-bindgen, wasm-opt
#   source scripts/setup.sh test    # build + Debian chromium/chromedriver + npm test packages
#   source scripts/setup.sh bench   # test + what the benchmark needs (same set today)
#
# Tools go into $BIMTEK_TOOLS (default ~/.cache/bimtek/tools), shared by every clone on this
# machine, and that folder is put first on PATH. Versions and why: docs/toolchain.md.
#
# Safe to source from an interactive shell: it sets no shell options and never calls `exit`;
# every step that fails makes `source` return non-zero (the calling scripts run with
# `set -euo pipefail`, so they stop there).

BIMTEK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIMTEK_TOOLS="${BIMTEK_TOOLS:-$HOME/.cache/bimtek/tools}"
TRUNK_VERSION="0.21.14"
RALPH_VERSION="5.1.0"
WASM_OPT_VERSION="132"
# The wasm splitter of the post-build step (scripts/wasm-split.mjs): the one cargo-leptos uses.
WASM_SPLIT_VERSION="0.2.4"
# wasm-bindgen-cli must equal the wasm-bindgen that Cargo.lock pins.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/"/, "", $3); print $3; exit}' "$BIMTEK_ROOT/Cargo.lock")"
export BIMTEK_ROOT BIMTEK_TOOLS
export PATH="$BIMTEK_TOOLS/bin:$BIMTEK_ROOT/scripts/build-tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_OFFLINE=true TRUNK_SKIP_VERSION_CHECK=true
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CHROMEDRIVER=/usr/bin/chromedriver
export CHROME_PATH=/usr/bin/chromium

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "apt: installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q || return 1
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" || return 1
}

# npm ci in $1 unless node_modules already matches the committed lockfile exactly.
npm_ci() {
  local dir="$1" what="$2" want have
  want="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
  have="$(cat "$dir/node_modules/.bimtek-lock-sha256" 2>/dev/null || true)"
  [ "$want" = "$have" ] && return 0
  say "npm ci: $what"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || return 1
  echo "$want" > "$dir/node_modules/.bimtek-lock-sha256"
}

# The crate's own source as crates.io has it (fetched and checksummed by cargo), our patch on
# top, built with the crate's own lockfile.
install_wasm_split() {
  local work crate
  work="$(mktemp -d)" || return 1
  mkdir -p "$work/fetch/src" && : > "$work/fetch/src/lib.rs"
  printf '[package]\nname = "fetch-wasm-split"\nversion = "0.0.0"\nedition = "2021"\n[dependencies]\nwasm_split_cli_support = "=%s"\n' \
    "$WASM_SPLIT_VERSION" > "$work/fetch/Cargo.toml"
  (cd "$work/fetch" && cargo fetch -q) || { rm -rf "$work"; return 1; }
  crate="$(ls "${CARGO_HOME:-$HOME/.cargo}"/registry/cache/*/"wasm_split_cli_support-$WASM_SPLIT_VERSION.crate" 2>/dev/null | head -1)"
  [ -n "$crate" ] && tar -xzf "$crate" -C "$work" \
    && git -C "$work/wasm_split_cli_support-$WASM_SPLIT_VERSION" apply -p1 "$BIMTEK_ROOT/scripts/build-tools/wasm-split-cli.patch" \
    && cargo install --path "$work/wasm_split_cli_support-$WASM_SPLIT_VERSION" --locked \
      --features build-binary --root "$BIMTEK_TOOLS" --force
  local rc=$?
  rm -rf "$work"
  return $rc
}

setup_build() {
  command -v cargo >/dev/null || { echo "cargo tidak ditemukan: pasang Rust (rustup) dulu." >&2; return 1; }
  { command -v node >/dev/null && command -v npm >/dev/null; } || apt_install nodejs npm || return 1
  # Info-ZIP's zip writes the SCORM packages (scripts/scorm-package.mjs).
  apt_install zip || return 1
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "rustup: adding wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown || return 1
  fi
  mkdir -p "$BIMTEK_TOOLS" || return 1
  if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
    say "cargo install trunk $TRUNK_VERSION (about 10 minutes, once per machine)"
    cargo install trunk --version "$TRUNK_VERSION" --locked --root "$BIMTEK_TOOLS" || return 1
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    say "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes, once per machine)"
    # Without --locked: its own lockfile pins a crate this registry lacks (docs/toolchain.md).
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --root "$BIMTEK_TOOLS" --force || return 1
  fi
  # wasm-split-cli, from the pinned crates.io source with our patch applied
  # (scripts/build-tools/wasm-split-cli.patch: code the English chunk shares stays in the main
  # module; code the lesson and quiz chunks share with other chunks goes into one shared chunk,
  # so a deep link fetches two files, not twenty). It prints no version: a
  # marker in the tool root records the version and the patch it was built with.
  local split_want split_have
  split_want="$WASM_SPLIT_VERSION $(sha256sum "$BIMTEK_ROOT/scripts/build-tools/wasm-split-cli.patch" | cut -d' ' -f1)"
  split_have="$(cat "$BIMTEK_TOOLS/.wasm-split-cli" 2>/dev/null || true)"
  if [ "$split_want" != "$split_have" ] || ! [ -x "$BIMTEK_TOOLS/bin/wasm-split-cli" ]; then
    say "cargo install wasm_split_cli_support $WASM_SPLIT_VERSION, patched (about 2 minutes, once per machine)"
    install_wasm_split || return 1
    echo "$split_want" > "$BIMTEK_TOOLS/.wasm-split-cli"
  fi
  # wasm-opt comes from the committed npm lockfile (binaryen $WASM_OPT_VERSION), never Debian's.
  npm_ci "$BIMTEK_ROOT/scripts/build-tools" "binaryen $WASM_OPT_VERSION (wasm-opt) and terser" || return 1
  # Fetch crates now so that Trunk's offline `cargo build` finds them.
  (cd "$BIMTEK_ROOT" && cargo fetch --locked -q) || return 1
}

# Ralph (the LRS of the xAPI tests, docs/lrs.md) in its own virtual environment, from
# the exact pins of scripts/lrs-tools/requirements.txt; nothing when that set is installed.
setup_ralph() {
  local venv="$BIMTEK_TOOLS/ralph-$RALPH_VERSION" req="$BIMTEK_ROOT/scripts/lrs-tools/requirements.txt" want have
  want="$(sha256sum "$req" | cut -d' ' -f1)"
  have="$(cat "$venv/.bimtek-requirements-sha256" 2>/dev/null || true)"
  if [ "$want" != "$have" ] || [ ! -x "$venv/bin/ralph" ]; then
    python3 -m venv --help >/dev/null 2>&1 && python3 -c 'import ensurepip' 2>/dev/null || apt_install python3-venv || return 1
    say "pip: ralph-malph $RALPH_VERSION (LRS for the xAPI tests) into $venv"
    rm -rf "$venv"
    python3 -m venv "$venv" || return 1
    "$venv/bin/pip" install --quiet --disable-pip-version-check --no-deps --only-binary=:all: -r "$req" || return 1
    "$venv/bin/pip" check --disable-pip-version-check >/dev/null || { "$venv/bin/pip" check; return 1; }
    echo "$want" > "$venv/.bimtek-requirements-sha256"
  fi
  export BIMTEK_RALPH="$venv/bin"
}

setup_test() {
  setup_build || return 1
  # unzip and xmllint (libxml2-utils): the SCORM test unpacks every package and validates its
  # manifest against the ADL schemas (tests/e2e/scorm.spec.mjs).
  apt_install chromium chromium-driver poppler-utils unzip libxml2-utils || return 1
  # speech-dispatcher + espeak-ng: local text-to-speech voices (Indonesian among them) that
  # Chromium started with --enable-speech-dispatcher lists in speechSynthesis.getVoices(), so
  # the "Dengarkan" player is tested with real utterances (tests/e2e/listen.spec.mjs).
  apt_install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng || return 1
  npm_ci "$BIMTEK_ROOT/tests/e2e" "end-to-end test packages (Playwright, axe-core, Lighthouse, xapi-validation)" || return 1
  setup_ralph || return 1
}

case "${1:-build}" in
  build) setup_build ;;
  test|bench) setup_test ;;
  *) echo "usage: source scripts/setup.sh build|test|bench" >&2; false ;;
esac
