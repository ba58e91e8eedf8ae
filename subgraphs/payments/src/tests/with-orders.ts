import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { ordersSubgraph } from '@pharmacy/orders';
import { tables as ordersTables } from '@pharmacy/orders/testing';
import { useTestSubgraphWithPeer, type TestSubgraph } from '@pharmacy/testing';
import { paymentsSubgraph, type PaymentsSubgraph } from '../server';

/** What these helpers need of orders: its database. */
type TestOrders = Pick<TestSubgraph<typeof ordersTables, unknown>, 'runtime'>;

/**
 * A payments subgraph that asks a real orders subgraph about the orders it charges, and tells it
 * about payments. Orders cannot reach payments (nor its other peers): their events wait in its
 * outbox.
 */
export function usePaymentsWithOrders(payments: PaymentsSubgraph = paymentsSubgraph) {
  const running = useTestSubgraphWithPeer(payments, ordersSubgraph);
  return () => {
    const { subgraph, peer } = running();
    return { payments: subgraph, orders: peer };
  };
}

/** An order awaiting payment at a pharmacy, written straight into the orders database. */
export async function writeUnpaidOrder(
  orders: TestOrders,
  order: { customerId: string; pharmacyId: string; total: number },
): Promise<string> {
  const id = uuidv7();
  await orders.runtime.db.insert(ordersTables.orders).values({
    id,
    customerId: order.customerId,
    pharmacyId: order.pharmacyId,
    status: 'PENDING_PAYMENT',
    deliveryAddress: 'Teststraße 1, Berlin',
    currency: 'EUR',
    totalAmount: order.total,
    expiresAt: new Date(Date.now() + 3_600_000),
  });
  return id;
}

/** The order's status as orders holds it. */
export async function orderStatusOf(orders: TestOrders, orderId: string) {
  const { orders: table } = ordersTables;
  const [row] = await orders.runtime.db
    .select({ status: table.status })
    .from(table)
    .where(eq(table.id, orderId));
  return row?.status;
}
