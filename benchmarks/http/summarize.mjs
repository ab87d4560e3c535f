// Reads run.sh's autocannon results (one JSON file per server, query and round) and prints the
// Markdown table of docs/benchmarks.md's section "HTTP server: JDK against Jetty".
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const runs = {};
for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
  const [server, query] = file.replace(/\.json$/, '').split('-');
  const result = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const bad = result.non2xx + result.errors + result.timeouts;
  if (bad > 0) {
    throw new Error(`${file}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  const round = file.replace(/\.json$/, '').split('-')[2];
  (runs[`${query} ${server}`] ??= []).push({ round, rps: result.requests.average, p99: result.latency.p99 });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const spread = (values, digits) =>
  `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;
const servers = { old: 'JDK `com.sun.net.httpserver` (7ac23f5)', new: 'Jetty 12 (this tree)' };
const queries = { typename: '`{ __typename }`', blog: "the blog's sample query" };

console.log('| query | server | requests/s, median (min–max) | p99 latency ms, median (min–max) | rounds |');
console.log('| --- | --- | --- | --- | --- |');
for (const query of Object.keys(queries)) {
  for (const server of Object.keys(servers)) {
    const measured = runs[`${query} ${server}`];
    if (!measured) continue;
    const rps = measured.map((run) => run.rps);
    const p99 = measured.map((run) => run.p99);
    console.log(`| ${queries[query]} | ${servers[server]} | ${spread(rps, 0)} | ${spread(p99, 1)} | ${measured.length} |`);
  }
  const old = runs[`${query} old`];
  const young = runs[`${query} new`];
  if (old && young) {
    // Each round's pair ran back to back: the ratio within a pair is less noisy than the medians.
    const pairs = (key) => young.map((run, i) => run[key] / old[i][key]);
    const rps = pairs('rps');
    const p99 = pairs('p99');
    console.log(
      `| ${queries[query]} | Jetty ÷ JDK, per round | ${spread(rps, 2)}× | ${spread(p99, 2)}× | ${rps.length} pairs |`);
  }
}
