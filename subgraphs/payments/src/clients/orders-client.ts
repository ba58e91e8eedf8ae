import { internalCredentialKey } from '@pharmacy/auth';
import { createServiceClient } from '@pharmacy/service';
import { type ServiceConfig } from '@pharmacy/subgraph';

/** What payments needs to know of an order before charging it. */
export interface PayableOrder {
  id: string;
  status: string;
  customer: { id: string };
  total: { amount: number; currency: string };
}

const ORDER = /* GraphQL */ `
  query OrderToPay($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Order {
        id
        status
        customer {
          id
        }
        total {
          amount
          currency
        }
      }
    }
  }
`;

/** Orders, called as the payments service. */
export function ordersClient(config: ServiceConfig) {
  const client = createServiceClient({
    caller: 'payments',
    url: config.peers.orders,
    key: internalCredentialKey(config.internalSecret),
  });
  return {
    async findOrder(orderId: string): Promise<PayableOrder | null> {
      const data = await client.request<{ _entities: (PayableOrder | null)[] }>(ORDER, {
        representations: [{ __typename: 'Order', id: orderId }],
      });
      return data._entities[0] ?? null;
    },
    async applyPaymentEvent(event: {
      eventId: string;
      kind: 'APPROVED' | 'REFUNDED';
      orderId: string;
      paymentId: string;
    }): Promise<void> {
      await client.request(
        'mutation($event: PaymentEventInput!) { applyPaymentEvent(event: $event) }',
        { event },
      );
    },
  };
}
export type OrdersClient = ReturnType<typeof ordersClient>;
