import { internalCredentialKey } from '@pharmacy/auth';
import { createServiceClient } from '@pharmacy/service';
import type { ServiceConfig } from '@pharmacy/subgraph';
import { inventoryClient } from './inventory-client';
import { paymentsClient } from './payments-client';
import { prescriptionsClient } from './prescriptions-client';
import { usersClient } from './users-client';

/** Clients of the services orders calls, each signing a credential that names orders. */
export function createPeers(config: ServiceConfig) {
  const key = internalCredentialKey(config.internalSecret);
  const client = (name: 'inventory' | 'prescriptions' | 'users' | 'payments') =>
    createServiceClient({ caller: 'orders', url: config.peers[name], key });
  return {
    inventory: inventoryClient(client('inventory')),
    prescriptions: prescriptionsClient(client('prescriptions')),
    users: usersClient(client('users')),
    payments: paymentsClient(client('payments')),
  };
}
export type OrderPeers = ReturnType<typeof createPeers>;
