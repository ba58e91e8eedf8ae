import { DateTime } from '@pharmacy/service';
import type { Resolvers } from '../generated/resolvers';
import { login, register } from '../services/account.service';
import { logout, refreshSession } from '../services/session.service';
import {
  contactDetail,
  currentAccess,
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
    currentAccess: (_root, args, ctx) => currentAccess(ctx, args.userId),
  },
  Mutation: {
    register: (_root, args, ctx) => register(ctx, args.input),
    login: (_root, args, ctx) => login(ctx, args),
    refreshSession: (_root, args, ctx) => refreshSession(ctx, args.refreshToken),
    logout: (_root, args, ctx) => logout(ctx, args.refreshToken),
    setUserRole: (_root, args, ctx) => setUserRole(ctx, args),
  },
  User: {
    __resolveReference: (ref, ctx) => findVisibleUser(ctx, ref.id),
    email: (user, _args, ctx) => contactDetail(ctx, user, 'email'),
    phone: (user, _args, ctx) => contactDetail(ctx, user, 'phone'),
    address: (user, _args, ctx) => contactDetail(ctx, user, 'address'),
  },
};
