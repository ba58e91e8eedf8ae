import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InventoryContext } from '../context';
import { createInventoryDeps } from '../deps';
import { pharmaciesNearby } from '../services/nearby.service';
import { loadInventorySettings } from '../settings';

describe('loadInventorySettings', () => {
  it('limits nearby searches to 100 km unless told otherwise', () => {
    expect(loadInventorySettings({})).toEqual({ maxRadiusKm: 100 });
    expect(loadInventorySettings({ INVENTORY_MAX_RADIUS_KM: '250.5' })).toEqual({
      maxRadiusKm: 250.5,
    });
  });

  it('refuses a radius that is not a positive number, naming the variable', () => {
    for (const value of ['0', '-5', 'far']) {
      expect(() => loadInventorySettings({ INVENTORY_MAX_RADIUS_KM: value })).toThrow(
        /Invalid configuration for inventory[\s\S]*INVENTORY_MAX_RADIUS_KM/,
      );
    }
  });
});

describe('INVENTORY_MAX_RADIUS_KM', () => {
  afterEach(() => void vi.unstubAllEnvs());

  // No database needed: a radius beyond the maximum is refused before any query.
  it('is read once at start and bounds every nearby search', async () => {
    vi.stubEnv('INVENTORY_MAX_RADIUS_KM', '20');
    const deps = createInventoryDeps({} as Parameters<typeof createInventoryDeps>[0]);
    expect(deps.settings).toEqual({ maxRadiusKm: 20 });
    const ctx = { deps } as InventoryContext;
    await expect(
      pharmaciesNearby(ctx, { latitude: 0, longitude: 0, radiusKm: 20.5 }),
    ).rejects.toMatchObject({
      message: 'radiusKm must be above 0 and at most 20',
      extensions: { code: 'BAD_USER_INPUT', field: 'radiusKm' },
    });
  });
});
