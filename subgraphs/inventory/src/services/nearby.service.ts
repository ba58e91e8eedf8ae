import { and, asc, getTableColumns, sql } from 'drizzle-orm';
import { isUuid } from '@pharmacy/db';
import { NotFoundError, parseInput } from '@pharmacy/errors';
import type { InventoryContext } from '../context';
import { stockAt, type PharmacyRow, type StockLevel } from '../db/queries';
import { pharmacies } from '../db/schema';
import { boundingBox, distanceKmSql, withinBox } from './geo';
import type { NearbySearch } from './nearby-search-input';

export interface PharmacyAvailability {
  pharmacy: PharmacyRow;
  distanceKm: number;
  stock: StockLevel[];
  hasAll: boolean;
}

/**
 * Every requested medication must exist. Deleted ones are answered too, as not available
 * anywhere: they can no longer be ordered.
 */
async function requestedMedications(ctx: InventoryContext, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  const found = await Promise.all(
    unique.map((id) => (isUuid(id) ? ctx.loaders.medicationById.load(id) : null)),
  );
  const missing = unique.filter((_, i) => !found[i]);
  if (missing.length > 0) throw new NotFoundError(`Medication ${missing.join(', ')}`);
  const sellable = found.filter((row) => row && !row.deletedAt).map((row) => row!.id);
  return { all: unique, sellable };
}

/**
 * Pharmacies within radiusKm, nearest first, with the requested medications' stock: one query
 * for the pharmacies (bounding box on the location index, then exact haversine distance) and
 * one for their stock. Medications a pharmacy does not carry appear with quantity 0.
 */
export async function pharmaciesNearby(
  ctx: InventoryContext,
  args: NearbySearch,
): Promise<PharmacyAvailability[]> {
  const search = parseInput(ctx.deps.nearbySearchInput, args);
  const { radiusKm } = search;
  const medications = await requestedMedications(ctx, search.medicationIds);
  const center = { latitude: search.latitude, longitude: search.longitude };
  const distance = distanceKmSql(center, pharmacies.latitude, pharmacies.longitude);
  const found = await ctx.db
    .select({ ...getTableColumns(pharmacies), distanceKm: distance })
    .from(pharmacies)
    .where(
      and(
        withinBox(boundingBox(center, radiusKm), pharmacies.latitude, pharmacies.longitude),
        sql`${distance} <= ${radiusKm}`,
      ),
    )
    .orderBy(asc(distance), asc(pharmacies.id));
  if (found.length === 0) return [];

  const pharmacyIds = found.map((pharmacy) => pharmacy.id);
  const rows = medications.sellable.length
    ? await stockAt(ctx.db, pharmacyIds, medications.sellable)
    : [];
  const held = new Map(rows.map((row) => [`${row.pharmacyId}:${row.medicationId}`, row]));

  return found.map(({ distanceKm, ...pharmacy }) => {
    ctx.loaders.pharmacyById.prime(pharmacy.id, pharmacy);
    const items = medications.all.map(
      (medicationId): StockLevel =>
        held.get(`${pharmacy.id}:${medicationId}`) ?? {
          pharmacyId: pharmacy.id,
          medicationId,
          onHand: 0,
          reserved: 0,
        },
    );
    const hasAll = items.every((item) => item.onHand - item.reserved > 0);
    return { pharmacy, distanceKm: Number(distanceKm), stock: items, hasAll };
  });
}
