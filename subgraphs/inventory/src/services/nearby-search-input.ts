import { z } from 'zod';

/** The SDL's default, for a caller that sends radiusKm: null. */
const DEFAULT_RADIUS_KM = 10;

/** Made once at start with the process's maximum radius (see deps.ts). */
export function nearbySearchInput(maxRadiusKm: number) {
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

export type NearbySearchInput = ReturnType<typeof nearbySearchInput>;
