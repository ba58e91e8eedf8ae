import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** Mean earth radius (IUGG), the usual choice for haversine distances. */
export const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE = (Math.PI * EARTH_RADIUS_KM) / 180;

export interface Point {
  latitude: number;
  longitude: number;
}

/** A closed range of longitudes; two of them when the box crosses the antimeridian. */
type LongitudeRange = [min: number, max: number];

export interface BoundingBox {
  minLatitude: number;
  maxLatitude: number;
  /** Null when every longitude qualifies (the circle reaches a pole). */
  longitudes: LongitudeRange[] | null;
}

/**
 * A box that contains every point within radiusKm of the center, so an index on
 * (latitude, longitude) can discard most rows before the exact distance is computed.
 */
export function boundingBox(center: Point, radiusKm: number): BoundingBox {
  const dLat = radiusKm / KM_PER_DEGREE;
  const minLatitude = Math.max(-90, center.latitude - dLat);
  const maxLatitude = Math.min(90, center.latitude + dLat);
  if (minLatitude <= -90 || maxLatitude >= 90)
    return { minLatitude, maxLatitude, longitudes: null };
  // The widest longitude spread of the circle, at the latitude where it is widest.
  const ratio = Math.sin(radiusKm / EARTH_RADIUS_KM) / Math.cos((center.latitude * Math.PI) / 180);
  if (ratio >= 1) return { minLatitude, maxLatitude, longitudes: null };
  const dLng = (Math.asin(ratio) * 180) / Math.PI;
  const min = center.longitude - dLng;
  const max = center.longitude + dLng;
  const longitudes: LongitudeRange[] =
    min < -180
      ? [
          [min + 360, 180],
          [-180, max],
        ]
      : max > 180
        ? [
            [min, 180],
            [-180, max - 360],
          ]
        : [[min, max]];
  return { minLatitude, maxLatitude, longitudes };
}

/** The box as a SQL condition on the given columns. */
export function withinBox(box: BoundingBox, latitude: AnyPgColumn, longitude: AnyPgColumn): SQL {
  const lat = sql`${latitude} between ${box.minLatitude} and ${box.maxLatitude}`;
  if (!box.longitudes) return lat;
  const ranges = box.longitudes.map(([min, max]) => sql`${longitude} between ${min} and ${max}`);
  return sql`${lat} and (${sql.join(ranges, sql` or `)})`;
}

/** Haversine great-circle distance in km between a fixed point and the given columns. */
export function distanceKmSql(
  center: Point,
  latitude: AnyPgColumn,
  longitude: AnyPgColumn,
): SQL<number> {
  const lat1 = sql`radians(${center.latitude}::double precision)`;
  const lat2 = sql`radians(${latitude})`;
  const dLat = sql`(${lat2} - ${lat1})`;
  const dLng = sql`radians(${longitude} - ${center.longitude}::double precision)`;
  const a = sql`power(sin(${dLat} / 2), 2) + cos(${lat1}) * cos(${lat2}) * power(sin(${dLng} / 2), 2)`;
  // least() guards asin against rounding just above 1 for antipodal points.
  return sql<number>`(2 * ${EARTH_RADIUS_KM}::double precision * asin(least(1, sqrt(${a}))))`;
}
