import { ApiError } from './api/client';

/** What each failure means for a patient, by the API's error code. */
const messages: Record<string, string> = {
  UNAUTHENTICATED: 'Please log in again: your session has ended.',
  FORBIDDEN: 'You are not allowed to do that.',
  NOT_FOUND: 'We could not find that. It may have been removed.',
  CONFLICT: 'That conflicts with something that already exists.',
  RATE_LIMITED: 'Too many attempts. Please wait a minute and try again.',
  INSUFFICIENT_STOCK:
    'This pharmacy does not have enough of one of your medicines any more. Choose another pharmacy or a smaller quantity.',
  PRESCRIPTION_REQUIRED:
    'A prescription-only medicine needs your verified prescription. Order it from the prescription.',
  PRESCRIPTION_INVALID:
    'Your prescription cannot be used for this order: it is not verified yet, has expired, or has no quantity left.',
  INVALID_STATUS_TRANSITION:
    'This order can no longer be changed: it is already paid or cancelled.',
  IDEMPOTENCY_KEY_REUSED: 'This request was already sent with different details. Please try again.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Please try again in a moment.',
  NETWORK: 'Cannot reach the pharmacy. Check your connection and try again.',
  HTTP_413: 'That is too large to send. Please use a smaller photo.',
};

/** A failure in the browser whose message is written for the patient. */
export class UserFacingError extends Error {}

/** A sentence to show for any error, with the API's detail where the code alone is too vague. */
export function describeError(error: unknown, context?: 'login'): string {
  if (error instanceof UserFacingError) return error.message;
  if (!(error instanceof ApiError)) return messages.INTERNAL_SERVER_ERROR!;
  if (context === 'login' && error.code === 'UNAUTHENTICATED') return 'Wrong email or password.';
  if (error.code === 'BAD_USER_INPUT') return `Please check your input: ${error.message}.`;
  return messages[error.code] ?? `${messages.INTERNAL_SERVER_ERROR} (${error.code})`;
}

/** A declined card is an answer, not an error: the approval says why. */
export function declinedMessage(failureReason: string | null | undefined): string {
  const reason = failureReason?.trim().replace(/\.?$/, '.') ?? 'Your card was declined.';
  return `Payment declined: ${reason} Nothing was charged; try another card.`;
}
