import { isTableEmpty } from '@pharmacy/db';
import { demoId, demoOrder } from '@pharmacy/demo';
import type { OrdersDatabase } from './db/queries';
import * as schema from './db/schema';
import type { OrderStatus } from './generated/enums';

/** The demo patient's paid order, only into an empty database. */
export async function seedOrders(db: OrdersDatabase): Promise<void> {
  if (!(await isTableEmpty(db, schema.orders))) return;
  await db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(schema.orders)
      .values({
        id: demoOrder.id,
        customerId: demoOrder.customerId,
        pharmacyId: demoOrder.pharmacyId,
        prescriptionId: demoOrder.prescriptionId,
        status: 'PAID',
        deliveryAddress: demoOrder.deliveryAddress,
        currency: demoOrder.currency,
        totalAmount: demoOrder.total,
        createdAt: demoOrder.createdAt,
        updatedAt: demoOrder.paidAt,
      })
      .onConflictDoNothing()
      .returning({ id: schema.orders.id });
    // Another process seeded it first.
    if (!inserted) return;
    await tx.insert(schema.orderLines).values(
      demoOrder.lines.map((line, index) => ({
        orderId: demoOrder.id,
        lineNo: index + 1,
        medicationId: line.medication.id,
        quantity: line.quantity,
        unitPrice: line.unitPrice,
        lineTotal: line.lineTotal,
        prescriptionItemId: line.prescriptionItemId,
      })),
    );
    const change = (status: OrderStatus, at: Date, actor: string) => ({
      id: demoId('order-status', `patient-1:${status}`),
      orderId: demoOrder.id,
      status,
      at,
      actor,
    });
    await tx
      .insert(schema.orderStatusHistory)
      .values([
        change('PENDING_PAYMENT', demoOrder.createdAt, `user:${demoOrder.customerId}`),
        change('PAID', demoOrder.paidAt, 'service:payments'),
      ]);
  });
}
