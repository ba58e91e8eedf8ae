import { z } from 'zod';
import { parseEnv } from '@pharmacy/service';

/** An empty variable (compose passes `${X:-}`) is an unset one. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const envSchema = z.object({
  NODE_ENV: optional(z.enum(['development', 'production', 'test'])),
  /** Who moves the money; production must say (the sandbox takes no real money). */
  PAYMENT_PROVIDER: optional(z.enum(['sandbox', 'stripe'])),
  STRIPE_SECRET_KEY: optional(
    z.string().regex(/^(sk|rk)_\w+$/, 'STRIPE_SECRET_KEY is a secret key, sk_… or rk_…'),
  ),
  /** The signing secret of the webhook endpoint, whsec_…: webhooks are checked against it. */
  STRIPE_WEBHOOK_SECRET: optional(
    z.string().regex(/^whsec_\w+$/, 'STRIPE_WEBHOOK_SECRET is a signing secret, whsec_…'),
  ),
  /** Another address for Stripe's API (a local server that speaks it); Stripe's own by default. */
  STRIPE_API_URL: optional(z.url({ protocol: /^https?$/ })),
  /** A charge with no recorded outcome after this long was interrupted: the provider is asked. */
  PAYMENT_PENDING_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  OUTBOX_RELAY_INTERVAL_MS: z.coerce.number().int().positive().default(1_000),
});

export type ProviderSettings =
  | { name: 'sandbox' }
  | { name: 'stripe'; secretKey: string; webhookSecret: string; apiUrl: URL | undefined };

export interface PaymentsSettings {
  provider: ProviderSettings;
  pendingTimeoutMs: number;
  relayIntervalMs: number;
}

const refuse = (reason: string): never => {
  throw new Error(`Invalid configuration for payments: ${reason}`);
};

/** Read once at start; a bad or missing value stops the service with a clear message. */
export function loadPaymentsSettings(env: NodeJS.ProcessEnv = process.env): PaymentsSettings {
  const values = parseEnv(envSchema, env, 'payments');
  const name =
    values.PAYMENT_PROVIDER ??
    (values.NODE_ENV === 'production'
      ? refuse(
          'PAYMENT_PROVIDER must be set in production: stripe (with STRIPE_SECRET_KEY and ' +
            'STRIPE_WEBHOOK_SECRET), or sandbox to take no real money on purpose',
        )
      : 'sandbox');
  const provider: ProviderSettings =
    name === 'sandbox'
      ? { name }
      : {
          name,
          secretKey:
            values.STRIPE_SECRET_KEY ?? refuse('STRIPE_SECRET_KEY is required with stripe'),
          webhookSecret:
            values.STRIPE_WEBHOOK_SECRET ?? refuse('STRIPE_WEBHOOK_SECRET is required with stripe'),
          apiUrl: values.STRIPE_API_URL ? new URL(values.STRIPE_API_URL) : undefined,
        };
  return {
    provider,
    pendingTimeoutMs: values.PAYMENT_PENDING_TIMEOUT_MS,
    relayIntervalMs: values.OUTBOX_RELAY_INTERVAL_MS,
  };
}
