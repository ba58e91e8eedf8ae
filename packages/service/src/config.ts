import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const subgraphNames = ['users', 'prescriptions', 'orders', 'payments', 'inventory'] as const;
export type SubgraphName = (typeof subgraphNames)[number];

export const defaultPorts: Record<SubgraphName | 'gateway', number> = {
  gateway: 4000,
  users: 4001,
  prescriptions: 4002,
  orders: 4003,
  payments: 4004,
  inventory: 4005,
};

/** The project's `.data/` folder (embedded databases, generated keys), or DATA_DIR. */
export function dataRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATA_DIR ?? fileURLToPath(new URL('../../../.data', import.meta.url));
}

/** Where each subgraph answers: `<NAME>_URL`, or localhost on its default port. */
export function subgraphUrl(name: SubgraphName, env: NodeJS.ProcessEnv = process.env): string {
  return env[`${name.toUpperCase()}_URL`] ?? `http://127.0.0.1:${defaultPorts[name]}/graphql`;
}

export function subgraphUrls(env: NodeJS.ProcessEnv = process.env): Record<SubgraphName, string> {
  return Object.fromEntries(subgraphNames.map((name) => [name, subgraphUrl(name, env)])) as Record<
    SubgraphName,
    string
  >;
}

/** Parses environment variables with `schema`; bad values stop `name` with a clear message. */
export function parseEnv<T extends z.ZodType>(
  schema: T,
  env: NodeJS.ProcessEnv,
  name: string,
): z.output<T> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid configuration for ${name}: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
