/**
 * What tests and benchmarks outside users may use of it (the module itself is "."). The e2e auth
 * tests sign tokens with the users service's own key, read from its running deps.
 */
export type { UsersDeps } from './deps';
