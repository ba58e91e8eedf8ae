import { DateTime } from '@pharmacy/service';
import type { Resolvers } from '../generated/resolvers';
import { currentAccess } from '../services/access.service';
import { deleteAccount } from '../services/account-deletion.service';
import { login, register } from '../services/account.service';
import { changePassword } from '../services/password-change.service';
import { updateProfile } from '../services/profile.service';
import { logout, refreshSession } from '../services/session.service';
import { assignStaff, pharmaciesOf, staffOf, unassignStaff } from '../services/staff.service';
import { listUsers } from '../services/user-directory.service';
import {
  contactDetail,
  findCurrentUser,
  findVisibleUser,
  setUserRole,
} from '../services/user.service';

/** Who may see what is decided in the services; these only unpack arguments. */
export const resolvers: Resolvers = {
  DateTime,
  Query: {
    me: (_root, _args, ctx) => findCurrentUser(ctx),
    user: (_root, args, ctx) => findVisibleUser(ctx, args.id),
    users: (_root, args, ctx) => listUsers(ctx, args),
    currentAccess: (_root, args, ctx) => currentAccess(ctx, args),
  },
  Mutation: {
    register: (_root, args, ctx) => register(ctx, args.input),
    login: (_root, args, ctx) => login(ctx, args),
    refreshSession: (_root, args, ctx) => refreshSession(ctx, args.refreshToken),
    logout: (_root, args, ctx) => logout(ctx, args.refreshToken),
    setUserRole: (_root, args, ctx) => setUserRole(ctx, args),
    updateProfile: (_root, args, ctx) => updateProfile(ctx, args.input),
    changePassword: (_root, args, ctx) => changePassword(ctx, args),
    deleteAccount: (_root, args, ctx) => deleteAccount(ctx, args.password),
    assignStaff: (_root, args, ctx) => assignStaff(ctx, args),
    unassignStaff: (_root, args, ctx) => unassignStaff(ctx, args),
  },
  User: {
    __resolveReference: (ref, ctx) => findVisibleUser(ctx, ref.id),
    email: (user, _args, ctx) => contactDetail(ctx, user, 'email'),
    phone: (user, _args, ctx) => contactDetail(ctx, user, 'phone'),
    address: (user, _args, ctx) => contactDetail(ctx, user, 'address'),
    pharmacies: (user, _args, ctx) => pharmaciesOf(ctx, user),
  },
  Pharmacy: {
    // Inventory owns pharmacies; users adds who works there, checked in `staff`.
    __resolveReference: (ref) => ({ id: ref.id }),
    staff: (pharmacy, _args, ctx) => staffOf(ctx, pharmacy),
  },
};
