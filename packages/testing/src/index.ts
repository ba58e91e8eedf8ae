export * from './callers';
export * from './subgraph';
export * from './with-peer';
