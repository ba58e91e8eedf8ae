import { BadUserInputError } from '@pharmacy/errors';
import type { UsersContext } from '../context';
import { updateUser } from '../db/queries';
import { revokeUserSessions } from '../db/session-queries';
import type { MutationChangePasswordArgs } from '../generated/resolvers';
import { ownAccountWithPassword } from './own-account';
import { hashPassword, passwordWeakness } from './password';

/**
 * A new password for the caller, who proves the current one. Every other session is signed out
 * (all of them when the request names none); the one asking stays signed in.
 */
export async function changePassword(
  ctx: UsersContext,
  args: MutationChangePasswordArgs,
): Promise<boolean> {
  // The new password first: a typo there should not cost a sign-in attempt.
  const weakness = passwordWeakness(args.newPassword);
  if (weakness) throw new BadUserInputError(weakness, { field: 'newPassword' });
  const user = await ownAccountWithPassword(ctx, args.currentPassword, 'currentPassword');
  if (args.newPassword === args.currentPassword)
    throw new BadUserInputError('The new password must differ from the current one', {
      field: 'newPassword',
    });
  const passwordHash = await hashPassword(args.newPassword);
  const sessionId = ctx.caller.kind === 'user' ? ctx.caller.sessionId : undefined;
  await ctx.db.transaction(async (tx) => {
    await updateUser(tx, user.id, { passwordHash });
    await revokeUserSessions(tx, { userId: user.id, exceptFamilyId: sessionId });
  });
  ctx.log.info('password changed', { userId: user.id });
  return true;
}
