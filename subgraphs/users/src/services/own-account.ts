import { requireUser } from '@pharmacy/auth';
import { BadUserInputError, UnauthenticatedError } from '@pharmacy/errors';
import type { UsersContext } from '../context';
import { userById, type UserRow } from '../db/queries';
import { countedAttempt } from './login-attempts';
import { verifyPassword } from './password';

/** The signed-in caller's own account; a deleted one is signed out for good. */
export async function ownAccount(ctx: UsersContext): Promise<UserRow> {
  const { userId } = requireUser(ctx.caller);
  const user = await userById(ctx.db, userId);
  if (!user || user.deletedAt) throw new UnauthenticatedError('This account no longer exists');
  return user;
}

/**
 * The caller's account, once `password` is shown to be theirs. A wrong one is BAD_USER_INPUT on
 * `field` and counts as a failed sign-in of the account (so a stolen session cannot be used to
 * guess the password faster than the login form allows).
 */
export async function ownAccountWithPassword(
  ctx: UsersContext,
  password: string,
  field: string,
): Promise<UserRow> {
  const user = await ownAccount(ctx);
  const verified = await countedAttempt(ctx, { account: user.email }, async () =>
    (await verifyPassword(user.passwordHash, password)) ? user : null,
  );
  if (!verified) throw new BadUserInputError('The password is not correct', { field });
  return verified;
}
