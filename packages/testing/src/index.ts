export * from './callers';
export * from './subgraph';
