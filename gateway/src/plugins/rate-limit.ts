import { HeaderMap, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import type { Caller } from '@pharmacy/auth';
import { RateLimitedError } from '@pharmacy/errors';
import type { RequestRateLimiter } from '../request-rate-limiter';

type RateLimitedContext = BaseContext & { clientAddress: string; caller: Caller };

/**
 * Counts every operation Apollo Server runs against the request rate limits: HTTP requests and
 * the queries and mutations that arrive over the WebSocket (`executeOperation`) alike. Over the
 * limit, the operation is refused with RATE_LIMITED (HTTP 429 and Retry-After).
 *
 * The count is taken as the request starts, so requests that fail to parse or validate count
 * too. The refusal comes once the operation is resolved: that is the first hook whose error
 * Apollo Server sends as it is (one thrown earlier becomes a 500), and parsing and validating
 * before it are bounded by the token and shape limits.
 */
export function rateLimitPlugin<C extends RateLimitedContext>(
  limitRequest: RequestRateLimiter,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ contextValue }) {
      try {
        limitRequest(contextValue);
        return;
      } catch (error) {
        if (!(error instanceof RateLimitedError)) throw error;
        const retryAfter = String(error.extensions.retryAfterSeconds ?? 60);
        error.extensions.http = {
          status: 429,
          headers: new HeaderMap([['retry-after', retryAfter]]),
        };
        return {
          async didResolveOperation() {
            throw error;
          },
        };
      }
    },
  };
}
