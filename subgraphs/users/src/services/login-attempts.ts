import type { RateLimiter } from '@pharmacy/service';
import type { UsersContext } from '../context';

/**
 * Runs one password check as a sign-in attempt: refused with RATE_LIMITED while the account
 * (and, for a login, the client address) has used up its attempts, and counted only when it
 * fails. The attempt is counted before the check and given back when it succeeds, so checks
 * made at the same moment cannot all slip under the limit. `check` answers null for a failure.
 */
export async function countedAttempt<T>(
  ctx: UsersContext,
  keys: { account: string; address?: string },
  check: () => Promise<T | null>,
): Promise<T | null> {
  const { loginPerAccount, loginPerAddress } = ctx.deps.limiters;
  const counted: [RateLimiter, string][] = [];
  const giveBack = () => counted.forEach(([limiter, key]) => limiter.refund(key));
  try {
    if (keys.address !== undefined) {
      loginPerAddress.hit(keys.address);
      counted.push([loginPerAddress, keys.address]);
    }
    loginPerAccount.hit(keys.account);
    counted.push([loginPerAccount, keys.account]);
    const outcome = await check();
    if (outcome !== null) giveBack();
    return outcome;
  } catch (error) {
    // Refused by a limiter, or the check itself broke: neither is a wrong password.
    giveBack();
    throw error;
  }
}
