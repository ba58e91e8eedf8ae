import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '@pharmacy/db';
import * as schema from '../db/schema';

/** The prescription quantity one order holds, as the orders service sees it. */
export interface PrescriptionTake {
  orderId: string;
  prescriptionId: string | null;
  status: 'TAKEN' | 'RETURNED';
  lines: { medicationId: string; prescriptionItemId: string; quantity: number }[];
}

export const emptyTake = (orderId: string): PrescriptionTake => ({
  orderId,
  prescriptionId: null,
  status: 'RETURNED',
  lines: [],
});

/** An order's dispensations, or null when it never took anything. */
export async function loadTake(
  db: Queryable<typeof schema>,
  orderId: string,
): Promise<PrescriptionTake | null> {
  const { dispensations, prescriptionItems } = schema;
  const rows = await db
    .select({
      prescriptionId: prescriptionItems.prescriptionId,
      medicationId: prescriptionItems.medicationId,
      prescriptionItemId: dispensations.itemId,
      quantity: dispensations.quantity,
      status: dispensations.status,
    })
    .from(dispensations)
    .innerJoin(prescriptionItems, eq(prescriptionItems.id, dispensations.itemId))
    .where(eq(dispensations.orderId, orderId))
    .orderBy(asc(dispensations.itemId));
  const first = rows[0];
  if (!first) return null;
  return {
    orderId,
    prescriptionId: first.prescriptionId,
    // An order's dispensations are taken and returned together.
    status: rows.some((row) => row.status === 'TAKEN') ? 'TAKEN' : 'RETURNED',
    lines: rows.map(({ medicationId, prescriptionItemId, quantity }) => ({
      medicationId,
      prescriptionItemId,
      quantity,
    })),
  };
}

/** Same prescription and same quantity per medication: a replay, not a different request. */
export function sameRequest(
  take: PrescriptionTake,
  prescriptionId: string,
  wanted: Map<string, number>,
): boolean {
  if (take.prescriptionId !== prescriptionId || take.lines.length !== wanted.size) return false;
  return take.lines.every((line) => wanted.get(line.medicationId) === line.quantity);
}

/** Quantity currently TAKEN per item id; items nothing was taken from are absent. */
export async function takenQuantities(
  db: Queryable<typeof schema>,
  itemIds: readonly string[],
): Promise<Map<string, number>> {
  const { dispensations } = schema;
  if (itemIds.length === 0) return new Map();
  const rows = await db
    .select({
      itemId: dispensations.itemId,
      taken: sql<number>`sum(${dispensations.quantity})::int`,
    })
    .from(dispensations)
    .where(and(inArray(dispensations.itemId, [...itemIds]), eq(dispensations.status, 'TAKEN')))
    .groupBy(dispensations.itemId);
  return new Map(rows.map((row) => [row.itemId, Number(row.taken)]));
}
