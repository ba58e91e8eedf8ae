import { isTableEmpty } from '@pharmacy/db';
import { demoId, demoOrder, demoPrescription } from '@pharmacy/demo';
import type { PrescriptionsDatabase } from './db/queries';
import * as schema from './db/schema';
import { PrescriptionStatus } from './generated/enums';

/** The demo patient's verified prescription, and what the demo order took from it. */
export async function seedPrescriptions(db: PrescriptionsDatabase): Promise<void> {
  if (!(await isTableEmpty(db, schema.prescriptions))) return;
  const { items, ...prescription } = demoPrescription;
  await db.transaction(async (tx) => {
    await tx
      .insert(schema.prescriptions)
      .values({
        ...prescription,
        status: PrescriptionStatus.VERIFIED,
        verifiedAt: new Date(prescription.issuedAt.getTime() + 3 * 3600_000),
        createdAt: prescription.issuedAt,
      })
      .onConflictDoNothing();
    await tx
      .insert(schema.prescriptionItems)
      .values(
        items.map((item) => ({
          id: item.id,
          prescriptionId: prescription.id,
          medicationId: item.medication.id,
          quantity: item.quantity,
          refills: item.refills,
          instructions: item.instructions,
        })),
      )
      .onConflictDoNothing();
    const taken = demoOrder.lines.filter((line) => line.prescriptionItemId !== null);
    if (taken.length === 0) return;
    await tx
      .insert(schema.dispensations)
      .values(
        taken.map((line) => ({
          // Derived from order and item, so a second seeding process writes the same row.
          id: demoId('dispensation', `${demoOrder.id}:${line.prescriptionItemId}`),
          orderId: demoOrder.id,
          itemId: line.prescriptionItemId!,
          quantity: line.quantity,
          status: 'TAKEN' as const,
          pharmacyId: demoOrder.pharmacyId,
          createdAt: demoOrder.createdAt,
        })),
      )
      .onConflictDoNothing();
  });
}
