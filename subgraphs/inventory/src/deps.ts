import type { SubgraphRuntime } from '@pharmacy/subgraph';
import type * as schema from './db/schema';
import { loadInventorySettings, type InventorySettings } from './settings';

/** What lives as long as the process. Inventory calls no peer and runs no timer or relay. */
export interface InventoryDeps {
  settings: InventorySettings;
}

/** Made once at start; nothing in it needs stopping, so there is no stopInventoryDeps. */
export function createInventoryDeps(
  _runtime: Omit<SubgraphRuntime<typeof schema, InventoryDeps>, 'deps'>,
): InventoryDeps {
  return { settings: loadInventorySettings() };
}
