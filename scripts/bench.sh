#!/usr/bin/env bash
# Times the whole CLI on generated corpora of growing size (README, "Performance"):
#   - extraction (`extract --format nquads`) on one core and on all, in MB of text per second;
#   - a fresh build against Oxigraph's own bulk loader on the same quads (both measured here,
#     one after the other), with peak memory (GNU time) and bytes on disk per MB of text;
#   - adding 1% more articles (the next day's news) to the store just built;
#   - the contract queries: said-by.rq for one person, the first 100 rows of person-roles.rq,
#     all of person-roles.rq and statements.rq in rows per second;
#   - the other commands on the store built (up to COMMANDS_UP_TO articles, default 10000):
#     validate (SHACL), publish (a release) and validate of its catalog against DCAT-AP, rank,
#     and the views of `dot` (all nodes as JSON, the default 500 nodes as SVG, one person).
# Writes bench/results.md (the tables), bench/results.csv (articles,series,seconds; not the other
# commands) and bench/scaling.svg (time against corpus size).
#
# Usage: scripts/bench.sh [SIZE...]          (default: 1000 10000 100000)
# Environment: BENCH_DIR (work space, default /tmp/newsgraph-bench; needs ~12 GB at 100k),
#   NEWSGRAPH_BIN_DIR (where newsgraph and newsgraph-bench are; default: build them),
#   REPEAT (runs of each build, extraction and bulk load whose median is kept, default 3; 1
#   above 10k articles). Queries are always the median of 3 runs (the first run reads a cold
#   store).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/newsgraph/target}"
sizes=("${@:-1000 10000 100000}")
read -r -a sizes <<< "${sizes[*]}"
work=${BENCH_DIR:-/tmp/newsgraph-bench}
if [ -z "${NEWSGRAPH_BIN_DIR:-}" ]; then
  cargo build --release --quiet
  # A private copy: another build in the same target folder must not swap the binaries mid-run.
  NEWSGRAPH_BIN_DIR="$work/bin"
  mkdir -p "$NEWSGRAPH_BIN_DIR"
  cp "$CARGO_TARGET_DIR/release/newsgraph" "$CARGO_TARGET_DIR/release/newsgraph-bench" "$NEWSGRAPH_BIN_DIR/"
fi
ng="$NEWSGRAPH_BIN_DIR/newsgraph"
bench="$NEWSGRAPH_BIN_DIR/newsgraph-bench"
command -v /usr/bin/time >/dev/null || { echo "bench.sh needs GNU time (apt-get install -y time)" >&2; exit 2; }
mkdir -p "$work" bench
csv=bench/results.csv
md=bench/results.md
commands_up_to=${COMMANDS_UP_TO:-10000}
other="$work/other.md"   # the other commands' table, appended to $md at the end
{
  echo "| articles | validate s | publish s | release MB (files) | validate catalog s | rank s | dot json (all nodes) s | dot svg (500 nodes) s | dot svg (one person) s |"
  echo "|---|---|---|---|---|---|---|---|---|"
} > "$other"
echo "articles,series,seconds" > "$csv"
{
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GiB;"
  echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg) (a shared machine: figures are medians of repeated runs where marked)."
  echo
  echo "| articles | text MB | extract 1 core MB/s | extract all cores MB/s | quads | build s | articles/s | quads/s | build peak RSS MiB | bulk load s | bulk peak RSS MiB | build ÷ bulk | build: storing s | storing ÷ bulk | build: identity s | disk MB per text MB (build / bulk) | +1% articles s | ÷ build | open store ms | said-by ms (rows) | first 100 roles ms | person-roles rows/s | statements rows/s |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
} > "$md"

# Runs a command REPEAT times; prints "median-seconds peak-rss-kib" (RSS of the median run).
measure() {
  local runs=()
  for ((r = 0; r < repeat; r++)); do
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null 2> "$work/stderr" || {
      cat "$work/stderr" >&2
      return 1
    }
    runs+=("$(cat "$work/time")")
  done
  printf '%s\n' "${runs[@]}" | sort -n | sed -n "$(((${#runs[@]} + 1) / 2))p"
}
# Seconds until the first N+1 lines (header and N rows) of a command's output.
first_rows() {
  local n=$1
  shift
  local runs=()
  for ((r = 0; r < repeat; r++)); do
    local start end
    start=$(date +%s.%N)
    "$@" | head -n "$((n + 1))" > /dev/null
    end=$(date +%s.%N)
    runs+=("$(echo "$end - $start" | bc -l)")
  done
  printf '%s\n' "${runs[@]}" | sort -n | sed -n "$(((${#runs[@]} + 1) / 2))p"
}
num() { printf '%.*f' "$1" "$2"; }

