#!/usr/bin/env bash
# Builds the release app and serves it on http://127.0.0.1:8080 (or --port N).
# Installs what is missing first (scripts/setup.sh). Stop with Ctrl+C.
set -euo pipefail
port=8080
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="${2:?--port perlu angka}"; shift 2 ;;
    --port=*) port="${1#--port=}"; shift ;;
    -h|--help) echo "usage: scripts/serve.sh [--port N]"; exit 0 ;;
    *) echo "Opsi tidak dikenal: $1 (usage: scripts/serve.sh [--port N])" >&2; exit 2 ;;
  esac
done
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" build
cd "$BIMTEK_ROOT"
# Fail early and clearly when the port is busy, before a two-minute build.
if node -e "const s=require('net').createServer();s.once('error',()=>process.exit(1));s.listen($port,'127.0.0.1',()=>s.close())"; then :; else
  echo "Port $port di 127.0.0.1 sedang dipakai program lain. Coba: scripts/serve.sh --port $((port + 10))" >&2
  exit 3
fi
trunk build --release
exec node scripts/static-server.mjs --dir dist --port "$port" --host 127.0.0.1
