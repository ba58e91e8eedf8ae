import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { RequestRateLimits } from './request-rate-limiter';
import { loadOrCreateInternalSecret } from '@pharmacy/auth';
import { dataRoot, defaultPorts, subgraphUrls, type SubgraphName } from '@pharmacy/service';

export interface GatewayConfig {
  mode: 'development' | 'production' | 'test';
  host: string;
  port: number;
  supergraphSdl: string;
  subgraphUrls: Record<SubgraphName, string>;
  internalSecret: string;
  /** Where the users service publishes its public keys. */
  jwksUrl: string;
  /** Origins allowed for browsers (CORS and WebSockets); empty means same-origin only. */
  allowedOrigins: string[];
  limits: QueryLimits;
  subgraphTimeoutMs: number;
  bodyLimitBytes: number;
  subscriptionLimits: { perConnection: number; perUser: number };
  rateLimits: RequestRateLimits;
}

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
}

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  GATEWAY_PORT: z.coerce.number().int().min(0).max(65535).default(defaultPorts.gateway),
  INTERNAL_SECRET: z.string().min(32).optional(),
  USERS_JWKS_URL: z.url().optional(),
  ALLOWED_ORIGINS: z.string().default(''),
  MAX_QUERY_DEPTH: z.coerce.number().int().positive().default(12),
  MAX_QUERY_ALIASES: z.coerce.number().int().positive().default(30),
  MAX_QUERY_DIRECTIVES: z.coerce.number().int().positive().default(20),
  MAX_QUERY_TOKENS: z.coerce.number().int().positive().default(2_000),
  MAX_QUERY_COST: z.coerce.number().int().positive().default(5_000),
  RATE_LIMIT_PER_ADDRESS: z.coerce.number().int().positive().default(600),
  RATE_LIMIT_PER_USER: z.coerce.number().int().positive().default(300),
  MAX_SUBSCRIPTIONS_PER_CONNECTION: z.coerce.number().int().positive().default(10),
  MAX_SUBSCRIPTIONS_PER_USER: z.coerce.number().int().positive().default(25),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  // Room for one scanned prescription photo (5 MB as base64), and no more.
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(7_500_000),
});

export const supergraphFile = new URL('../../schema/supergraph.graphql', import.meta.url);

/** Reads and checks the gateway's configuration once; refuses to start on bad values. */
export async function loadGatewayConfig(
  env: NodeJS.ProcessEnv = process.env,
): Promise<GatewayConfig> {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success)
    throw new Error(`Invalid gateway configuration: ${z.prettifyError(parsed.error)}`);
  const values = parsed.data;
  const peers = subgraphUrls(env);
  if (values.NODE_ENV === 'production' && !values.INTERNAL_SECRET) {
    throw new Error('Invalid gateway configuration: INTERNAL_SECRET is required in production');
  }
  return {
    mode: values.NODE_ENV,
    host: values.HOST,
    port: values.GATEWAY_PORT,
    supergraphSdl: await readFile(supergraphFile, 'utf8'),
    subgraphUrls: peers,
    internalSecret:
      values.INTERNAL_SECRET ??
      (await loadOrCreateInternalSecret(join(dataRoot(env), 'internal-secret'))),
    jwksUrl: values.USERS_JWKS_URL ?? jwksUrlOf(peers.users),
    allowedOrigins: values.ALLOWED_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    limits: {
      maxDepth: values.MAX_QUERY_DEPTH,
      maxAliases: values.MAX_QUERY_ALIASES,
      maxDirectives: values.MAX_QUERY_DIRECTIVES,
      maxTokens: values.MAX_QUERY_TOKENS,
      maxCost: values.MAX_QUERY_COST,
    },
    subgraphTimeoutMs: values.SUBGRAPH_TIMEOUT_MS,
    bodyLimitBytes: values.BODY_LIMIT_BYTES,
    rateLimits: { perAddress: values.RATE_LIMIT_PER_ADDRESS, perUser: values.RATE_LIMIT_PER_USER },
    subscriptionLimits: {
      perConnection: values.MAX_SUBSCRIPTIONS_PER_CONNECTION,
      perUser: values.MAX_SUBSCRIPTIONS_PER_USER,
    },
  };
}

export function jwksUrlOf(usersGraphqlUrl: string): string {
  return new URL('/.well-known/jwks.json', usersGraphqlUrl).toString();
}
