import { managesPharmacy, requireRole } from '@pharmacy/auth';
import { isUuid } from '@pharmacy/db';
import { BadUserInputError, ForbiddenError, NotFoundError } from '@pharmacy/errors';
import type { UsersContext } from '../context';
import { liveUserForUpdate, userById, type Db, type UserRow } from '../db/queries';
import {
  deleteStaffMembership,
  insertStaffMemberships,
  type PharmacyRef,
} from '../db/staff-queries';
import { Role } from '../generated/enums';
import type { MutationAssignStaffArgs, MutationUnassignStaffArgs } from '../generated/resolvers';

/** The roles that work for pharmacies; anyone else works for none. */
export const worksForPharmacies = (role: UserRow['role']): boolean =>
  role === Role.PHARMACIST || role === Role.COURIER;

/** An account that is not deleted, by an id that may be anything. */
async function liveUser(db: Db, id: string): Promise<UserRow> {
  const user = isUuid(id) ? await userById(db, id) : undefined;
  if (!user || user.deletedAt) throw new NotFoundError('User');
  return user;
}

function mustBeStaff(user: UserRow): UserRow {
  if (!worksForPharmacies(user.role))
    throw new BadUserInputError('Only pharmacists and couriers work for pharmacies', {
      field: 'userId',
    });
  return user;
}

/** Admins: a pharmacist or courier starts working for a pharmacy that inventory knows. */
export async function assignStaff(
  ctx: UsersContext,
  args: MutationAssignStaffArgs,
): Promise<UserRow> {
  const admin = requireRole(ctx.caller, Role.ADMIN);
  mustBeStaff(await liveUser(ctx.db, args.userId));
  const pharmacyId = args.pharmacyId.toLowerCase();
  // Asked before the transaction, so no row stays locked while another service answers.
  if (!isUuid(pharmacyId) || !(await ctx.deps.peers.inventory.pharmacyExists(pharmacyId)))
    throw new NotFoundError('Pharmacy');
  const user = await ctx.db.transaction(async (tx) => {
    // Locked and checked again: a role change meanwhile would otherwise leave a patient staffed.
    const locked = await liveUserForUpdate(tx, args.userId);
    if (!locked) throw new NotFoundError('User');
    mustBeStaff(locked);
    await insertStaffMemberships(tx, [{ userId: locked.id, pharmacyId, assignedBy: admin.userId }]);
    return locked;
  });
  ctx.log.info('staff assigned', { userId: user.id, pharmacyId, by: admin.userId });
  return user;
}

/** Admins: a pharmacist or courier stops working for a pharmacy (not working there: no change). */
export async function unassignStaff(
  ctx: UsersContext,
  args: MutationUnassignStaffArgs,
): Promise<UserRow> {
  const admin = requireRole(ctx.caller, Role.ADMIN);
  const user = await liveUser(ctx.db, args.userId);
  const pharmacyId = args.pharmacyId.toLowerCase();
  if (isUuid(pharmacyId)) await deleteStaffMembership(ctx.db, { userId: user.id, pharmacyId });
  ctx.log.info('staff unassigned', { userId: user.id, pharmacyId, by: admin.userId });
  return user;
}

/** The pharmacies a user works for (the user was already found visible to the caller). */
export async function pharmaciesOf(ctx: UsersContext, user: UserRow): Promise<PharmacyRef[]> {
  const ids = await ctx.loaders.pharmacyIdsByUser.load(user.id);
  return ids.map((id) => ({ id }));
}

/** Who works for a pharmacy: for admins and the pharmacy's own pharmacists. */
export async function staffOf(ctx: UsersContext, pharmacy: PharmacyRef): Promise<UserRow[]> {
  const pharmacyId = pharmacy.id.toLowerCase();
  if (!managesPharmacy(ctx.caller, pharmacyId))
    throw new ForbiddenError("Only admins and the pharmacy's own pharmacists may see its staff");
  return ctx.loaders.staffByPharmacy.load(pharmacyId);
}
