import { z } from 'zod';
import { parseInput, UnauthenticatedError } from '@pharmacy/errors';
import type { UsersContext } from '../context';
import { updateUser, type UserRow } from '../db/queries';
import type { ProfileInput } from '../generated/resolvers';
import { ownAccount } from './own-account';

/** A contact detail: trimmed; empty (or null) clears it; absent leaves it as it is. */
const clearable = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} must be at most ${max} characters`)
    .nullish()
    .transform((value) => (value === undefined ? undefined : value || null));

const profile = z.object({
  // A name cannot be cleared: null, like absent, leaves it as it is.
  name: z
    .string()
    .trim()
    .min(1, 'Name is required')
    .max(200, 'Name must be at most 200 characters')
    .nullish()
    .transform((value) => value ?? undefined),
  phone: clearable(40, 'Phone'),
  address: clearable(500, 'Address'),
});

/** The caller's own name, phone and address; only the fields given change. */
export async function updateProfile(ctx: UsersContext, input: ProfileInput): Promise<UserRow> {
  const user = await ownAccount(ctx);
  const changes = parseInput(profile, input);
  const given = Object.fromEntries(
    Object.entries(changes).filter(([, value]) => value !== undefined),
  ) as Partial<Pick<UserRow, 'name' | 'phone' | 'address'>>;
  if (Object.keys(given).length === 0) return user;
  const updated = await updateUser(ctx.db, user.id, given);
  if (!updated) throw new UnauthenticatedError('This account no longer exists');
  ctx.loaders.userById.clear(updated.id).prime(updated.id, updated);
  return updated;
}
