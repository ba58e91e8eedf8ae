import { v7 as uuidv7 } from 'uuid';
import { serviceCaller, useTestSubgraph, type TestSubgraph } from '@pharmacy/testing';
import type { OrdersDatabase } from '../db/queries';
import * as schema from '../db/schema';
import type { OrdersDeps } from '../deps';
import type { OrderStatus } from '../generated/enums';
import { ordersSubgraph } from '../server';
import type { SubscriptionDeps } from '../subscriptions';

export { anonymous, expectError, userCaller as user } from '@pharmacy/testing';
export const service = serviceCaller('payments');

export type TestOrders = TestSubgraph<typeof schema, OrdersDeps & SubscriptionDeps>;

/**
 * An orders subgraph of this test file's own, on its own database (its peers are not running):
 * started before its tests and stopped after them; `onQuery` sees each SQL statement.
 */
export function useOrders(options: { onQuery?: (sql: string) => void } = {}): () => TestOrders {
  return useTestSubgraph(ordersSubgraph, options);
}

export interface OrderFixture {
  customerId: string;
  /** A fresh pharmacy unless given. */
  pharmacyId?: string;
  courierId?: string | null;
  prescriptionId?: string | null;
  status?: OrderStatus;
  lineCount?: number;
}

/** Writes an order as placeOrder would (lines, history), straight into the database. */
export async function insertOrder(db: OrdersDatabase, fixture: OrderFixture): Promise<string> {
  const id = uuidv7();
  const status = fixture.status ?? 'PENDING_PAYMENT';
  const lines = Array.from({ length: fixture.lineCount ?? 2 }, (_, index) => ({
    orderId: id,
    lineNo: index + 1,
    medicationId: uuidv7(),
    quantity: index + 1,
    unitPrice: 250,
    lineTotal: 250 * (index + 1),
  }));
  const placedAt = new Date(Date.now() - 60_000);
  await db.insert(schema.orders).values({
    id,
    customerId: fixture.customerId,
    pharmacyId: fixture.pharmacyId ?? uuidv7(),
    prescriptionId: fixture.prescriptionId ?? null,
    courierId: fixture.courierId ?? null,
    status,
    deliveryAddress: 'Torstraße 1, Berlin',
    currency: 'EUR',
    totalAmount: lines.reduce((sum, line) => sum + line.lineTotal, 0),
    createdAt: placedAt,
  });
  if (lines.length > 0) await db.insert(schema.orderLines).values(lines);
  const history: { status: OrderStatus; at: Date }[] = [
    { status: 'PENDING_PAYMENT', at: placedAt },
  ];
  if (status !== 'PENDING_PAYMENT') history.push({ status, at: new Date() });
  await db
    .insert(schema.orderStatusHistory)
    .values(history.map((change) => ({ ...change, id: uuidv7(), orderId: id, actor: 'system' })));
  return id;
}
