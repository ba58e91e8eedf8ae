import { createWriteStream, existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SubgraphName } from '@pharmacy/service';
import { freePorts, TEST_INTERNAL_SECRET } from '@pharmacy/testing';
import { spawnTracked, stopChild, trackFile } from './children';
import { sleep } from './stats';

const root = fileURLToPath(new URL('../', import.meta.url));
/** Hive Gateway lives outside the repository (it needs an npm override the repo does not have). */
export const hiveDir = process.env.BENCH_HIVE_DIR ?? '/tmp/hive';
const hiveBin = join(hiveDir, 'node_modules/@graphql-hive/gateway/dist/bin.js');
const hiveRouter = join(hiveDir, 'node_modules/@graphql-hive/router-runtime/package.json');

export interface GatewayProcess {
  name: string;
  url: string;
  pid: number;
  logFile: string;
  stop(): Promise<void>;
}

async function launch(
  name: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; port: number },
): Promise<GatewayProcess> {
  const logFile = join(tmpdir(), `pharmacy-bench-${name}.log`);
  const log = createWriteStream(logFile);
  const child = spawnTracked(process.execPath, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const stop = () => stopChild(child);
  const url = `http://127.0.0.1:${options.port}/graphql`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited at start; see ${logFile}`);
    const ok = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    })
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${name} did not answer within 60 s; see ${logFile}`);
    }
    await sleep(200);
  }
  return { name, url, pid: child.pid!, logFile, stop };
}

const baseEnv = (): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  NODE_ENV: 'production',
  APOLLO_TELEMETRY_DISABLED: 'true',
});

/** Our gateway (gateway/src/main.ts) in production mode, as deployed. */
export async function startOurGateway(urls: Record<SubgraphName, string>): Promise<GatewayProcess> {
  const [port] = await freePorts(1);
  const env: NodeJS.ProcessEnv = {
    ...baseEnv(),
    HOST: '127.0.0.1',
    GATEWAY_PORT: String(port),
    INTERNAL_SECRET: TEST_INTERNAL_SECRET,
    USERS_JWKS_URL: new URL('/.well-known/jwks.json', urls.users).toString(),
    LOG_LEVEL: 'warn',
    // One client address and one user send everything here: limits meant for abuse would
    // refuse the load itself (they are still checked on every request).
    RATE_LIMIT_PER_ADDRESS: '1000000000',
    RATE_LIMIT_PER_USER: '1000000000',
    MAX_SUBSCRIPTIONS_PER_USER: '1000',
    ...Object.fromEntries(Object.entries(urls).map(([n, url]) => [`${n.toUpperCase()}_URL`, url])),
  };
  return launch('apollo-gateway', ['--import', 'tsx', 'gateway/src/main.ts'], {
    cwd: root,
    env,
    port: port!,
  });
}

export function hiveAvailable(): { js: boolean; rust: boolean } {
  const js = existsSync(hiveBin);
  return { js, rust: js && existsSync(hiveRouter) };
}

export interface HiveVariant {
  name: string;
  /** Its Rust query planner (@graphql-hive/router-runtime) instead of the JavaScript one. */
  rustPlanner: boolean;
  /** Hive's default: identical subgraph requests in flight at once are sent once. */
  deduplicate: boolean;
}

/**
 * Hive Gateway on the same supergraph (its subgraph URLs pointed at this run's ports). It signs
 * the internal credential for `caller` on every subgraph request (see hive.config.mjs).
 */
export async function startHiveGateway(
  urls: Record<SubgraphName, string>,
  caller: { userId: string; role: string },
  variant: HiveVariant,
  supergraphSdl: string,
): Promise<GatewayProcess> {
  const [port] = await freePorts(1);
  let sdl = supergraphSdl;
  for (const [name, url] of Object.entries(urls))
    sdl = sdl.replace(new RegExp(`(name: "${name}", url: ")[^"]*(")`), `$1${url}$2`);
  const file = trackFile(
    join(tmpdir(), `pharmacy-bench-supergraph-${process.pid}-${variant.name}.graphql`),
  );
  await writeFile(file, sdl);
  const env: NodeJS.ProcessEnv = {
    ...baseEnv(),
    BENCH_INTERNAL_SECRET: TEST_INTERNAL_SECRET,
    BENCH_CALLER_ID: caller.userId,
    BENCH_CALLER_ROLE: caller.role,
    BENCH_HIVE_DEDUPLICATE: String(variant.deduplicate),
  };
  const args = [hiveBin, 'supergraph', file, '--host', '127.0.0.1', '--port', String(port)];
  args.push('--config-path', join(root, 'bench/hive.config.mjs'));
  if (variant.rustPlanner) args.push('--hive-router-runtime');
  try {
    const gateway = await launch(variant.name, args, { cwd: hiveDir, env, port: port! });
    return { ...gateway, stop: () => gateway.stop().finally(() => rm(file, { force: true })) };
  } catch (error) {
    await rm(file, { force: true });
    throw error;
  }
}
