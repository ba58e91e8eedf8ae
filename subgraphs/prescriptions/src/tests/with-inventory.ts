import { inventorySubgraph } from '@pharmacy/inventory';
import { useTestSubgraphWithPeer } from '@pharmacy/testing';
import { prescriptionsSubgraph } from '../server';

/**
 * A prescriptions subgraph that asks a real inventory subgraph whether a pharmacy exists.
 * `onQuery` sees each SQL statement of prescriptions.
 */
export function usePrescriptionsWithInventory(options: { onQuery?: (sql: string) => void } = {}) {
  const running = useTestSubgraphWithPeer(prescriptionsSubgraph, inventorySubgraph, options);
  return () => {
    const { subgraph, peer } = running();
    return { prescriptions: subgraph, inventory: peer };
  };
}

export { addPharmacy } from '@pharmacy/inventory/testing';
