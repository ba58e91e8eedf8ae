import { z } from 'zod';
import { parseEnv } from '@pharmacy/service';

const envSchema = z.object({
  /** The sandbox is the only provider so far; a real one is added beside it in provider/. */
  PAYMENT_PROVIDER: z.enum(['sandbox']).default('sandbox'),
  /** A charge with no recorded outcome after this long was interrupted: the provider is asked. */
  PAYMENT_PENDING_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  OUTBOX_RELAY_INTERVAL_MS: z.coerce.number().int().positive().default(1_000),
});

export interface PaymentsSettings {
  provider: 'sandbox';
  pendingTimeoutMs: number;
  relayIntervalMs: number;
}

/** Read once at start; a bad value stops the service with a clear message. */
export function loadPaymentsSettings(env: NodeJS.ProcessEnv = process.env): PaymentsSettings {
  const values = parseEnv(envSchema, env, 'payments');
  return {
    provider: values.PAYMENT_PROVIDER,
    pendingTimeoutMs: values.PAYMENT_PENDING_TIMEOUT_MS,
    relayIntervalMs: values.OUTBOX_RELAY_INTERVAL_MS,
  };
}
