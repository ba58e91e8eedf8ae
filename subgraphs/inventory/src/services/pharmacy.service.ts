import { asc } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { requireRole } from '@pharmacy/auth';
import { isUuid } from '@pharmacy/db';
import { parseInput } from '@pharmacy/errors';
import type { InventoryContext } from '../context';
import type { PharmacyRow, StockRow } from '../db/queries';
import { pharmacies } from '../db/schema';

const pharmacyInput = z.object({
  name: z.string().trim().min(1, 'Name is required').max(200),
  address: z.string().trim().min(1, 'Address is required').max(500),
  latitude: z
    .number()
    .min(-90, 'Latitude must be between -90 and 90')
    .max(90, 'Latitude must be between -90 and 90'),
  longitude: z
    .number()
    .min(-180, 'Longitude must be between -180 and 180')
    .max(180, 'Longitude must be between -180 and 180'),
  phone: z
    .string()
    .trim()
    .max(40)
    .nullish()
    .transform((value) => value || null),
});
export type PharmacyInput = z.input<typeof pharmacyInput>;

export async function addPharmacy(
  ctx: InventoryContext,
  input: PharmacyInput,
): Promise<PharmacyRow> {
  requireRole(ctx.caller, 'ADMIN');
  const values = parseInput(pharmacyInput, input);
  const [row] = await ctx.db
    .insert(pharmacies)
    .values({ id: uuidv7(), ...values })
    .returning();
  return row!;
}

export async function listPharmacies(ctx: InventoryContext): Promise<PharmacyRow[]> {
  const rows = await ctx.db
    .select()
    .from(pharmacies)
    .orderBy(asc(pharmacies.name), asc(pharmacies.id));
  for (const row of rows) ctx.loaders.pharmacyById.prime(row.id, row);
  return rows;
}

export async function findPharmacy(ctx: InventoryContext, id: string): Promise<PharmacyRow | null> {
  return isUuid(id) ? ctx.loaders.pharmacyById.load(id) : null;
}

/** A pharmacy's stock: of the given medications (ids that match nothing are skipped) or of all. */
export async function pharmacyStock(
  ctx: InventoryContext,
  pharmacyId: string,
  medicationIds?: readonly string[] | null,
): Promise<StockRow[]> {
  const filter = medicationIds ? medicationIds.filter(isUuid) : null;
  if (filter && filter.length === 0) return [];
  return ctx.loaders.stockByPharmacy(filter).load(pharmacyId);
}

export async function medicationStock(
  ctx: InventoryContext,
  medicationId: string,
): Promise<StockRow[]> {
  return ctx.loaders.stockByMedication.load(medicationId);
}
