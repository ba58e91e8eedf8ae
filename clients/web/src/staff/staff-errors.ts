import { ApiError } from '../api/client';
import { describeError } from '../errors';

// Codes whose API message already says what went wrong in staff terms ("An order cannot go from
// PAID to DELIVERED", "Only a courier can deliver an order").
const explainedByTheApi = new Set([
  'BAD_USER_INPUT',
  'CONFLICT',
  'NOT_FOUND',
  'INVALID_STATUS_TRANSITION',
]);

/**
 * A sentence for a failed staff action. FORBIDDEN gets the screen's own plain explanation of who
 * may do this, since "not allowed" alone does not tell a pharmacist what to ask for.
 */
export function describeStaffError(error: unknown, forbidden: string): string {
  if (!(error instanceof ApiError)) return describeError(error);
  if (error.code === 'FORBIDDEN') return forbidden;
  if (explainedByTheApi.has(error.code)) return error.message.replace(/\.?$/, '.');
  return describeError(error);
}
