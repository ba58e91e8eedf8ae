/**
 * `npm start`: the five subgraphs and the gateway, each its own process, on embedded PGlite
 * databases under .data/ (or PostgreSQL when DATABASE_URL is set), seeded with demo data.
 * Each process's logs go to .data/logs/<name>.log; warnings and errors also show here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadOrCreateInternalSecret } from '@pharmacy/auth';
import { DEMO_PASSWORD, demoUsers } from '@pharmacy/demo';
import { dataRoot, defaultPorts, subgraphNames } from '@pharmacy/service';

const root = fileURLToPath(new URL('../', import.meta.url));
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: process.env.NODE_ENV ?? 'development',
  APOLLO_TELEMETRY_DISABLED: 'true',
};
const logs = join(dataRoot(env), 'logs');
await mkdir(logs, { recursive: true });
// Made once here so the processes do not race to create it.
await loadOrCreateInternalSecret(join(dataRoot(env), 'internal-secret'));

const children: ChildProcess[] = [];
let stopping = false;

function run(name: string, entry: string): void {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const file = createWriteStream(join(logs, `${name}.log`), { flags: 'a' });
  child.stdout?.pipe(file);
  child.stderr?.on('data', (chunk: Buffer) => {
    file.write(chunk);
    process.stderr.write(`[${name}] ${chunk}`);
  });
  child.on('exit', (code) => {
    if (stopping) return;
    console.error(
      `[${name}] exited with code ${code}; see ${join(logs, `${name}.log`)}. Stopping.`,
    );
    void stop(1);
  });
  children.push(child);
}

async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(
    children.map(
      (c) =>
        new Promise((resolve) => (c.exitCode !== null ? resolve(null) : c.once('exit', resolve))),
    ),
  );
  process.exit(code);
}
process.once('SIGINT', () => void stop(0));
process.once('SIGTERM', () => void stop(0));

console.log(
  'Starting the pharmacy supergraph (first start creates and seeds the databases, up to a minute)...',
);
for (const name of subgraphNames) run(name, `subgraphs/${name}/src/main.ts`);
run('gateway', 'gateway/src/main.ts');

const port = Number(env.GATEWAY_PORT ?? defaultPorts.gateway);
const base = `http://localhost:${port}`;
const deadline = Date.now() + 180_000;
while (!stopping) {
  const ready = await fetch(`${base}/ready`)
    .then((r) => r.ok)
    .catch(() => false);
  if (ready) break;
  if (Date.now() > deadline) {
    console.error('The supergraph did not become ready within 3 minutes; see the logs in', logs);
    await stop(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}

const payments =
  env.PAYMENT_PROVIDER === 'stripe'
    ? `Stripe; its webhooks go to ${base}/webhooks/stripe`
    : 'sandbox test cards (no money moves)';
console.log(`
The pharmacy supergraph is up.

  GraphQL endpoint  ${base}/graphql   (HTTP and WebSocket)
  GraphQL IDE       ${base}/
  Patient web app   ${base}/app/
  Payments          ${payments}
  Logs              ${logs}

Demo logins (password "${DEMO_PASSWORD}"):
${demoUsers.map((u) => `  ${u.role.padEnd(11)} ${u.email}`).join('\n')}

Sign in with: mutation { login(email: "patient@demo.pharmacy", password: "${DEMO_PASSWORD}") { accessToken } }
then send the token as "Authorization: Bearer <token>". Stop with Ctrl+C.
`);
