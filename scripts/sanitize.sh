#!/usr/bin/env bash
# scripts/sanitize.sh [CTEST ARGS…]: the domain, storage, services and CLI tests
# under AddressSanitizer and UndefinedBehaviorSanitizer, in their own build folder
# (build-sanitize; RELIEF_SANITIZE_BUILD overrides it). Not part of .ci/run: the
# instrumented build takes a while. Run it before resolving an issue that touches
# parsing or money. Uses the compiler in CXX (default g++; clang++ works too).
#
# Any ASan report (memory error or leak) or UBSan report fails the test that hit
# it: UBSan halts on the first error, and both exit with codes the tests never
# expect (the CLI tests run the instrumented reliefdesk-cli and check its exit).
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD="${RELIEF_SANITIZE_BUILD:-build-sanitize}"
JOBS="${RELIEF_SANITIZE_JOBS:-2}"
FLAGS="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
LAUNCHER=()
if command -v ccache >/dev/null; then LAUNCHER=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi

cmake -S . -B "$BUILD" -G Ninja \
  -DCMAKE_CXX_COMPILER="${CXX:-g++}" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS="$FLAGS" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
  -DRELIEF_PCH=OFF -DRELIEF_WERROR=OFF -DRELIEF_BUILD_BENCH=OFF \
  "${LAUNCHER[@]}" >/dev/null

# RELIEF_SANITIZE_TESTS="test_domain" narrows the run (a quick look at one layer).
read -r -a TESTS <<<"${RELIEF_SANITIZE_TESTS:-test_domain test_storage test_services test_cli}"
extra=()
for t in "${TESTS[@]}"; do [ "$t" = test_cli ] && extra=(reliefdesk-cli); done
cmake --build "$BUILD" -j"$JOBS" --target "${TESTS[@]}" "${extra[@]}"

export QT_QPA_PLATFORM=offscreen
export XDG_DATA_HOME="${TMPDIR:-/tmp}/reliefdesk-sanitize-home/data"
export XDG_CONFIG_HOME="${TMPDIR:-/tmp}/reliefdesk-sanitize-home/config"
export ASAN_OPTIONS="detect_leaks=1:exitcode=86:detect_stack_use_after_return=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:exitcode=87${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitize/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

status=0
ctest --test-dir "$BUILD" --output-on-failure --parallel "$JOBS" \
  -R "^($(IFS='|'; echo "${TESTS[*]}"))\$" "$@" || status=$?
if [ "$status" -eq 0 ]; then
  echo "sanitize: ${TESTS[*]} clean under ASan + UBSan"
else
  echo "sanitize: FAILED (see the sanitizer reports above)" >&2
fi
exit "$status"
