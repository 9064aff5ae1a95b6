#!/usr/bin/env bash
# Configures and builds ReliefDesk into BUILD_DIR (default: build).
# Warnings are errors when CI is set or RELIEF_WERROR=ON.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo}
WERROR=${RELIEF_WERROR:-$([ -n "${CI:-}" ] && echo ON || echo OFF)}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" -DRELIEF_WERROR="$WERROR"
cmake --build "$BUILD_DIR" --parallel "$(nproc)" "$@"
