#!/usr/bin/env bash
# Runs every benchmark of the benchmarks/ modules in one go and rewrites docs/benchmarks.md from the
# results. From the repository root:
#
#   benchmarks/run.sh            # the full suite, about 20 minutes on 2 cores
#   benchmarks/run.sh --quick    # one short pass of everything, to check that it all runs
#
# Needs JDK 17+ and python3 (which renders the tables). The raw JMH results stay in
# benchmarks/target/results/*.json.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
results="$root/benchmarks/target/results"
mode=${1:-full}

# Throughput: short, on purpose (2 cores, the suite must fit in ~25 minutes); the ratios between
# implementations are what these runs are for. Single-shot: many fresh JVMs instead.
if [[ "$mode" == "--quick" ]]; then
  throughput=(-f 1 -wi 1 -w 1 -i 1 -r 1)
  cold_forks=(-f 2)
  processes=(-f 1 -wi 0 -i 2)
  compiles=(-f 1 -wi 0 -i 1)
else
  throughput=(-f 1 -wi 3 -w 1 -i 3 -r 2)
  cold_forks=(-f 10)
  processes=(-f 1 -wi 1 -i 10)
  compiles=(-f 1 -wi 1 -i 5)
fi

started=$(date +%s)
echo "Building the benchmark modules..."
./mvnw -q -pl benchmarks/kiln,benchmarks/peers -am package -DskipTests \
  dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime

rm -rf "$results"
mkdir -p "$results"

# jmh MODULE NAME ARGS...: runs JMH in a module with its class path, results to NAME.json.
jmh() {
  local module=$1 name=$2
  shift 2
  local classpath="$root/benchmarks/$module/target/classes:$(cat "$root/benchmarks/$module/target/classpath.txt")"
  echo "== $name: $*"
  java -cp "$classpath" org.openjdk.jmh.Main -foe true -rf json -rff "$results/$name.json" "$@" \
    > "$results/$name.log" 2>&1 || { tail -50 "$results/$name.log"; exit 1; }
  grep -E '^[A-Za-z]+Benchmark\.' "$results/$name.log" | tail -80 || true
}

# 1. Execution (with allocation), parsing and validation, batching, and the existing schema-build comparison.
jmh kiln execution "${throughput[@]}" -prof gc 'ExecutionBenchmark|ParseValidateBenchmark|BatchingBenchmark|SchemaBuildBenchmark'
jmh peers peer-execution "${throughput[@]}" -prof gc 'PeerExecutionBenchmark'
# 2. Startup: a cold schema build per fresh JVM, then whole JVMs up to the first answer.
jmh kiln startup "${cold_forks[@]}" 'dev.kiln.benchmarks.StartupBenchmark'
jmh peers peer-startup "${cold_forks[@]}" 'PeerStartupBenchmark'
jmh kiln first-query "${processes[@]}" 'dev.kiln.benchmarks.FirstQueryBenchmark'
jmh peers peer-first-query "${processes[@]}" 'PeerFirstQueryBenchmark'
# 3. Backend calls per batching query (the throughput ran with the execution group above).
java -cp "$root/benchmarks/kiln/target/classes:$(cat "$root/benchmarks/kiln/target/classpath.txt")" \
  dev.kiln.benchmarks.BatchingCalls > "$results/batching-calls.md"
cat "$results/batching-calls.md"
# 4. Compile time: whole javac processes.
jmh kiln compile "${compiles[@]}" 'CompileBenchmark'

elapsed=$(( $(date +%s) - started ))
python3 "$root/benchmarks/report.py" "$results" "$root/docs/benchmarks.md" \
  --elapsed "$elapsed" --mode "$mode" --command "benchmarks/run.sh${1:+ $1}"
echo "Wrote docs/benchmarks.md (the run took $((elapsed / 60)) min $((elapsed % 60)) s)."
