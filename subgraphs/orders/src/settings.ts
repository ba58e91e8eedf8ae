import { z } from 'zod';
import { parseEnv } from '@pharmacy/service';

const envSchema = z.object({
  ORDER_PAYMENT_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(30 * 60_000),
  /** A placement still unfinished after this long was interrupted (a crash): it is undone. */
  ORDER_PLACEMENT_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(2 * 60_000),
  /** Two indexed queries a pass, so often is cheap; it bounds how late an order expires. */
  ORDER_SWEEP_INTERVAL_MS: z.coerce.number().int().positive().default(1_000),
  OUTBOX_RELAY_INTERVAL_MS: z.coerce.number().int().positive().default(1_000),
});

/** Read by each placement and sweep, so a test may shorten a timeout while the service runs. */
export interface OrdersSettings {
  /** How long a PENDING_PAYMENT order holds stock and prescription quantity. */
  paymentTimeoutMs: number;
  placementTimeoutMs: number;
  sweepIntervalMs: number;
  relayIntervalMs: number;
}

/** Read once at start; a bad value stops the service with a clear message. */
export function loadOrdersSettings(env: NodeJS.ProcessEnv = process.env): OrdersSettings {
  const values = parseEnv(envSchema, env, 'orders');
  return {
    paymentTimeoutMs: values.ORDER_PAYMENT_TIMEOUT_MS,
    placementTimeoutMs: values.ORDER_PLACEMENT_TIMEOUT_MS,
    sweepIntervalMs: values.ORDER_SWEEP_INTERVAL_MS,
    relayIntervalMs: values.OUTBOX_RELAY_INTERVAL_MS,
  };
}
