export * from './caller';
export * from './internal-credential';
export * from './access-token';
