import { LRUCache } from 'lru-cache';
import { RateLimitedError } from '@pharmacy/errors';

/**
 * Fixed-window attempt counter, per key (a client address or an account). In memory: each
 * replica counts on its own. At most `maxKeys` windows are kept; past that the least recently
 * counted goes first, so a flood of new keys cannot grow memory, and a key that keeps trying
 * keeps its window.
 */
export class RateLimiter {
  private readonly windows: LRUCache<string, { count: number; resetAt: number }>;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    maxKeys = 100_000,
  ) {
    this.windows = new LRUCache({ max: maxKeys });
  }

  /**
   * Counts one attempt for `key`, refusing with RATE_LIMITED once the window holds `limit`;
   * `retryAfterSeconds` is how long until the window ends.
   */
  hit(key: string): void {
    const now = Date.now();
    const window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      this.windows.set(key, { count: 1, resetAt: now + this.windowMs });
      return;
    }
    // A refused attempt is not counted: the window ends when it would have, however many came.
    if (window.count >= this.limit) {
      throw new RateLimitedError(Math.ceil((window.resetAt - now) / 1000));
    }
    window.count += 1;
  }

  /**
   * Takes back one attempt of `key`'s current window: it turned out not to count (a sign-in
   * that succeeded). Counting first and refunding after, rather than counting only once an
   * attempt has failed, keeps attempts made at the same moment from all slipping under the limit.
   */
  refund(key: string): void {
    const window = this.windows.peek(key);
    if (window && window.resetAt > Date.now() && window.count > 0) window.count -= 1;
  }
}
