#!/usr/bin/env bash
# Scores newsgraph with ../shared/eval/score.py on each language's own annotated examples
# (src/lang/XX/corpus.txt turned into articles and gold files by scripts/corpus_gold.py), the
# same way the seeds are scored. Prints one summary line per language.
# Usage: scripts/score-corpus.sh [BIN=target/release/newsgraph] [SCORER=../shared/eval/score.py]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/release/newsgraph}
scorer=${2:-../shared/eval/score.py}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for lang in en ru uk de fr; do
  python3 scripts/corpus_gold.py "$lang" "$work/$lang" > /dev/null
  printf '%s: %s\n' "$lang" "$(python3 "$scorer" --cli "$bin" --articles "$work/$lang/articles" --gold "$work/$lang/gold" | tail -1)"
done
