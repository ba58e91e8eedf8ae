import { and, eq, isNull } from 'drizzle-orm';
import { isTableEmpty } from '@pharmacy/db';
import { demoOrder, demoPayment } from '@pharmacy/demo';
import type { PaymentsDatabase } from './db/queries';
import * as schema from './db/schema';

/** The demo order's approved payment, only into an empty database. */
export async function seedPayments(db: PaymentsDatabase): Promise<void> {
  const { paymentApprovals } = schema;
  // Demo data seeded before approvals recorded their pharmacy gets it, so the demo pharmacist
  // sees the demo payment; a no-op once set.
  await db
    .update(paymentApprovals)
    .set({ pharmacyId: demoOrder.pharmacyId })
    .where(and(eq(paymentApprovals.id, demoPayment.id), isNull(paymentApprovals.pharmacyId)));
  if (!(await isTableEmpty(db, paymentApprovals))) return;
  await db
    .insert(paymentApprovals)
    .values({
      id: demoPayment.id,
      orderId: demoPayment.orderId,
      payerId: demoPayment.payerId,
      pharmacyId: demoOrder.pharmacyId,
      amount: demoPayment.amount,
      currency: demoPayment.currency,
      status: 'APPROVED',
      method: demoPayment.method,
      providerRef: `sandbox_${demoPayment.id}`,
      idempotencyKey: `demo-${demoPayment.id}`,
      createdAt: demoPayment.createdAt,
      updatedAt: demoPayment.createdAt,
    })
    .onConflictDoNothing();
}
