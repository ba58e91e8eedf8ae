import { describe, expect, it } from 'vitest';
import { ApiError } from './api/client';
import { declinedMessage, describeError, UserFacingError, waitPhrase } from './errors';

describe('describeError', () => {
  it.each([
    ['INSUFFICIENT_STOCK', /does not have enough/],
    ['PRESCRIPTION_INVALID', /not verified yet, has expired, or has no quantity left/],
    ['PRESCRIPTION_REQUIRED', /needs your verified prescription/],
    ['RATE_LIMITED', /Too many attempts\. Please wait a little/],
    ['INVALID_STATUS_TRANSITION', /can no longer be changed/],
    ['NETWORK', /Cannot reach the pharmacy/],
    ['HTTP_413', /smaller photo/],
    ['SOMETHING_NEW', /Something went wrong on our side\. .*\(SOMETHING_NEW\)/],
  ])('explains %s', (code, message) => {
    expect(describeError(new ApiError('raw', code))).toMatch(message);
  });

  it('passes on the detail of invalid input, and a wrong login as such', () => {
    expect(describeError(new ApiError('quantity: must be at least 1', 'BAD_USER_INPUT'))).toBe(
      'Please check your input: quantity: must be at least 1.',
    );
    expect(describeError(new ApiError('nope', 'UNAUTHENTICATED'), 'login')).toBe(
      'Wrong email or password.',
    );
    expect(describeError(new UserFacingError('Use a PNG or JPEG.'))).toBe('Use a PNG or JPEG.');
    expect(describeError(new TypeError('x is undefined'))).toMatch(/Something went wrong/);
  });

  it('says how long a rate limit lasts, from retryAfterSeconds', () => {
    const limited = (retryAfterSeconds: unknown) =>
      new ApiError('Too many attempts, try again later', 'RATE_LIMITED', [
        { message: 'x', extensions: { code: 'RATE_LIMITED', retryAfterSeconds } },
      ]);
    expect(describeError(limited(641), 'login')).toBe(
      'Too many attempts. Please try again in 11 minutes.',
    );
    expect(describeError(limited(40))).toBe('Too many attempts. Please try again in 40 seconds.');
    expect(describeError(limited('soon'))).toMatch(/wait a little/);
  });

  it.each([
    [1, '1 second'],
    [59.2, '60 seconds'],
    [60, '1 minute'],
    [61, '2 minutes'],
    [900, '15 minutes'],
    [7140, '119 minutes'],
    [7200, '2 hours'],
  ])('puts %s seconds as %s', (seconds, phrase) => {
    expect(waitPhrase(seconds)).toBe(phrase);
  });

  it('says a declined card charged nothing', () => {
    expect(declinedMessage('Insufficient funds')).toBe(
      'Payment declined: Insufficient funds. Nothing was charged; try another card.',
    );
    expect(declinedMessage(null)).toBe(
      'Payment declined: Your card was declined. Nothing was charged; try another card.',
    );
  });
});
