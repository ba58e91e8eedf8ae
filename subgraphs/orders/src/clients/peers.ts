import { internalCredentialKey } from '@pharmacy/auth';
import { createServiceClient, type ServiceClient } from '@pharmacy/service';
import { type ServiceConfig } from '@pharmacy/subgraph';
import { inventoryClient } from './inventory-client';
import { prescriptionsClient } from './prescriptions-client';

/** Users: only what orders needs to know, a user's role. */
function usersClient(client: ServiceClient) {
  return {
    async roleOf(userId: string): Promise<string | null> {
      const data = await client.request<{ _entities: ({ role: string } | null)[] }>(
        `query($representations: [_Any!]!) { _entities(representations: $representations) {
          ... on User { role } } }`,
        { representations: [{ __typename: 'User', id: userId }] },
      );
      return data._entities[0]?.role ?? null;
    },
  };
}

/** Payments: refunds what an order paid, once per event id. */
function paymentsClient(client: ServiceClient) {
  return {
    async refundOrderPayment(eventId: string, orderId: string): Promise<void> {
      await client.request(
        `mutation($eventId: ID!, $orderId: ID!) { refundOrderPayment(eventId: $eventId, orderId: $orderId) }`,
        { eventId, orderId },
      );
    },
  };
}

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
