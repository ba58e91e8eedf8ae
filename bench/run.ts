/**
 * `npm run bench`: the project's benchmarks on in-memory PGlite with demo data. Writes
 * bench/REPORT.md and bench/results.json. For shorter trial runs: BENCH_DURATION_MS,
 * BENCH_ROUNDS, BENCH_WARMUP_MS, BENCH_CONCURRENCY, BENCH_SUBSCRIBERS, BENCH_WATCHERS,
 * BENCH_EVENTS; BENCH_GATEWAYS picks the Hive variants (settings.ts), BENCH_HIVE_DIR where Hive is.
 * With --report-only it only renders REPORT.md again from results.json.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Set before any subgraph module loads: quiet logs, keys outside .data/, no login limits for a
// benchmark that registers its own users from one address.
process.env.LOG_LEVEL ??= 'silent';
process.env.APOLLO_TELEMETRY_DISABLED = 'true';
process.env.DATA_DIR ??= join(tmpdir(), 'pharmacy-bench-data');
process.env.LOGIN_LIMIT_PER_ADDRESS ??= '100000';
process.env.REGISTER_LIMIT_PER_ADDRESS ??= '100000';

if (process.argv.includes('--report-only')) {
  // Renders REPORT.md again from results.json (after a change to the report's layout).
  const { rewriteReport } = await import('./report');
  await rewriteReport();
} else {
  const { runBenchmarks } = await import('./main');
  await runBenchmarks();
}
