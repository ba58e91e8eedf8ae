import { isTableEmpty } from '@pharmacy/db';
import { demoPayment } from '@pharmacy/demo';
import type { PaymentsDatabase } from './db/queries';
import * as schema from './db/schema';

/** The demo order's approved payment, only into an empty database. */
export async function seedPayments(db: PaymentsDatabase): Promise<void> {
  if (!(await isTableEmpty(db, schema.paymentApprovals))) return;
  await db
    .insert(schema.paymentApprovals)
    .values({
      id: demoPayment.id,
      orderId: demoPayment.orderId,
      payerId: demoPayment.payerId,
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
