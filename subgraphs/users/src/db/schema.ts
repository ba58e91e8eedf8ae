import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { enumValues, sqlList } from '@pharmacy/db';
import { Role } from '../generated/enums';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    role: text('role', { enum: enumValues(Role) }).notNull(),
    phone: text('phone'),
    address: text('address'),
    passwordHash: text('password_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set when the account was deleted: the row stays (others refer to the id), erased. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    check('users_role_check', sql`${t.role} in (${sqlList(enumValues(Role))})`),
    check('users_email_lowercase', sql`${t.email} = lower(${t.email})`),
  ],
);

/** One row per refresh token ever issued; a session is a family of rotated tokens. */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: uuid('id').primaryKey(),
    familyId: uuid('family_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    rotatedAt: timestamp('rotated_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    index('refresh_tokens_family_idx').on(t.familyId),
    // Revoking all of a user's sessions (password change, deletion) finds them by user.
    index('refresh_tokens_user_idx').on(t.userId),
  ],
);

/** Which pharmacies a pharmacist or courier works for (pharmacies live in inventory). */
export const staffMemberships = pgTable(
  'staff_memberships',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    pharmacyId: uuid('pharmacy_id').notNull(),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
    /** The admin who assigned them; null for demo data. */
    assignedBy: uuid('assigned_by'),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.pharmacyId] }),
    index('staff_memberships_pharmacy_idx').on(t.pharmacyId),
  ],
);
