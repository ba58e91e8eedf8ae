import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RateLimiter } from './rate-limiter';

const refusal = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    return (error as { extensions?: Record<string, unknown> }).extensions;
  }
  return undefined;
};

describe('RateLimiter', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000, toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('allows `limit` attempts per window, then refuses with RATE_LIMITED and when to retry', () => {
    const limiter = new RateLimiter(3, 60_000);
    for (let i = 0; i < 3; i++) expect(refusal(() => limiter.hit('1.2.3.4'))).toBeUndefined();
    vi.advanceTimersByTime(20_500);
    expect(refusal(() => limiter.hit('1.2.3.4'))).toEqual({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 40,
    });
    expect(refusal(() => limiter.hit('1.2.3.4'))).toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('counts each key on its own', () => {
    const limiter = new RateLimiter(1, 60_000);
    limiter.hit('alice');
    expect(refusal(() => limiter.hit('bob'))).toBeUndefined();
    expect(refusal(() => limiter.hit('alice'))).toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('starts a fresh window once the old one is over', () => {
    const limiter = new RateLimiter(1, 60_000);
    limiter.hit('alice');
    vi.advanceTimersByTime(59_999);
    expect(refusal(() => limiter.hit('alice'))).toMatchObject({ retryAfterSeconds: 1 });
    vi.advanceTimersByTime(1);
    expect(refusal(() => limiter.hit('alice'))).toBeUndefined();
    expect(refusal(() => limiter.hit('alice'))).toMatchObject({ retryAfterSeconds: 60 });
  });

  it('keeps refusing a key that keeps trying while many other keys come and go', () => {
    const limiter = new RateLimiter(1, 60_000, 1_000);
    limiter.hit('attacker');
    for (let i = 0; i < 5_000; i++) {
      limiter.hit(`visitor-${i}`);
      if (i % 500 === 0) expect(refusal(() => limiter.hit('attacker'))).toBeDefined();
    }
    expect(refusal(() => limiter.hit('attacker'))).toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('refund takes an attempt back: attempts that succeed never use up the limit', () => {
    const limiter = new RateLimiter(2, 60_000);
    for (let i = 0; i < 20; i++) {
      limiter.hit('alice');
      limiter.refund('alice');
    }
    limiter.hit('alice');
    limiter.hit('alice');
    expect(refusal(() => limiter.hit('alice'))).toMatchObject({ code: 'RATE_LIMITED' });
    limiter.refund('alice');
    expect(refusal(() => limiter.hit('alice'))).toBeUndefined();
  });

  it('refund does nothing for a key without a window, or one whose window is over', () => {
    const limiter = new RateLimiter(1, 60_000);
    limiter.refund('bob');
    limiter.hit('bob');
    expect(refusal(() => limiter.hit('bob'))).toBeDefined();
    vi.advanceTimersByTime(60_000);
    limiter.refund('bob');
    limiter.hit('bob');
    expect(refusal(() => limiter.hit('bob'))).toMatchObject({ retryAfterSeconds: 60 });
  });

  it('refused attempts do not count: the wait is what is left of the window', () => {
    const limiter = new RateLimiter(1, 60_000);
    limiter.hit('carol');
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(10_000);
      expect(refusal(() => limiter.hit('carol'))).toMatchObject({
        retryAfterSeconds: 60 - 10 * (i + 1),
      });
    }
    limiter.refund('carol');
    expect(refusal(() => limiter.hit('carol'))).toBeUndefined();
  });
});
