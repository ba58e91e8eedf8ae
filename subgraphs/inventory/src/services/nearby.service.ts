import { and, asc, getTableColumns, inArray, sql } from 'drizzle-orm';
import { BadUserInputError, NotFoundError, isUuid } from '@pharmacy/errors';
import type { InventoryContext } from '../context';
import type { PharmacyRow, StockLevel } from '../db/queries';
import { pharmacies, stock } from '../db/schema';
import { boundingBox, distanceKmSql, withinBox } from './geo';

export const MAX_RADIUS_KM = 100;

export interface NearbySearch {
  latitude: number;
  longitude: number;
  radiusKm?: number | null;
  medicationIds?: readonly string[] | null;
}

export interface PharmacyAvailability {
  pharmacy: PharmacyRow;
  distanceKm: number;
  stock: StockLevel[];
  hasAll: boolean;
}

function validate(args: NearbySearch): number {
  const radiusKm = args.radiusKm ?? 10;
  if (!(args.latitude >= -90 && args.latitude <= 90)) {
    throw new BadUserInputError('Latitude must be between -90 and 90', { field: 'latitude' });
  }
  if (!(args.longitude >= -180 && args.longitude <= 180)) {
    throw new BadUserInputError('Longitude must be between -180 and 180', { field: 'longitude' });
  }
  if (!(radiusKm > 0 && radiusKm <= MAX_RADIUS_KM)) {
    throw new BadUserInputError(`radiusKm must be above 0 and at most ${MAX_RADIUS_KM}`, {
      field: 'radiusKm',
    });
  }
  return radiusKm;
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
  const radiusKm = validate(args);
  const medications = await requestedMedications(ctx, args.medicationIds ?? []);
  const center = { latitude: args.latitude, longitude: args.longitude };
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

  const rows = medications.sellable.length
    ? await ctx.db
        .select()
        .from(stock)
        .where(
          and(
            inArray(
              stock.pharmacyId,
              found.map((p) => p.id),
            ),
            inArray(stock.medicationId, medications.sellable),
          ),
        )
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
