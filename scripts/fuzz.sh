#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 600), two at a time, on its corpus in
# fuzz/corpus/TARGET; crashes land in fuzz/artifacts/TARGET. Needs cargo-fuzz
# (`cargo install cargo-fuzz`); RUSTC_BOOTSTRAP lets the stable toolchain take its flags.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
secs=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(decode extract_en extract_ru extract_uk extract_de extract_fr)
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/newsgraph/fuzz-target}"
cargo fuzz build -O "${targets[@]:0:1}" >/dev/null
run() {
  local t=$1
  mkdir -p "corpus/$t"
  cargo fuzz run -O "$t" "corpus/$t" -- -max_total_time="$secs" -max_len=8192 -timeout=20 -print_final_stats=1 > "/tmp/fuzz-$t.log" 2>&1 \
    && echo "$t: ran ${secs}s clean ($(grep -o 'stat::number_of_executed_units: [0-9]*' "/tmp/fuzz-$t.log" | grep -o '[0-9]*$') runs)" \
    || { echo "$t: FAILED, see /tmp/fuzz-$t.log and fuzz/artifacts/$t"; return 1; }
}
status=0
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  run "${targets[$i]}" & a=$!
  if [ $((i + 1)) -lt ${#targets[@]} ]; then run "${targets[$((i + 1))]}" & b=$!; else b=; fi
  wait $a || status=1
  [ -z "$b" ] || wait $b || status=1
done
exit $status
