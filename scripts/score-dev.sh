#!/usr/bin/env bash
# Scores newsgraph with ../shared/eval/score.py on the blind development set (tests/dev/):
# one summary line per language and one for all, for the `dev` split (default) or `test`.
# `test` is only ever scored, never read for rule work (tests/dev/README.md).
# Usage: scripts/score-dev.sh [dev|test] [BIN=target/release/newsgraph] [SCORER=../shared/eval/score.py]
set -euo pipefail
cd "$(dirname "$0")/.."
split=${1:-dev}
bin=${2:-target/release/newsgraph}
scorer=${3:-../shared/eval/score.py}
set_dir=tests/dev/$split
[ -d "$set_dir/articles" ] || { echo "no split $split under tests/dev" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
groups="en ru uk de fr"
for lang in $groups; do
  mkdir -p "$work/$lang/articles" "$work/$lang/gold"
  for f in "$set_dir"/articles/"$lang"_*.txt; do
    stem=$(basename "$f" .txt)
    ln -s "$PWD/$f" "$work/$lang/articles/"
    ln -s "$PWD/$set_dir/gold/$stem.json" "$work/$lang/gold/"
  done
done
# The issue's groups: English, and the four other languages together.
mkdir -p "$work/other/articles" "$work/other/gold"
for lang in ru uk de fr; do
  ln -s "$work/$lang/articles/"* "$work/other/articles/"
  ln -s "$work/$lang/gold/"* "$work/other/gold/"
done
for g in $groups other; do
  printf '%-6s %s\n' "$g:" "$(python3 "$scorer" --cli "$bin" --articles "$work/$g/articles" --gold "$work/$g/gold" --quiet | tail -1)"
done
printf '%-6s %s\n' "all:" "$(python3 "$scorer" --cli "$bin" --articles "$set_dir/articles" --gold "$set_dir/gold" --quiet | tail -1)"
