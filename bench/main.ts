import { readFile } from 'node:fs/promises';
import { measureContention } from './contention';
import { loadAll, prepare, resultOf } from './contenders';
import {
  addHistory,
  loginDemoPatient,
  registerPatient,
  registerPharmacist,
  type Patient,
} from './data';
import {
  hiveAvailable,
  hiveDir,
  startHiveGateway,
  startOurGateway,
  type GatewayProcess,
} from './gateways';
import { peakRssMb } from './proc';
import { machine } from './machine';
import { writeReport } from './report';
import type { BenchResults } from './results';
import { hiveVariants, log, settings, supergraphFile } from './settings';
import { startSubgraphs } from './stack';
import { measureSubscriptions } from './subscriptions';

export async function runBenchmarks(): Promise<void> {
  const began = performance.now();
  const wanted = (process.env.BENCH_GATEWAYS ?? hiveVariants.map((v) => v.name).join(',')).split(
    ',',
  );
  const supergraphSdl = await readFile(supergraphFile, 'utf8');
  log('starting the five subgraphs (in-memory PGlite, demo data)');
  const stack = await startSubgraphs();
  const running = new Set<GatewayProcess>();
  // Once, whoever asks first (a signal, or the end of the run); the others wait for the same.
  let stopping: Promise<void> | null = null;
  const stopAll = () =>
    (stopping ??= (async () => {
      await Promise.allSettled([...running].map((g) => g.stop()));
      await stack.stop();
    })());
  // Not `once`: more signals can follow while stopping (seen here: five more SIGTERMs), and a
  // second one must not end the process before every child is stopped.
  const onSignal = () => {
    if (stopping) return;
    log('interrupted: stopping every process the benchmark started');
    void stopAll().finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const demo = await loginDemoPatient(stack);
    const one = await registerPatient(stack, 'Bench One');
    await addHistory(stack, one, 1);
    const twenty = await registerPatient(stack, 'Bench Twenty');
    await addHistory(stack, twenty, 20);
    const patients = { demo, one, twenty };
    const results: BenchResults = {
      date: new Date().toISOString(),
      machine: machine(),
      settings,
      gateways: [],
      skipped: [],
      subscriptions: null,
      contention: null,
      totalSeconds: 0,
    };

    const ours = await prepare(stack, patients, () => startOurGateway(stack.urls));
    running.add(ours.gateway);
    const contenders = [ours];
    const hive = hiveAvailable();
    for (const variant of hiveVariants) {
      if (!wanted.includes(variant.name)) continue;
      if (!(variant.rustPlanner ? hive.rust : hive.js)) {
        results.skipped.push(`${variant.name}: not installed under ${hiveDir} (bench/README.md)`);
        continue;
      }
      try {
        const caller = { userId: demo.userId, role: 'PATIENT' };
        const contender = await prepare(stack, patients, () =>
          startHiveGateway(stack.urls, caller, variant, supergraphSdl),
        );
        running.add(contender.gateway);
        contenders.push(contender);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        results.skipped.push(`${variant.name}: ${reason}`);
        log(`skipped ${variant.name}: ${reason}`);
      }
    }

    await loadAll(contenders, demo.token);
    results.gateways = contenders.map(resultOf);
    for (const other of contenders.slice(1)) {
      await other.gateway.stop();
      running.delete(other.gateway);
    }

    log(`subscriptions: ${settings.subscribers} subscribers of ${settings.watchers} pharmacists`);
    const customer = await registerPatient(stack, 'Bench Customer');
    const watchers: Patient[] = [];
    for (let i = 0; i < settings.watchers; i++)
      watchers.push(await registerPharmacist(stack, `Bench Pharmacist ${i}`));
    results.subscriptions = await measureSubscriptions(stack, ours.gateway, customer, watchers, {
      count: settings.subscribers,
      events: settings.events,
    });
    const { latencyMs } = results.subscriptions;
    log(`subscriptions: p50 ${latencyMs.p50} ms, max ${latencyMs.max} ms`);

    log('order placement under contention');
    const contention = await measureContention(
      stack,
      ours.gateway,
      supergraphSdl,
      settings.contention,
    );
    results.contention = contention;
    if ('skipped' in contention) {
      console.log(`skipped: ${contention.skipped}`);
      results.skipped.push(`contention: ${contention.skipped}`);
    } else log(`contention: ${JSON.stringify(contention.outcomes)}`);
    results.gateways[0]!.lifetimePeakRssMb = peakRssMb(ours.gateway.pid);

    results.totalSeconds = Math.round((performance.now() - began) / 1000);
    const files = await writeReport(results);
    log(`wrote ${files.join(', ')} in ${results.totalSeconds} s`);
  } finally {
    await stopAll();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
