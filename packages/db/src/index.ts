export * from './types';
export * from './postgres-database';
export * from './open-database';
export * from './ids';
export * from './pagination';
export * from './batch';
export * from './table-rows';
export * from './enum-values';
