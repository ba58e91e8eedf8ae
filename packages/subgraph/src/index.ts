export * from './config';
export * from './subgraph-server';
export * from './start-subgraph';
export * from './main';
