import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { Role } from '@pharmacy/auth';
import { ForbiddenError } from '@pharmacy/errors';
import { DateTime } from '@pharmacy/service';
import type { UserRow, UsersContext } from '../context';
import {
  canSeeContactDetails,
  findVisibleUser,
  login,
  register,
  setUserRole,
  type RegisterInput,
} from '../services/account.service';
import { logout, refreshSession, type Session } from '../services/session.service';

/** The session's user is the caller's own, whoever the request came in as. */
async function signIn(ctx: UsersContext, session: Promise<Session>): Promise<Session> {
  const result = await session;
  ctx.signedInUserId = result.user.id;
  return result;
}

const contactDetail =
  (field: 'email' | 'phone' | 'address') => (user: UserRow, _args: unknown, ctx: UsersContext) => {
    if (!canSeeContactDetails(ctx, user))
      throw new ForbiddenError(`You may not see this user's ${field}`);
    return user[field];
  };

export const resolvers: GraphQLResolverMap<UsersContext> = {
  DateTime,
  Query: {
    me: (_root, _args, ctx) =>
      ctx.caller.kind === 'user' ? findVisibleUser(ctx, ctx.caller.userId) : null,
    user: (_root, args: { id: string }, ctx) => findVisibleUser(ctx, args.id),
  },
  Mutation: {
    register: (_root, args: { input: RegisterInput }, ctx) =>
      signIn(ctx, register(ctx, args.input)),
    login: (_root, args: { email: string; password: string }, ctx) =>
      signIn(ctx, login(ctx, args.email, args.password)),
    refreshSession: (_root, args: { refreshToken: string }, ctx) =>
      signIn(ctx, refreshSession(ctx, args.refreshToken)),
    logout: (_root, args: { refreshToken: string }, ctx) => logout(ctx, args.refreshToken),
    setUserRole: (_root, args: { userId: string; role: Role }, ctx) =>
      setUserRole(ctx, args.userId, args.role),
  },
  User: {
    __resolveReference: (ref: { id: string }, ctx: UsersContext) => findVisibleUser(ctx, ref.id),
    email: contactDetail('email'),
    phone: contactDetail('phone'),
    address: contactDetail('address'),
  },
};
