import { ConflictError } from '@pharmacy/errors';
import type { UsersContext } from '../context';
import { eraseUser, lockAdmins } from '../db/queries';
import { revokeUserSessions } from '../db/session-queries';
import { deleteStaffMembershipsOf } from '../db/staff-queries';
import { Role } from '../generated/enums';
import { ownAccountWithPassword } from './own-account';

/** Not an argon2 hash at all, so no password ever verifies against it. */
const NO_PASSWORD = '!account deleted';

/**
 * Closes the caller's account, once they show its password. The row stays, erased, since orders,
 * payments and prescriptions that a pharmacy must keep refer to its id; its sessions end and it
 * leaves every pharmacy, all in one transaction. The last admin cannot leave (CONFLICT).
 */
export async function deleteAccount(ctx: UsersContext, password: string): Promise<boolean> {
  const user = await ownAccountWithPassword(ctx, password, 'password');
  await ctx.db.transaction(async (tx) => {
    if (user.role === Role.ADMIN) {
      const admins = await lockAdmins(tx);
      if (!admins.some((id) => id !== user.id))
        throw new ConflictError('The last admin cannot delete their account');
    }
    await eraseUser(tx, { userId: user.id, passwordHash: NO_PASSWORD });
    await revokeUserSessions(tx, { userId: user.id });
    await deleteStaffMembershipsOf(tx, user.id);
  });
  ctx.log.info('account deleted', { userId: user.id });
  return true;
}
