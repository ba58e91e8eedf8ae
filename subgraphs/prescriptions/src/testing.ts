/**
 * What tests and benchmarks outside prescriptions may use of it (the module itself is "."). The
 * e2e consistency checks read what each order took straight from its database, so they get its
 * tables; the scan tests draw their prescription photos with renderPrescription.
 */
export * as tables from './db/schema';
export { renderPrescription } from './scan/test-image';
