export * from './tables';
export * from './enqueue';
export * from './relay';
export type * from './relay-options';
export type { OutboxEvent } from './delivery';
