#!/usr/bin/env bash
# Measures `serve`, the build hand-off and `push` on a generated corpus (N articles made from
# the seeds, each copy with a numbered closing paragraph): query latency on the endpoint, a build through a
# running server against the same build on a store of its own (and how queries fare meanwhile),
# and a push of every graph to a Virtuoso started here on loopback.
# Usage: scripts/bench-serve.sh [N=1000] [BIN=target/release/newsgraph]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
bin=$(realpath "${2:-target/release/newsgraph}")
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/first" "$work/second"
seeds=(seeds/*.txt)
half=$((n / 2))
for ((i = 0; i < n; i++)); do
  s=${seeds[$((i % ${#seeds[@]}))]}
  dir=first
  [ "$i" -lt "$half" ] || dir=second
  { cat "$s"; printf '\n\nCorrespondent report number %d.\n' "$i"; } > "$work/$dir/a$(printf %06d "$i")_$(basename "$s")"
done
now() { date +%s.%N; }
secs() { echo "$2 - $1" | bc -l; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

"$bin" build -q --store "$work/store" "$work/first"
cp -r "$work/store" "$work/alone"
cp -r "$work/store" "$work/quiet"
echo "corpus: $n articles; the store holds the first $half when the server starts"

# Starts a server on store $1; sets $server (its pid) and $endpoint.
start_server() {
  local port
  port=$(free_port)
  "$bin" serve --store "$1" --bind "127.0.0.1:$port" --max-rows 1000000 > "$work/serve.log" &
  server=$!
  pids+=("$server")
  for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
  endpoint="http://127.0.0.1:$port/sparql"
}

# The second half through a server nobody queries, then into a store of its own.
start_server "$work/quiet"
start=$(now)
"$bin" build -q --store "$work/quiet" "$work/second"
quiet=$(secs "$start" "$(now)")
kill "$server"
wait "$server" 2>/dev/null || true
start=$(now)
"$bin" build -q --store "$work/alone" "$work/second"
alone=$(secs "$start" "$(now)")
printf '%-34s %8.2f s (%d articles/s)\n' "build of $((n - half)), no server" "$alone" "$(echo "($n - $half) / $alone" | bc)"
printf '%-34s %8.2f s (%d articles/s)\n' "the same through a server" "$quiet" "$(echo "($n - $half) / $quiet" | bc)"

start_server "$work/store"

# Latency: sequential requests, each a new connection (as curl makes them).
latency() {
  local label=$1 query=$2 count=$3 total=0
  for ((i = 0; i < count; i++)); do
    t=$(curl -s -o /dev/null -w '%{time_total}' -H 'Accept: application/sparql-results+json' \
      --data-urlencode "query=$query" "$endpoint")
    total=$(echo "$total + $t" | bc -l)
  done
  printf '%-34s %8.1f ms mean over %d requests\n' "$label" "$(echo "1000 * $total / $count" | bc -l)" "$count"
}
latency "ASK {}" 'ASK {}' 200
latency "one person's names" 'SELECT ?n { <https://example.org/newsgraph/person/sergei-lavrov> ^owl:sameAs?/schema:name ?n }' 200
latency "person-roles.rq ($half articles)" "$(cat queries/person-roles.rq)" 10

# The second half through the server, with a client querying all along.
( while [ ! -f "$work/done" ]; do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H 'Accept: text/csv' \
      --data-urlencode 'query=SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a schema:NewsArticle }' "$endpoint"
  done > "$work/during" ) &
pids+=($!)
start=$(now)
"$bin" build -q --store "$work/store" "$work/second"
end=$(now)
touch "$work/done"
sleep 0.5
through=$(secs "$start" "$end")
answered=$(grep -c '^200 ' "$work/during" || true)
failed=$(grep -vc '^200 ' "$work/during" || true)
slowest=$(awk '{ if ($2 > m) m = $2 } END { printf "%.0f", m * 1000 }' "$work/during")
median=$(awk '{ print $2 }' "$work/during" | sort -n | awk '{ a[NR] = $1 } END { printf "%.1f", a[int((NR + 1) / 2)] * 1000 }')
printf '%-34s %8.2f s (%d articles/s)\n' "the same, queried all along" "$through" "$(echo "($n - $half) / $through" | bc)"
printf '%-34s %8d answered, %d failed, median %s ms, slowest %s ms\n' "queries during the build" "$answered" "$failed" "$median" "$slowest"

kill "$server"
wait "$server" 2>/dev/null || true

# Push every graph to Virtuoso, then again (nothing changed: nothing sent).
if command -v virtuoso-t > /dev/null; then
  mkdir -p "$work/virtuoso"
  sql=$(free_port)
  http=$(free_port)
  python3 - "$work/virtuoso" "$sql" "$http" <<'PY'
import sys
folder, sql, http = sys.argv[1:]
section, out = "", []
for line in open("/etc/virtuoso-opensource-7/virtuoso.ini"):
    t = line.strip()
    if t.startswith("["):
        section = t
    key = t.split("=")[0].strip()
    if t.startswith(";"):
        pass
    elif section == "[Parameters]" and key == "ServerPort":
        line = f"ServerPort = 127.0.0.1:{sql}\n"
    elif section == "[HTTPServer]" and key == "ServerPort":
        line = f"ServerPort = 127.0.0.1:{http}\n"
    elif section in ("[Database]", "[TempDatabase]") and key in (
        "DatabaseFile", "ErrorLogFile", "LockFile", "TransactionFile", "xa_persistent_file"):
        line = f"{key} = {folder}/{t.split('=')[1].strip().split('/')[-1]}\n"
    out.append(line)
open(f"{folder}/virtuoso.ini", "w").write("".join(out))
PY
  start=$(now)
  (cd "$work/virtuoso" && exec virtuoso-t +foreground +configfile virtuoso.ini > virtuoso.out 2>&1) &
  pids+=($!)
  for _ in $(seq 600); do curl -s -o /dev/null "http://127.0.0.1:$http/sparql?query=ASK%7B%7D" && break; sleep 0.1; done
  printf '%-34s %8.2f s\n' "Virtuoso ready" "$(secs "$start" "$(now)")"
  graphs=$("$bin" query --store "$work/store" --format csv -e 'SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g {} }' | tail -1 | tr -d "\r")
  triples=$("$bin" query --store "$work/store" --format csv -e 'SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }' | tail -1 | tr -d "\r")
  start=$(now)
  NEWSGRAPH_PUSH_PASSWORD=dba "$bin" push -q --store "$work/store" --user dba \
    --endpoint "http://127.0.0.1:$http/sparql-graph-crud-auth" > /dev/null
  took=$(secs "$start" "$(now)")
  printf '%-34s %8.2f s (%s graphs, %s triples: %d graphs/s, %d triples/s)\n' "push to Virtuoso" "$took" "$graphs" "$triples" \
    "$(echo "$graphs / $took" | bc)" "$(echo "$triples / $took" | bc)"
  start=$(now)
  NEWSGRAPH_PUSH_PASSWORD=dba "$bin" push -q --store "$work/store" --user dba \
    --endpoint "http://127.0.0.1:$http/sparql-graph-crud-auth" > /dev/null
  printf '%-34s %8.2f s\n' "push again (nothing changed)" "$(secs "$start" "$(now)")"
fi
