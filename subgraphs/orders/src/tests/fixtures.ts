import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Caller, Role } from '@pharmacy/auth';
import { startTestSubgraph, type GraphQLResponse, type TestSubgraph } from '@pharmacy/testing';
import type { OrdersDatabase } from '../db/queries';
import * as schema from '../db/schema';
import type { OrdersDeps } from '../deps';
import type { OrderStatus } from '../generated/enums';
import { ordersSubgraph } from '../server';

export const anonymous: Caller = { kind: 'anonymous' };
export const service: Caller = { kind: 'service', service: 'payments' };
export const user = (role: Role, userId: string = uuidv7()) =>
  ({ kind: 'user', userId, role }) as const;

export type TestOrders = TestSubgraph<typeof schema, OrdersDeps>;

/**
 * An orders subgraph of this test file's own, on its own database (its peers are not running):
 * started before its tests and stopped after them; `onQuery` sees each SQL statement.
 */
export function useOrders(options: { onQuery?: (sql: string) => void } = {}): () => TestOrders {
  let orders: TestOrders | undefined;
  beforeAll(async () => {
    orders = await startTestSubgraph(ordersSubgraph, options);
  });
  afterAll(() => orders?.stop());
  return () => {
    if (!orders) throw new Error('the orders subgraph has not started');
    return orders;
  };
}

export interface OrderFixture {
  customerId: string;
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
    pharmacyId: uuidv7(),
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

/** The request failed with exactly one error, of this code. */
export function expectError(result: GraphQLResponse<unknown>, code: string): void {
  expect(result.errors?.map((error) => error.extensions?.code)).toEqual([code]);
}
