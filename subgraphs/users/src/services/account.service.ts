import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { requireRole, type Caller, type Role } from '@pharmacy/auth';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
} from '@pharmacy/errors';
import type { UserRow, UsersContext } from '../context';
import * as schema from '../db/schema';
import { decoyPasswordHash, hashPassword, passwordWeakness, verifyPassword } from './password';
import { issueSession, type Session } from './session.service';

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

const registration = z.object({
  email: z.email({ message: 'Email address is not valid' }).max(254),
  name: z.string().trim().min(1, 'Name is required').max(200),
  phone: z.string().trim().max(40).nullish(),
  address: z.string().trim().max(500).nullish(),
});

export interface RegisterInput {
  email: string;
  password: string;
  name: string;
  phone?: string | null;
  address?: string | null;
}

export async function register(ctx: UsersContext, input: RegisterInput): Promise<Session> {
  ctx.deps.limiters.registerPerAddress.hit(ctx.clientAddress);
  const parsed = registration.safeParse({ ...input, email: normalizeEmail(input.email) });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BadUserInputError(issue?.message ?? 'Invalid input', {
      field: issue?.path.join('.'),
    });
  }
  const weakness = passwordWeakness(input.password);
  if (weakness) throw new BadUserInputError(weakness, { field: 'password' });
  const passwordHash = await hashPassword(input.password);
  const { email, name, phone, address } = parsed.data;
  return ctx.db.transaction(async (tx) => {
    const [user] = await tx
      .insert(schema.users)
      .values({ id: uuidv7(), email, name, role: 'PATIENT', phone, address, passwordHash })
      .onConflictDoNothing({ target: schema.users.email })
      .returning();
    if (!user) throw new ConflictError('An account with this email already exists');
    return issueSession(ctx, tx, user);
  });
}

/** Wrong email and wrong password fail alike, and take alike long (a hash is always checked). */
export async function login(ctx: UsersContext, email: string, password: string): Promise<Session> {
  const normalized = normalizeEmail(email);
  ctx.deps.limiters.loginPerAddress.hit(ctx.clientAddress);
  ctx.deps.limiters.loginPerAccount.hit(normalized);
  const [user] = await ctx.db.select().from(schema.users).where(eq(schema.users.email, normalized));
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!user || !valid) throw new UnauthenticatedError('Invalid email or password');
  return ctx.db.transaction((tx) => issueSession(ctx, tx, user));
}

/**
 * Who may see a user: the user, pharmacists and admins; anyone signed in may see staff members
 * (who verified a prescription, who delivers), and couriers the customers they deliver to.
 */
export function canSeeUser(caller: Caller, user: UserRow): boolean {
  if (caller.kind === 'service') return true;
  if (caller.kind !== 'user') return false;
  if (caller.userId === user.id) return true;
  if (caller.role === 'PHARMACIST' || caller.role === 'ADMIN' || caller.role === 'COURIER')
    return true;
  return user.role !== 'PATIENT';
}

/** Email, phone and address: the user, pharmacists and admins only. */
export function canSeeContactDetails(ctx: UsersContext, user: Pick<UserRow, 'id'>): boolean {
  const { caller } = ctx;
  if (ctx.signedInUserId === user.id || caller.kind === 'service') return true;
  if (caller.kind !== 'user') return false;
  return caller.userId === user.id || caller.role === 'PHARMACIST' || caller.role === 'ADMIN';
}

export async function findVisibleUser(ctx: UsersContext, id: string): Promise<UserRow | null> {
  if (ctx.caller.kind === 'anonymous') throw new UnauthenticatedError();
  if (!z.uuid().safeParse(id).success) return null;
  const user = await ctx.loaders.userById.load(id);
  if (!user) return null;
  if (!canSeeUser(ctx.caller, user)) throw new ForbiddenError('You may not see this user');
  return user;
}

export async function setUserRole(ctx: UsersContext, userId: string, role: Role): Promise<UserRow> {
  requireRole(ctx.caller, 'ADMIN');
  if (!z.uuid().safeParse(userId).success) throw new NotFoundError('User');
  const [user] = await ctx.db
    .update(schema.users)
    .set({ role })
    .where(eq(schema.users.id, userId))
    .returning();
  if (!user) throw new NotFoundError('User');
  ctx.log.info('role changed', {
    userId,
    role,
    by: ctx.caller.kind === 'user' ? ctx.caller.userId : null,
  });
  return user;
}
