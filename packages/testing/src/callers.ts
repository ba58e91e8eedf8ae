import { v7 as uuidv7 } from 'uuid';
import { expect } from 'vitest';
import type { Caller, Role, UserCaller } from '@pharmacy/auth';
import type { GraphQLResponse } from './subgraph';

export { anonymous } from '@pharmacy/auth';

/** Another service of the deployment, e.g. `serviceCaller('orders')`. */
export const serviceCaller = (service: string): Extract<Caller, { kind: 'service' }> => ({
  kind: 'service',
  service,
});

/**
 * A user of the given role; a fresh id unless one is given, so tests never share data. Staff
 * work for the pharmacies given (none by default).
 */
export const userCaller = (
  role: Role,
  userId: string = uuidv7(),
  pharmacyIds: readonly string[] = [],
): UserCaller => ({ kind: 'user', userId, role, pharmacyIds });

/** The code of the first error of a response, or undefined when it has none. */
export const errorCodeOf = (response: GraphQLResponse<unknown>): unknown =>
  response.errors?.[0]?.extensions?.code;

/** The request failed with exactly one error, of this code. */
export function expectError(response: GraphQLResponse<unknown>, code: string): void {
  expect(response.errors?.map((error) => error.extensions?.code)).toEqual([code]);
}
