/**
 * What tests and benchmarks outside the subgraph use of it (`@pharmacy/orders/testing`): they
 * write orders straight into its tables, change a status the way the service does (history row
 * and live notification included), and shorten its timeouts through its settings.
 */
import { v7 as uuidv7 } from 'uuid';
import { medicationIdOf } from '@pharmacy/demo';
import type { OrdersDatabase } from './db/queries';
import { orderLines, orders, orderStatusHistory } from './db/schema';
export * as tables from './db/schema';
export { recordStatusChange } from './services/order-status';

/** What `writePaidOrder` writes: two OTC lines, 2 × ibuprofen and 1 × paracetamol. */
export const PAID_ORDER_TOTAL = 998;

/**
 * A paid order as placement and payment leave it (order, lines, history row), written straight
 * into the orders database: for tests and benchmarks that need many orders quickly.
 */
export async function writePaidOrder(
  db: OrdersDatabase,
  order: { customerId: string; pharmacyId: string; prescriptionId: string | null; actor: string },
): Promise<string> {
  const id = uuidv7();
  await db.insert(orders).values({
    id,
    customerId: order.customerId,
    pharmacyId: order.pharmacyId,
    prescriptionId: order.prescriptionId,
    status: 'PAID',
    deliveryAddress: 'Teststraße 1, Berlin',
    currency: 'EUR',
    totalAmount: PAID_ORDER_TOTAL,
  });
  await db.insert(orderLines).values([
    {
      orderId: id,
      lineNo: 1,
      medicationId: medicationIdOf('ibuprofen-400mg-tablet'),
      quantity: 2,
      unitPrice: 299,
      lineTotal: 598,
    },
    {
      orderId: id,
      lineNo: 2,
      medicationId: medicationIdOf('paracetamol-500mg-tablet'),
      quantity: 1,
      unitPrice: 400,
      lineTotal: 400,
    },
  ]);
  await db
    .insert(orderStatusHistory)
    .values({ id: uuidv7(), orderId: id, status: 'PAID', actor: order.actor });
  return id;
}
