import { z } from 'zod';
import { parseEnv } from '@pharmacy/service';

const envSchema = z.object({
  /** OCR is costly: scans each user may start per minute. */
  SCAN_LIMIT_PER_USER: z.coerce.number().int().positive().default(10),
});

export interface PrescriptionsSettings {
  scanLimitPerUser: number;
}

/** Read once at start; a bad value stops the service with a clear message. */
export function loadPrescriptionsSettings(
  env: NodeJS.ProcessEnv = process.env,
): PrescriptionsSettings {
  const values = parseEnv(envSchema, env, 'prescriptions');
  return { scanLimitPerUser: values.SCAN_LIMIT_PER_USER };
}
