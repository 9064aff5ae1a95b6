#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: install what is missing, build
# everything and run every test headless (GUI tests on the offscreen platform).
# Extra arguments go to ctest, e.g. scripts/test.sh -L gui
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
export QT_QPA_PLATFORM=offscreen
# Keep tests away from the real user's data and settings.
export XDG_DATA_HOME="${TMPDIR:-/tmp}/reliefdesk-test-home/data"
export XDG_CONFIG_HOME="${TMPDIR:-/tmp}/reliefdesk-test-home/config"
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure --parallel 2 "$@"
