import { join } from 'node:path';
import { z } from 'zod';
import { loadOrCreateInternalSecret } from '@pharmacy/auth';
import { resolveDatabaseUrl, type DatabaseLocation } from '@pharmacy/db';
import {
  dataRoot,
  defaultPorts,
  parseEnv,
  subgraphUrls,
  type SubgraphName,
} from '@pharmacy/service';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  INTERNAL_SECRET: z.string().min(32, 'INTERNAL_SECRET must be at least 32 characters').optional(),
  SEED_DEMO_DATA: z.enum(['true', 'false']).optional(),
});

export interface ServiceConfig {
  name: SubgraphName;
  mode: 'development' | 'production' | 'test';
  host: string;
  port: number;
  database: DatabaseLocation;
  internalSecret: string;
  seedDemoData: boolean;
  /** Where the other subgraphs answer, for service-to-service calls. */
  peers: Record<SubgraphName, string>;
}

/** Reads and checks a subgraph's configuration once, refusing to start on bad values. */
export async function loadServiceConfig(
  name: SubgraphName,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ServiceConfig> {
  const values = parseEnv(envSchema, env, name);
  const portText = env[`${name.toUpperCase()}_PORT`] ?? String(defaultPorts[name]);
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Invalid configuration for ${name}: port "${portText}" is not a port number`);
  }
  if (values.NODE_ENV === 'production' && !values.INTERNAL_SECRET) {
    throw new Error(`Invalid configuration for ${name}: INTERNAL_SECRET is required in production`);
  }
  const url = resolveDatabaseUrl(name, env);
  return {
    name,
    mode: values.NODE_ENV,
    host: values.HOST,
    port,
    database: url ? { url } : { dataDir: join(dataRoot(env), name) },
    internalSecret:
      values.INTERNAL_SECRET ??
      (await loadOrCreateInternalSecret(join(dataRoot(env), 'internal-secret'))),
    seedDemoData: values.SEED_DEMO_DATA
      ? values.SEED_DEMO_DATA === 'true'
      : values.NODE_ENV === 'development',
    peers: subgraphUrls(env),
  };
}
