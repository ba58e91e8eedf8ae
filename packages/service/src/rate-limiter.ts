import { RateLimitedError } from '@pharmacy/errors';

/**
 * Fixed-window attempt counter, per key (a client address or an account). In memory: each
 * replica of the users service counts on its own.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one attempt for `key`, refusing with RATE_LIMITED once it is over the limit. */
  hit(key: string): void {
    const now = Date.now();
    if (this.windows.size > 50_000) this.sweep(now);
    const window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      this.windows.set(key, { count: 1, resetAt: now + this.windowMs });
      return;
    }
    window.count += 1;
    if (window.count > this.limit) {
      throw new RateLimitedError(Math.ceil((window.resetAt - now) / 1000));
    }
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}
