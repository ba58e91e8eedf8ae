/**
 * What tests and benchmarks outside payments may use of it (`@pharmacy/payments/testing`):
 * its tables, to write or check rows directly, and the types of its long-lived dependencies, to
 * reach the sandbox provider of a running payments subgraph.
 */
export * as tables from './db/schema';
export type { PaymentsDeps } from './deps';
export type { SandboxPaymentProvider } from './provider/sandbox-provider';
export { writeApprovedPayment } from './approval-fixture';