for n in "${sizes[@]}"; do
  repeat=${REPEAT:-$([ "$n" -gt 10000 ] && echo 1 || echo 3)}
  extra=$((n / 100))
  total=$((n + extra))
  people=$((2000 + total / 20))
  corpus="$work/corpus-$n" next="$work/next-$n" nq="$work/quads-$n.nq"
  store="$work/store-$n" reference="$work/reference-$n"
  echo "== $n articles (+$extra), median of $repeat" >&2
  rm -rf "$corpus" "$next" "$store" "$reference" "$nq"
  "$bench" gen --articles "$total" --to "$n" --people "$people" --seed 1 --out "$corpus" >&2
  "$bench" gen --articles "$total" --from "$n" --people "$people" --seed 1 --out "$next" >&2
  mb=$(du -sb --apparent-size "$corpus" | awk '{print $1 / 1e6}')

  read -r t1 _ < <(RAYON_NUM_THREADS=1 measure "$ng" extract --format nquads "$corpus")
  read -r tall _ < <(measure "$ng" extract --format nquads "$corpus")
  echo "$n,extract (1 core),$t1" >> "$csv"
  echo "$n,extract (all cores),$tall" >> "$csv"
  "$ng" extract --format nquads "$corpus" > "$nq"
  quads=$(wc -l < "$nq")

  # The build and the bulk load of the same quads, one after the other, each from scratch.
  builds=() loads=()
  for ((r = 0; r < repeat; r++)); do
    rm -rf "$store" "$reference"
    /usr/bin/time -f "%e %M" -o "$work/time" "$ng" build -q --timings --store "$store" "$corpus" 2> "$work/build.log"
    builds+=("$(cat "$work/time") $(grep -o 'storing [0-9.]*' "$work/build.log" | cut -d' ' -f2) $(grep -o 'identity [0-9.]*' "$work/build.log" | cut -d' ' -f2)")
    /usr/bin/time -f "%e %M" -o "$work/time" "$bench" load --store "$reference" "$nq"
    loads+=("$(cat "$work/time")")
  done
  read -r tb rssb tstore tid < <(printf '%s\n' "${builds[@]}" | sort -n | sed -n "$(((repeat + 1) / 2))p")
  read -r tl rssl < <(printf '%s\n' "${loads[@]}" | sort -n | sed -n "$(((repeat + 1) / 2))p")
  echo "$n,build,$tb" >> "$csv"
  echo "$n,Oxigraph bulk load,$tl" >> "$csv"
  # Both stores opened once more, so RocksDB has removed what it no longer needs.
  "$ng" query --store "$store" -e 'ASK {}' > /dev/null
  "$ng" query --store "$reference" -e 'ASK {}' > /dev/null
  disk_b=$(du -sb "$store" | awk '{print $1 / 1e6}')
  disk_r=$(du -sb "$reference" | awk '{print $1 / 1e6}')

  # The next day's news into the store just built (a copy, so each run starts alike).
  incs=()
  for ((r = 0; r < repeat; r++)); do
    rm -rf "$store.inc" && cp -r "$store" "$store.inc"
    /usr/bin/time -f "%e" -o "$work/time" "$ng" build -q --timings --store "$store.inc" "$next" 2> "$work/inc.log"
    incs+=("$(cat "$work/time")")
  done
  tinc=$(printf '%s\n' "${incs[@]}" | sort -n | sed -n "$(((repeat + 1) / 2))p")
  echo "$n,+1% articles,$tinc" >> "$csv"
  grep timings "$work/inc.log" >&2 || true

  # Queries (each the median of 3): opening the store alone, one person's statements (a
  # speaker the articles quote, by surname), the first hundred role facts, then everything.
  repeat=3
  speaker=$("$ng" query --store "$store" --format csv queries/statements.rq | python3 -c 'import csv, sys; rows = list(csv.DictReader(sys.stdin)); print(rows[0]["speaker"].split()[-1])')
  read -r topen _ < <(measure "$ng" query --store "$store" -e 'ASK {}')
  read -r tsaid _ < <(measure "$ng" query --store "$store" --format csv --bind "name=$speaker" queries/said-by.rq)
  said=$(("$("$ng" query --store "$store" --format csv --bind "name=$speaker" queries/said-by.rq | wc -l)" - 1))
  tfirst=$(first_rows 100 "$ng" query --store "$store" --format csv queries/person-roles.rq)
  read -r troles _ < <(measure "$ng" query --store "$store" --format csv queries/person-roles.rq)
  read -r tstmts _ < <(measure "$ng" query --store "$store" --format csv queries/statements.rq)
  roles=$(("$("$ng" query --store "$store" --format csv queries/person-roles.rq | wc -l)" - 1))
  stmts=$(("$("$ng" query --store "$store" --format csv queries/statements.rq | wc -l)" - 1))
  echo "$n,said-by.rq,$tsaid" >> "$csv"
  echo "$n,person-roles.rq (all),$troles" >> "$csv"
  echo "$n,statements.rq (all),$tstmts" >> "$csv"

  # The other commands on the same store (median of REPEAT runs; "failed" where one fails,
  # so a long run still ends with its table).
  if [ "$n" -le "$commands_up_to" ]; then
    repeat=${REPEAT:-$([ "$n" -gt 10000 ] && echo 1 || echo 3)}
    row="| $n"
    other_cmd() {
      local t
      if read -r t _ < <(measure "$@") && [ -n "$t" ]; then
        row+=" | $(num 2 "$t")"
      else
        row+=" | failed"
      fi
    }
    other_cmd "$ng" validate --store "$store"
    rm -rf "$work/release"
    other_cmd "$ng" publish -q --force --store "$store" --out "$work/release"
    row+=" | $(du -sb "$work/release" 2>/dev/null | awk '{printf "%.1f", $1 / 1e6}') ($(ls "$work/release" 2>/dev/null | wc -l))"
    other_cmd "$ng" validate --data "$work/release/catalog.ttl" --shapes ontology/dcat-ap/dcat-ap-SHACL.ttl
    other_cmd "$ng" rank --store "$store"
    other_cmd "$ng" dot -q --format json --max-nodes 0 --store "$store"
    other_cmd "$ng" dot -q --format svg --store "$store"
    other_cmd "$ng" dot -q --format svg --person "$speaker" --store "$store"
    echo "$row |" >> "$other"
    rm -rf "$work/release"
  fi

  r() { echo "$1 / $2" | bc -l; }
  echo "| $n | $(num 1 "$mb") | $(num 2 "$(r "$mb" "$t1")") | $(num 2 "$(r "$mb" "$tall")") | $quads \
| $(num 1 "$tb") | $(num 0 "$(r "$n" "$tb")") | $(num 0 "$(r "$quads" "$tb")") | $((rssb / 1024)) \
| $(num 1 "$tl") | $((rssl / 1024)) | $(num 2 "$(r "$tb" "$tl")") | $(num 1 "$tstore") | $(num 2 "$(r "$tstore" "$tl")") | $(num 1 "$tid") \
| $(num 0 "$(r "$disk_b" "$mb")") / $(num 0 "$(r "$disk_r" "$mb")") | $(num 1 "$tinc") | $(num 3 "$(r "$tinc" "$tb")") \
| $(num 0 "$(r "$topen" 0.001)") | $(num 0 "$(r "$tsaid" 0.001)") ($said, $speaker) | $(num 0 "$(r "$tfirst" 0.001)") | $(num 0 "$(r "$roles" "$troles")") | $(num 0 "$(r "$stmts" "$tstmts")") |" >> "$md"
  rm -f "$nq"
  rm -rf "$store.inc" "$reference"
  tail -n 1 "$md" >&2
done
{
  echo
  echo "Other commands on the store built (seconds; release: publish's output):"
  echo
  cat "$other"
} >> "$md"
"$bench" plot --table "$csv" --output bench/scaling.svg
echo "wrote $md, $csv and bench/scaling.svg" >&2
