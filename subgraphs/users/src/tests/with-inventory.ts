import { inventorySubgraph } from '@pharmacy/inventory';
import { useTestSubgraphWithPeer } from '@pharmacy/testing';
import { usersSubgraph } from '../server';

/**
 * A users subgraph that asks a real inventory subgraph whether a pharmacy exists. `onQuery` sees
 * each SQL statement of users.
 */
export function useUsersWithInventory(options: { onQuery?: (sql: string) => void } = {}) {
  const running = useTestSubgraphWithPeer(usersSubgraph, inventorySubgraph, options);
  return () => {
    const { subgraph, peer } = running();
    return { users: subgraph, inventory: peer };
  };
}

export { addPharmacy } from '@pharmacy/inventory/testing';
