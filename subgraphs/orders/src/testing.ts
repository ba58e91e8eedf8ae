/**
 * What tests and benchmarks outside the subgraph use of it (`@pharmacy/orders/testing`): they
 * write orders straight into its tables, change a status the way the service does (history row
 * and live notification included), and shorten its timeouts through its settings.
 */
export * as tables from './db/schema';
export type { OrdersDeps } from './deps';
export { recordStatusChange } from './services/order-status';
export { PAID_ORDER_TOTAL, writePaidOrder } from './paid-order-fixture';
