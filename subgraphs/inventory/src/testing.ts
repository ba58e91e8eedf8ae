/**
 * What tests and benchmarks outside inventory may use of it. The e2e consistency checks read
 * stock levels and reservations straight from its database, so they get its tables.
 */
export * as tables from './db/schema';
