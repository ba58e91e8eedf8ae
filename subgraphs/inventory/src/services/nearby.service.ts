import { and, asc, getTableColumns, sql } from 'drizzle-orm';
import { z } from 'zod';
import { isUuid } from '@pharmacy/db';
import { NotFoundError, parseInput } from '@pharmacy/errors';
import type { InventoryContext } from '../context';
import { stockAt, type PharmacyRow, type StockLevel } from '../db/queries';
import { pharmacies } from '../db/schema';
import { boundingBox, distanceKmSql, withinBox } from './geo';

/** The SDL's default, for a caller that sends radiusKm: null. */
const DEFAULT_RADIUS_KM = 10;

function nearbySearchInput(maxRadiusKm: number) {
  const latitude = 'Latitude must be between -90 and 90';
  const longitude = 'Longitude must be between -180 and 180';
  const radius = `radiusKm must be above 0 and at most ${maxRadiusKm}`;
  return z.object({
    latitude: z.number(latitude).min(-90, latitude).max(90, latitude),
    longitude: z.number(longitude).min(-180, longitude).max(180, longitude),
    radiusKm: z
      .number(radius)
      .gt(0, radius)
      .max(maxRadiusKm, radius)
      .nullish()
      .transform((km) => km ?? DEFAULT_RADIUS_KM),
    medicationIds: z
      .array(z.string())
      .nullish()
      .transform((ids) => ids ?? []),
  });
}
export type NearbySearch = z.input<ReturnType<typeof nearbySearchInput>>;

/** Made once per maximum, that is once per process: a zod schema compiles on its first use. */
const inputByMaxRadius = new Map<number, ReturnType<typeof nearbySearchInput>>();
function parseNearbySearch(args: NearbySearch, maxRadiusKm: number) {
  let schema = inputByMaxRadius.get(maxRadiusKm);
  if (!schema) inputByMaxRadius.set(maxRadiusKm, (schema = nearbySearchInput(maxRadiusKm)));
  return parseInput(schema, args);
}

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
  const search = parseNearbySearch(args, ctx.deps.settings.maxRadiusKm);
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
