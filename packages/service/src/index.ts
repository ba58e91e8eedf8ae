export * from './logger';
export * from './http';
export * from './subgraph-server';
export * from './service-client';
export * from './config';
export * from './start-subgraph';
export * from './scalars';
export * from './main';
