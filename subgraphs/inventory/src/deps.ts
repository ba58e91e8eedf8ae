import type { SubgraphRuntime } from '@pharmacy/subgraph';
import type * as schema from './db/schema';
import { nearbySearchInput, type NearbySearchInput } from './services/nearby-search-input';
import { loadInventorySettings, type InventorySettings } from './settings';

/** What lives as long as the process. Inventory calls no peer and runs no timer or relay. */
export interface InventoryDeps {
  settings: InventorySettings;
  /** The nearby search's schema, bound to settings.maxRadiusKm (a zod schema compiles on first use). */
  nearbySearchInput: NearbySearchInput;
}

/** Made once at start; nothing in it needs stopping, so there is no stopInventoryDeps. */
export function createInventoryDeps(
  _runtime: Omit<SubgraphRuntime<typeof schema, InventoryDeps>, 'deps'>,
): InventoryDeps {
  const settings = loadInventorySettings();
  return { settings, nearbySearchInput: nearbySearchInput(settings.maxRadiusKm) };
}
