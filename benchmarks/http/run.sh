#!/usr/bin/env bash
# KilnHttpServer on the JDK's com.sun.net.httpserver (the commit before the move to Jetty) against
# KilnHttpServer on Jetty (this tree), side by side: the blog example's server, loaded by npm's
# autocannon on loopback with `{ __typename }` and with the blog's sample query. Rounds alternate
# old and new so that both see the same machine. Writes benchmarks/http/target/results.md, which
# docs/benchmarks.md's section "HTTP server: JDK against Jetty" reproduces.
#
#   benchmarks/http/run.sh                     # 10 rounds of 5 s per server and query
#   ROUNDS=3 DURATION=5 benchmarks/http/run.sh
#
# Needs JDK 17+, npm and git. Not part of `verify`: autocannon runs only here.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
old_commit="${OLD_COMMIT:-7ac23f5}"
rounds="${ROUNDS:-10}"
duration="${DURATION:-5}"
warmup="${WARMUP:-40}"
connections="${CONNECTIONS:-10}"
target="$here/target"
old_tree="$target/old-tree"
results="$target/results"

mkdir -p "$target"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$results" && mkdir -p "$results"

# The blog example's classpath in a tree, built there (package, not install: ~/.m2 is left alone).
build() {
  local tree="$1" name="$2"
  (cd "$tree" && ./mvnw -B -ntp -q -pl examples/blog -am package dependency:build-classpath \
      -DskipTests -Dmdep.outputFile="$target/$name.classpath" >&2)
  echo "$tree/examples/blog/target/classes:$(cat "$target/$name.classpath")"
}

if [ ! -e "$old_tree/.git" ]; then
  git -C "$root" worktree add --detach "$old_tree" "$old_commit" >&2
fi
echo "Building the JDK server ($old_commit) and the Jetty server (this tree)..." >&2
classpath_old="$(build "$old_tree" old)"
classpath_new="$(build "$root" new)"
(cd "$here" && npm ci --no-audit --no-fund --silent)
autocannon="$here/node_modules/.bin/autocannon"

typename='{"query":"{ __typename }"}'
blog='{"query":"{ viewer { name } posts { title author { name } comments { body author { name } } } }"}'

serve() {
  local classpath="$1" port="$2"
  java -cp "$classpath" "$here/BlogBenchServer.java" "$port" > "$target/server-$port.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do
    grep -q '^ready' "$target/server-$port.log" 2>/dev/null && return
    sleep 0.5
  done
  echo "The server on port $port did not start:" >&2
  cat "$target/server-$port.log" >&2
  exit 1
}

# `{ __typename }` is anonymous; the sample query is ada's, as in the blog's README.
load() {
  local port="$1" query="$2" seconds="$3" out="$4"
  local viewer=()
  [ "$query" = blog ] && viewer=(-H 'Authorization: Bearer ada')
  "$autocannon" --json -c "$connections" -d "$seconds" -m POST -H 'Content-Type: application/json' "${viewer[@]}" \
    -b "${!query}" "http://127.0.0.1:$port/graphql" > "$out" 2>/dev/null
}

# Both servers run throughout, one loaded at a time. The warm-up is long because Jetty's request path
# is more code for the JIT than the JDK server's (see the notes in docs/benchmarks.md, section 5). Each round measures old and new back to back
# on each query, in an order that alternates, so that a pair sees the same load from the rest of
# the machine; the summary gives each server's median and range and the median of the pairs' ratios.
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
declare -A ports=([old]=18081 [new]=18082)
serve "$classpath_old" "${ports[old]}"
serve "$classpath_new" "${ports[new]}"
for server in old new; do
  for query in typename blog; do
    load "${ports[$server]}" "$query" "$warmup" /dev/null
  done
done
for round in $(seq 1 "$rounds"); do
  order=(old new)
  [ $((round % 2)) = 0 ] && order=(new old)
  for query in typename blog; do
    for server in "${order[@]}"; do
      out="$results/$server-$query-$(printf %02d "$round").json"
      load "${ports[$server]}" "$query" "$duration" "$out"
      echo "round $round, $server, $query: $(node -e "const r=require('$out'); console.log(Math.round(r.requests.average)+' req/s, p99 '+r.latency.p99+' ms')")" >&2
    done
  done
done

{
  echo "Measured $(date -u +%Y-%m-%d) by \`benchmarks/http/run.sh\`: $warmup s of warm-up per server and query, then"
  echo "$rounds rounds of $duration s of \`autocannon -c $connections\` (POST, one request in flight per connection) per server"
  echo "and query, old and new back to back; $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p' | head -1)),"
  echo "$(java -version 2>&1 | sed -n 2p), load average before the run: $load_before."
  echo
  node "$here/summarize.mjs" "$results"
} > "$target/results.md"
cat "$target/results.md"
