import { and, desc, eq, ilike, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { requireRole } from '@pharmacy/auth';
import { parsePage, toConnection, isUuid } from '@pharmacy/db';
import { NotFoundError, parseInput } from '@pharmacy/errors';
import type { InventoryContext } from '../context';
import type { MedicationRow } from '../db/queries';
import { medications } from '../db/schema';

const required = (what: string) => z.string().trim().min(1, `${what} is required`).max(200);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => value || null);

const medicationInput = z.object({
  name: required('Name'),
  genericName: optionalText(200),
  form: required('Form'),
  strength: required('Strength'),
  requiresPrescription: z.boolean(),
  price: z.number().int('Price must be whole minor units').min(0, 'Price must not be negative'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'Currency must be three uppercase letters'),
  description: optionalText(20_000),
});
export type MedicationInput = z.input<typeof medicationInput>;

function toColumns(input: MedicationInput) {
  const { price, ...rest } = parseInput(medicationInput, input);
  return { ...rest, priceAmount: price };
}

/** A medication by id, deleted or not (orders and prescriptions keep naming it). */
export async function findMedication(
  ctx: InventoryContext,
  id: string,
): Promise<MedicationRow | null> {
  return isUuid(id) ? ctx.loaders.medicationById.load(id) : null;
}

export async function addMedication(ctx: InventoryContext, input: MedicationInput) {
  requireRole(ctx.caller, 'PHARMACIST', 'ADMIN');
  const [row] = await ctx.db
    .insert(medications)
    .values({ id: uuidv7(), ...toColumns(input) })
    .returning();
  return row!;
}

export async function updateMedication(ctx: InventoryContext, id: string, input: MedicationInput) {
  requireRole(ctx.caller, 'PHARMACIST', 'ADMIN');
  const values = toColumns(input);
  if (!isUuid(id)) throw new NotFoundError('Medication');
  const [row] = await ctx.db
    .update(medications)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(medications.id, id), isNull(medications.deletedAt)))
    .returning();
  if (!row) throw new NotFoundError('Medication');
  return row;
}

/** Soft delete: gone from the catalogue, still resolvable by id. Deleting twice is fine. */
export async function deleteMedication(ctx: InventoryContext, id: string): Promise<boolean> {
  requireRole(ctx.caller, 'PHARMACIST', 'ADMIN');
  if (!isUuid(id)) throw new NotFoundError('Medication');
  const [row] = await ctx.db
    .update(medications)
    .set({ deletedAt: sql`coalesce(${medications.deletedAt}, now())` })
    .where(eq(medications.id, id))
    .returning({ id: medications.id });
  if (!row) throw new NotFoundError('Medication');
  return true;
}

/** LIKE treats % and _ (and the escape \) specially; a search for them means them literally. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The search term; the page (first, after) is checked by parsePage, as in every connection. */
const medicationSearch = z.object({
  search: z
    .string()
    .nullish()
    .transform((term) => term?.trim() || null),
});
export type MedicationSearch = z.input<typeof medicationSearch> & {
  first?: number | null;
  after?: string | null;
};

/**
 * The catalogue in pages, newest first (UUIDv7 ids are time-ordered). A search matches anywhere
 * in the name or generic name, ignoring case; a substring match cannot use a btree index, which
 * is fine at catalogue size (thousands of rows), and avoids needing pg_trgm.
 */
export async function listMedications(ctx: InventoryContext, args: MedicationSearch) {
  // An empty cursor has always meant the first page here.
  const { first, afterId } = parsePage(args.first, args.after || null);
  const { search: term } = parseInput(medicationSearch, args);
  const conditions: (SQL | undefined)[] = [isNull(medications.deletedAt)];
  if (afterId) conditions.push(lt(medications.id, afterId));
  if (term) {
    const pattern = `%${escapeLike(term)}%`;
    conditions.push(or(ilike(medications.name, pattern), ilike(medications.genericName, pattern)));
  }
  const rows = await ctx.db
    .select()
    .from(medications)
    .where(and(...conditions))
    .orderBy(desc(medications.id))
    .limit(first + 1);
  const page = toConnection(rows, { first });
  for (const row of page.nodes) ctx.loaders.medicationById.prime(row.id, row);
  return page;
}
