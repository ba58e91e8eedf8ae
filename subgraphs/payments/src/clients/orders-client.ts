import { internalCredentialKey } from '@pharmacy/auth';
import { createServiceClient } from '@pharmacy/service';
import type { ServiceConfig } from '@pharmacy/subgraph';
import {
  ApplyPaymentEventDocument,
  OrderToPayDocument,
  type OrderToPayQuery,
  type PaymentEventInput,
} from '../generated/orders';

/** What payments needs to know of an order before charging it. */
export type PayableOrder = Extract<OrderToPayQuery['_entities'][number], { __typename: 'Order' }>;

/** Orders, called as the payments service (operations in orders.graphql). */
export function ordersClient(config: ServiceConfig) {
  const client = createServiceClient({
    caller: 'payments',
    url: config.peers.orders,
    key: internalCredentialKey(config.internalSecret),
  });
  return {
    async findOrder(orderId: string): Promise<PayableOrder | null> {
      const data = await client.request(OrderToPayDocument, {
        representations: [{ __typename: 'Order', id: orderId }],
      });
      const [entity] = data._entities;
      return entity?.__typename === 'Order' ? entity : null;
    },
    async applyPaymentEvent(event: PaymentEventInput): Promise<void> {
      await client.request(ApplyPaymentEventDocument, { event });
    },
  };
}
export type OrdersClient = ReturnType<typeof ordersClient>;
