import { gql, type Patient } from './data';
import type { GatewayProcess } from './gateways';
import { peakRssMb, rssMb } from './proc';
import { HEADLINE, queryMix } from './queries';
import type { GatewayResult } from './results';
import { log, settings } from './settings';
import { countHeadlineStatements, type SqlCount } from './sql-count';
import type { SubgraphStack } from './stack';
import { sleep } from './stats';
import { combineRuns, runLoad, type LoadRun } from './throughput';

export interface Patients {
  demo: Patient;
  one: Patient;
  twenty: Patient;
}

export interface Contender {
  gateway: GatewayProcess;
  startupMs: number;
  idleRssMb: number;
  sql: SqlCount[];
  runs: LoadRun[];
}

/** Starts a gateway, then: idle memory, a check that it answers, SQL counts. */
export async function prepare(
  stack: SubgraphStack,
  patients: Patients,
  start: () => Promise<GatewayProcess>,
): Promise<Contender> {
  const began = performance.now();
  const gateway = await start();
  const startupMs = Math.round(performance.now() - began);
  try {
    await sleep(2_000);
    const idleRssMb = rssMb(gateway.pid);
    const auth = { authorization: `Bearer ${patients.demo.token}` };
    const check = await gql(gateway.url, HEADLINE, {}, auth);
    if (check.errors || !check.data)
      throw new Error(`headline failed: ${JSON.stringify(check.errors)}`);
    const sql = [
      await countHeadlineStatements(stack, gateway, patients.one),
      await countHeadlineStatements(stack, gateway, patients.twenty),
    ];
    log(
      `${gateway.name}: up in ${startupMs} ms, idle RSS ${idleRssMb} MB, SQL per headline ` +
        sql.map((c) => `${c.total} (${c.orders} orders)`).join(', '),
    );
    return { gateway, startupMs, idleRssMb, sql, runs: [] };
  } catch (error) {
    await gateway.stop();
    throw error;
  }
}

/** The load runs, round after round, each gateway in turn. */
export async function loadAll(contenders: Contender[], token: string): Promise<void> {
  const durationMs = Math.round(settings.durationMs / settings.rounds);
  const n = contenders.length;
  for (let round = 0; round < settings.rounds; round++) {
    // Each round starts with another gateway, so none always follows the same one.
    const order = [...contenders.slice(round % n), ...contenders.slice(0, round % n)];
    for (const contender of order) {
      const run = await runLoad(contender.gateway, {
        token,
        concurrency: settings.concurrency,
        // Caches and JIT warm once; later rounds only refill the connections.
        warmupMs: round === 0 ? settings.warmupMs : 1_000,
        durationMs,
        mix: queryMix,
      });
      contender.runs.push(run);
      const rps = Math.round((run.result.requests / (durationMs / 1000)) * 10) / 10;
      log(
        `round ${round + 1}: ${contender.gateway.name} ${rps} req/s, ${run.result.errors} errors`,
      );
      run.result.errorSamples.forEach((e) => log(`  error: ${e.slice(0, 200)}`));
    }
  }
}

export const resultOf = (c: Contender): GatewayResult => ({
  name: c.gateway.name,
  startupMs: c.startupMs,
  idleRssMb: c.idleRssMb,
  sql: c.sql,
  throughput: combineRuns(c.gateway.name, settings.concurrency, c.runs),
  lifetimePeakRssMb: peakRssMb(c.gateway.pid),
});
