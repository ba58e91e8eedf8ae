import type { Caller } from '@pharmacy/auth';
import { RateLimiter } from '@pharmacy/service';

export interface RequestRateLimits {
  /** Requests per minute from one client address. */
  perAddress: number;
  /** Requests per minute by one signed-in user, from any address. */
  perUser: number;
}

/** Counts one request; throws RateLimitedError once its address or its user is over the limit. */
export type RequestRateLimiter = (request: { clientAddress: string; caller: Caller }) => void;

/**
 * One count for every operation, whatever the transport: the rate limit plugin calls it for
 * each HTTP request and each query or mutation over the WebSocket, and the subscription server
 * for each subscription it starts.
 */
export function createRequestRateLimiter(limits: RequestRateLimits): RequestRateLimiter {
  const perAddress = new RateLimiter(limits.perAddress, 60_000);
  const perUser = new RateLimiter(limits.perUser, 60_000);
  return ({ clientAddress, caller }) => {
    perAddress.hit(clientAddress);
    if (caller.kind === 'user') perUser.hit(caller.userId);
  };
}
