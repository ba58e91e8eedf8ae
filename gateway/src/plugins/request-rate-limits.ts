import type { Caller } from '@pharmacy/auth';
import { RateLimitedError } from '@pharmacy/errors';
import { RateLimiter } from '@pharmacy/service';

export interface RequestRateLimits {
  /** Requests per minute from one client address. */
  perAddress: number;
  /** Requests per minute by one signed-in user, from any address. */
  perUser: number;
}

/**
 * Counts every GraphQL request against its client address and, when signed in, its user. Over
 * either limit the request is refused with RATE_LIMITED (HTTP 429) before it is parsed.
 */
export function createRequestRateLimiter(limits: RequestRateLimits) {
  const perAddress = new RateLimiter(limits.perAddress, 60_000);
  const perUser = new RateLimiter(limits.perUser, 60_000);
  return (clientAddress: string, caller: Caller): void => {
    try {
      perAddress.hit(clientAddress);
      if (caller.kind === 'user') perUser.hit(caller.userId);
    } catch (error) {
      if (error instanceof RateLimitedError) {
        error.extensions.http = { status: 429 };
      }
      throw error;
    }
  };
}
