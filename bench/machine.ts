import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hiveDir } from './gateways';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const versionOf = (pkg: string, from = repoRoot) => {
  try {
    const file = join(from, 'node_modules', pkg, 'package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
};

export function machine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    os: `${type()} ${release()}`,
    apolloGateway: versionOf('@apollo/gateway'),
    pglite: versionOf('@electric-sql/pglite'),
    hiveGateway: versionOf('@graphql-hive/gateway', hiveDir),
    /** Other work on the machine skews every figure: the 1-minute load average at the start. */
    loadAverageAtStart: Math.round(loadavg()[0]! * 100) / 100,
  };
}

export type Machine = ReturnType<typeof machine>;
