import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { ConflictError, parseInput, UnauthenticatedError } from '@pharmacy/errors';
import type { UsersContext } from '../context';
import { insertUserUnlessEmailTaken, userByEmail } from '../db/queries';
import { Role } from '../generated/enums';
import type { MutationLoginArgs, RegisterInput } from '../generated/resolvers';
import { countedAttempt } from './login-attempts';
import { decoyPasswordHash, hashPassword, passwordWeakness, verifyPassword } from './password';
import { issueSession, signedIn, type Session } from './session.service';

/** One address is one account, however it is typed. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** Fields in the order they are reported: the first problem is the one the client sees. */
const registration = z.object({
  email: z.email({ message: 'Email address is not valid' }).max(254),
  name: z.string().trim().min(1, 'Name is required').max(200),
  phone: z.string().trim().max(40).nullish(),
  address: z.string().trim().max(500).nullish(),
  password: z.string().superRefine((password, ctx) => {
    const weakness = passwordWeakness(password);
    if (weakness) ctx.addIssue({ code: 'custom', message: weakness });
  }),
});

/** Creates a patient and signs them in. */
export async function register(ctx: UsersContext, input: RegisterInput): Promise<Session> {
  ctx.deps.limiters.registerPerAddress.hit(ctx.clientAddress);
  const { email, name, phone, address, password } = parseInput(registration, {
    ...input,
    email: normalizeEmail(input.email),
  });
  const passwordHash = await hashPassword(password);
  const session = await ctx.db.transaction(async (tx) => {
    const user = await insertUserUnlessEmailTaken(tx, {
      id: uuidv7(),
      email,
      name,
      role: Role.PATIENT,
      phone,
      address,
      passwordHash,
    });
    if (!user) throw new ConflictError('An account with this email already exists');
    return issueSession(ctx, tx, user);
  });
  return signedIn(ctx, session);
}

/**
 * Wrong email and wrong password fail alike, and take alike long (a hash is always checked);
 * a deleted account is an unknown one. Only failed attempts count toward the limits.
 * No input check: any pair of strings is a login attempt, and a failed one says only this.
 */
export async function login(ctx: UsersContext, input: MutationLoginArgs): Promise<Session> {
  const email = normalizeEmail(input.email);
  const user = await countedAttempt(ctx, { account: email, address: ctx.clientAddress }, () =>
    passwordHolder(ctx, email, input.password),
  );
  if (!user) throw new UnauthenticatedError('Invalid email or password');
  const session = await ctx.db.transaction((tx) => issueSession(ctx, tx, user));
  return signedIn(ctx, session);
}

/** The live account with this email and password, or null. */
async function passwordHolder(ctx: UsersContext, email: string, password: string) {
  const found = await userByEmail(ctx.db, email);
  const user = found && !found.deletedAt ? found : undefined;
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  return user && valid ? user : null;
}
