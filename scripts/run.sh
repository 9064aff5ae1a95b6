#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: install what is missing, build,
# and start ReliefDesk on the default database (created on first run).
# Extra arguments go to the app, e.g. scripts/run.sh --db /tmp/test.db
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh --target reliefdesk reliefdesk-cli
exec "${BUILD_DIR:-build}/src/app/reliefdesk" "$@"
