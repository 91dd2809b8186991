// Users (bound OIDC identities), role grants, invitations and sessions.
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { person } from './org.ts';

export const appUser = pgTable(
  'app_user',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id').notNull().references(() => person.id),
    displayName: text('display_name').notNull(),
    email: text('email').notNull(),
    /** The identity that logged in: issuer + subject. Null until the first login binds it (or for demo users). */
    issuer: text('issuer'),
    subject: text('subject'),
    isDemo: boolean('is_demo').notNull().default(false),
    disabled: boolean('disabled').notNull().default(false),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    /**
     * When the user last loaded their start page, and the load before that. Kept on the server (not in the
     * browser) so "new since your last visit" survives another browser or a cleared cache; the previous value
     * lets a quick reload keep showing what was new (see get-start-overview.ts).
     */
    startSeenAt: timestamp('start_seen_at', { withTimezone: true }),
    startSeenBefore: timestamp('start_seen_before', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('app_user_identity_unique').on(t.issuer, t.subject).where(sql`${t.subject} is not null`),
    uniqueIndex('app_user_person_unique').on(t.personId),
  ],
);

export const roleGrant = pgTable(
  'role_grant',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull().references(() => appUser.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    officeId: text('office_id'),
    organisationId: uuid('organisation_id'),
    grantedBy: uuid('granted_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('role_grant_user_idx').on(t.userId)],
);

export const invitation = pgTable(
  'invitation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id').notNull().references(() => person.id),
    email: text('email').notNull(),
    /** Value of the configured identifier claim when it is not e-mail (e.g. Ansattporten pid). */
    identifier: text('identifier'),
    roles: jsonb('roles').$type<{ role: string; officeId?: string | null; organisationId?: string | null }[]>().notNull(),
    invitedBy: uuid('invited_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    userId: uuid('user_id'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('invitation_email_idx').on(t.email)],
);

export const session = pgTable(
  'session',
  {
    /** SHA-256 of the cookie value: a leaked database does not yield usable session cookies. */
    idHash: text('id_hash').primaryKey(),
    userId: uuid('user_id').notNull().references(() => appUser.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('session_expires_idx').on(t.expiresAt)],
);

/** Pending OIDC logins: state → PKCE verifier and nonce, so any instance can complete the callback. */
export const oidcLoginState = pgTable('oidc_login_state', {
  state: text('state').primaryKey(),
  codeVerifier: text('code_verifier').notNull(),
  nonce: text('nonce').notNull(),
  returnTo: text('return_to').notNull().default('/'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
