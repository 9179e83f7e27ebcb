#!/usr/bin/env bash
# Times the whole CLI on a large generated corpus: N articles made from the seeds (each copy
# with its own file name and a numbered closing paragraph, so every article is its own graph),
# built into a fresh on-disk store, then each contract query, `rank` and the views of `dot`. Prints wall time, articles per
# second and peak memory (from /proc via GNU time when present).
# Usage: scripts/bench.sh [N=2000] [BIN=target/release/newsgraph]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-2000}
bin=${2:-target/release/newsgraph}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus"
seeds=(seeds/*.txt)
for ((i = 0; i < n; i++)); do
  s=${seeds[$((i % ${#seeds[@]}))]}
  { cat "$s"; printf '\n\nCorrespondent report number %d.\n' "$i"; } > "$work/corpus/a$(printf %06d "$i")_$(basename "$s")"
done
bytes=$(du -sb "$work/corpus" | cut -f1)
echo "corpus: $n articles, $((bytes / 1024)) KiB"
measure() {
  local label=$1; shift
  local start end
  start=$(date +%s.%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%M" -o "$work/rss" "$@" > /dev/null
    rss="$(( $(cat "$work/rss") / 1024 )) MiB peak"
  else
    "$@" > /dev/null
    rss="(install GNU time for peak memory)"
  fi
  end=$(date +%s.%N)
  printf '%-22s %8.2f s  %s\n' "$label" "$(echo "$end - $start" | bc -l)" "$rss"
  echo "$end - $start" | bc -l > "$work/last"
}
measure "build (on disk)" "$bin" build -q --store "$work/store" "$work/corpus"
secs=$(cat "$work/last")
printf '%-22s %8.0f articles/s\n' "throughput" "$(echo "$n / $secs" | bc -l)"
measure "rebuild (replace)" "$bin" build -q --store "$work/store" "$work/corpus"
measure "extract (no store)" "$bin" extract --format nquads "$work/corpus"
for q in person-roles statements people; do
  measure "query $q" "$bin" query --format csv --store "$work/store" "queries/$q.rq"
done
measure "validate (SHACL)" "$bin" validate --store "$work/store"
measure "publish (release)" "$bin" publish -q --store "$work/store" --out "$work/release"
echo "release: $(du -sh "$work/release" | cut -f1) ($(ls "$work/release" | wc -l) files)"
measure "validate catalog.ttl" "$bin" validate --data "$work/release/catalog.ttl" --shapes ontology/dcat-ap/dcat-ap-SHACL.ttl
# Views and rankings (Graphviz's `dot` draws the SVGs; the default --max-nodes keeps 500 nodes).
measure "rank" "$bin" rank --store "$work/store"
measure "dot json (all nodes)" "$bin" dot -q --format json --max-nodes 0 --store "$work/store"
measure "dot svg (500 nodes)" "$bin" dot -q --format svg --store "$work/store"
measure "dot svg (person)" "$bin" dot -q --format svg --person Grushko --store "$work/store"
echo "store on disk: $(du -sh "$work/store" | cut -f1)"
"$bin" stats --store "$work/store" | tail -n 1
