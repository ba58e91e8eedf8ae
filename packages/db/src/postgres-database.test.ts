import { describe, expect, it } from 'vitest';
import { resolveDatabaseUrl } from './postgres-database';

describe('resolveDatabaseUrl', () => {
  it('prefers <SERVICE>_DATABASE_URL', () => {
    const env = { ORDERS_DATABASE_URL: 'postgres://o/own', DATABASE_URL: 'postgres://h/base' };
    expect(resolveDatabaseUrl('orders', env)).toBe('postgres://o/own');
  });

  it('otherwise appends the service to the database of DATABASE_URL', () => {
    const env = { DATABASE_URL: 'postgres://u:p@h:5432/pharmacy?sslmode=disable' };
    expect(resolveDatabaseUrl('orders', env)).toBe(
      'postgres://u:p@h:5432/pharmacy_orders?sslmode=disable',
    );
    expect(resolveDatabaseUrl('users', { DATABASE_URL: 'postgres://h:5432' })).toBe(
      'postgres://h:5432/pharmacy_users',
    );
  });

  it('is undefined without a URL (embedded PGlite)', () => {
    expect(resolveDatabaseUrl('orders', {})).toBeUndefined();
  });
});
