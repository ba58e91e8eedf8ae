import { z } from 'zod';
import { parseEnv } from '@pharmacy/service';

const envSchema = z.object({
  /**
   * pharmaciesNearby answers every pharmacy within the radius, unpaged, so the radius is what
   * bounds one search's work and answer; how far is reasonable depends on how dense the
   * pharmacies of a deployment are.
   */
  INVENTORY_MAX_RADIUS_KM: z.coerce.number().positive().default(100),
});

export interface InventorySettings {
  /** The largest radiusKm a nearby search accepts. */
  maxRadiusKm: number;
}

/** Read once at start; a bad value stops the service with a clear message. */
export function loadInventorySettings(env: NodeJS.ProcessEnv = process.env): InventorySettings {
  const values = parseEnv(envSchema, env, 'inventory');
  return { maxRadiusKm: values.INVENTORY_MAX_RADIUS_KM };
}
