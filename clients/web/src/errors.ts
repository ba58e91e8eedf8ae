import { ApiError } from './api/client';

/** What each failure means for a patient, by the API's error code. */
const messages: Record<string, string> = {
  UNAUTHENTICATED: 'Please log in again: your session has ended.',
  FORBIDDEN: 'You are not allowed to do that.',
  NOT_FOUND: 'We could not find that. It may have been removed.',
  CONFLICT: 'That conflicts with something that already exists.',
  RATE_LIMITED: 'Too many attempts. Please wait a little and try again.',
  INSUFFICIENT_STOCK:
    'This pharmacy does not have enough of one of your medicines any more. Choose another pharmacy or a smaller quantity.',
  PRESCRIPTION_REQUIRED:
    'A prescription-only medicine needs your verified prescription. Order it from the prescription.',
  PRESCRIPTION_INVALID:
    'Your prescription cannot be used for this order: it is not verified yet, has expired, or has no quantity left.',
  INVALID_STATUS_TRANSITION:
    'This order can no longer be changed: it is already paid, on its way or cancelled.',
  IDEMPOTENCY_KEY_REUSED: 'This request was already sent with different details. Please try again.',
  SERVICE_UNAVAILABLE: 'Part of the pharmacy is not answering right now. Please try again shortly.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Please try again in a moment.',
  NETWORK: 'Cannot reach the pharmacy. Check your connection and try again.',
  HTTP_413: 'That is too large to send. Please use a smaller photo or file.',
};

/** A failure in the browser whose message is written for the patient. */
export class UserFacingError extends Error {}

/** A sentence to show for any error, with the API's detail where the code alone is too vague. */
export function describeError(error: unknown, context?: 'login'): string {
  if (error instanceof UserFacingError) return error.message;
  if (!(error instanceof ApiError)) return messages.INTERNAL_SERVER_ERROR!;
  if (context === 'login' && error.code === 'UNAUTHENTICATED') return 'Wrong email or password.';
  if (error.code === 'BAD_USER_INPUT') return `Please check your input: ${error.message}.`;
  if (error.code === 'RATE_LIMITED') return rateLimitedMessage(error.extensions.retryAfterSeconds);
  return messages[error.code] ?? `${messages.INTERNAL_SERVER_ERROR} (${error.code})`;
}

/** The real wait, as the API counts it: a lock of 11 minutes does not say "a minute". */
function rateLimitedMessage(retryAfterSeconds: unknown): string {
  if (typeof retryAfterSeconds !== 'number' || !(retryAfterSeconds > 0))
    return messages.RATE_LIMITED!;
  return `Too many attempts. Please try again in ${waitPhrase(retryAfterSeconds)}.`;
}

/** "40 seconds", "1 minute", "11 minutes", "2 hours": rounded up, so the wait is long enough. */
export function waitPhrase(seconds: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (seconds < 60) return plural(Math.ceil(seconds), 'second');
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 120) return plural(minutes, 'minute');
  return plural(Math.ceil(minutes / 60), 'hour');
}

/** A declined card is an answer, not an error: the approval says why. */
export function declinedMessage(failureReason: string | null | undefined): string {
  const reason = failureReason?.trim().replace(/\.?$/, '.') ?? 'Your card was declined.';
  return `Payment declined: ${reason} Nothing was charged; try another card.`;
}
