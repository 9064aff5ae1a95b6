#!/usr/bin/env bash
# scripts/fuzz.sh SECONDS [TARGET…]: builds the libFuzzer targets of tests/fuzz in
# their own folder (build-fuzz; RELIEF_FUZZ_BUILD overrides it) with clang 14 and
# -fsanitize=fuzzer,address,undefined, then runs each target (all eight by
# default) for SECONDS from a seed corpus, prints a summary and fails when a
# target crashed. Not part of .ci/run. The corpus grows in build-fuzz/corpus and
# is reused by the next run; a crashing input is saved as build-fuzz/crashes/
# TARGET-crash-… — turn it into a regression test in the normal suite.
#
#   scripts/fuzz.sh 600                 # every target, 10 minutes each
#   scripts/fuzz.sh 120 fuzz_assess     # one target
set -euo pipefail
cd "$(dirname "$0")/.."

SECS="${1:?usage: scripts/fuzz.sh SECONDS [TARGET...]}"
shift
ALL=(fuzz_assess fuzz_policy fuzz_ledger_csv fuzz_id_number fuzz_bank_card fuzz_bank_template
     fuzz_bank_results fuzz_bank_xlsx)
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=("${ALL[@]}")
BUILD="${RELIEF_FUZZ_BUILD:-build-fuzz}"
JOBS="${RELIEF_FUZZ_JOBS:-2}"

# clang 14 and its runtimes (libFuzzer, ASan, UBSan) from Debian 12.
need=()
for p in clang-14 libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "fuzz: installing ${need[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${need[@]}"
fi

FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined"
FLAGS+=" -fno-omit-frame-pointer -g -O1"
LAUNCHER=()
if command -v ccache >/dev/null; then LAUNCHER=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
# A build type of its own: only FLAGS apply (assertions stay on).
cmake -S . -B "$BUILD" -G Ninja \
  -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=Fuzz \
  -DCMAKE_CXX_FLAGS="$FLAGS" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
  -DRELIEF_BUILD_FUZZ=ON -DRELIEF_BUILD_TESTS=OFF -DRELIEF_BUILD_BENCH=OFF \
  -DRELIEF_PCH=OFF -DRELIEF_WERROR=OFF "${LAUNCHER[@]}" >/dev/null
cmake --build "$BUILD" -j"$JOBS" --target "${TARGETS[@]}"

# Seeds: the worked samples and shipped files, plus tests/fuzz/seeds; the ledger
# seeds also in GB18030, the encoding Excel writes on Chinese Windows.
seed() { # seed TARGET FILE…
  local dir="$BUILD/corpus/$1"
  shift
  mkdir -p "$dir"
  for f in "$@"; do [ -f "$f" ] && cp -n "$f" "$dir/" || true; done
}
seed fuzz_assess tests/data/assess/*.input.json tests/fuzz/seeds/assess/*
seed fuzz_policy resources/policy/*.json
seed fuzz_ledger_csv tests/fuzz/seeds/ledger_csv/*
for f in tests/fuzz/seeds/ledger_csv/*.csv; do
  iconv -f UTF-8 -t GB18030 "$f" >"$BUILD/corpus/fuzz_ledger_csv/$(basename "$f" .csv)-gb18030.csv"
done
seed fuzz_id_number tests/fuzz/seeds/id_number/*
seed fuzz_bank_card tests/fuzz/seeds/bank_card/*
seed fuzz_bank_template resources/bank/*.json
seed fuzz_bank_results tests/fuzz/seeds/bank_results/*
seed fuzz_bank_xlsx tests/fuzz/seeds/bank_xlsx/*

mkdir -p "$BUILD/crashes" "$BUILD/logs"
export ASAN_OPTIONS="detect_leaks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
failed=0
summary=()
for t in "${TARGETS[@]}"; do
  args=(-max_total_time="$SECS" -timeout=20 -rss_limit_mb=2560 -print_final_stats=1
        -artifact_prefix="$BUILD/crashes/$t-")
  case "$t" in
    fuzz_assess | fuzz_policy | fuzz_bank_template)
      args+=(-dict=tests/fuzz/json.dict -max_len=65536) ;;
    fuzz_ledger_csv | fuzz_bank_results) args+=(-max_len=16384) ;;
    fuzz_bank_xlsx) args+=(-max_len=65536) ;;
    *) args+=(-max_len=64) ;;
  esac
  log="$BUILD/logs/$t.log"
  echo "fuzz: $t for ${SECS}s (log $log)"
  start=$(date +%s)
  if "$BUILD/tests/fuzz/$t" "${args[@]}" "$BUILD/corpus/$t" >"$log" 2>&1; then
    result="ok"
  else
    result="CRASH"
    failed=1
  fi
  took=$(($(date +%s) - start))
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || true)
  corpus=$(ls "$BUILD/corpus/$t" | wc -l)
  summary+=("$(printf '%-16s %-6s %5ss  %10s runs  cov %6s  corpus %5s' "$t" "$result" "$took" \
    "${runs:-?}" "${cov:-?}" "$corpus")")
  if [ "$result" = "CRASH" ]; then
    grep -E 'ERROR:|SUMMARY:|invariant violated|runtime error' "$log" | head -5 || true
    ls "$BUILD/crashes/$t-"* 2>/dev/null | head -3 || true
  fi
done
echo
echo "fuzz summary (${SECS}s each):"
printf '  %s\n' "${summary[@]}"
exit "$failed"
