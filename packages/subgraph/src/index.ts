export * from './config';
export type { BeforeResponse } from './before-response';
export * from './subgraph-server';
export * from './start-subgraph';
export * from './main';
