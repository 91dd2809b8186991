// One clock (ADR 011): an invitation's 14 days are counted on the clock the use cases are given, never the machine's,
// so its expiry is tested at the edge without waiting. The same invitation is refused one second after it expires and
// accepted one second before; only the clock differs between the two logins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { appUser, invitation } from '../../db/schema/index.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { fixedClock, type Clock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { orgId } from '../../test/org-lookups.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { invitePerson } from './invite-person.ts';
import { listInvitations } from './list-invitations.ts';
import { loginOidcUser } from './login-oidc-user.ts';

// Years from now, so a use case that read the machine's time instead would see every invitation as open.
const SENT = fixedClock('2031-03-03T09:00:00Z');
const EXPIRES_AT = '2031-03-17T09:00:00.000Z';
const secondsFromExpiry = (s: number): Clock => fixedClock(new Date(Date.parse(EXPIRES_AT) + s * 1000).toISOString());

let database: TestDatabase;
let admin: Actor;
let harstad: string;
beforeAll(async () => {
  database = await createTestDatabase();
  admin = await demoActor(database.db, 'admin');
  harstad = await orgId(database.db, 'Harstad kommune');
});
afterAll(() => database.close());

const invite = (email: string, clock: Clock = SENT) =>
  invitePerson({
    db: database.db,
    clock,
    actor: admin,
    publicUrl: 'https://kompetanseloft.example.no',
    input: { name: 'Åse Ærlig', email, organisationId: harstad, roles: [{ role: 'eierkoordinator', organisationId: harstad }] },
  });

const firstLogin = (email: string, clock: Clock) =>
  loginOidcUser({
    db: database.db,
    clock,
    identity: { issuer: 'https://op.example.no', subject: `sub-${email}`, claims: { email, email_verified: true } },
    identifierClaim: 'email',
    ttlHours: 8,
  });

const statusAt = async (id: string, clock: Clock) =>
  (await listInvitations({ db: database.db, clock, actor: admin, organisationId: harstad })).find((i) => i.id === id)?.status;

describe('an invitation expires on the clock the use cases are given', () => {
  it('expires 14 days after the clock’s time of sending', async () => {
    const sent = await invite('fjorten@example.org');
    expect(sent.createdAt).toBe('2031-03-03T09:00:00.000Z');
    expect(sent.expiresAt).toBe(EXPIRES_AT);
  });

  it('is refused one second after it expires (and at the instant itself), and accepted one second before', async () => {
    const sent = await invite('kanten@example.org');
    expect(await statusAt(sent.id, secondsFromExpiry(1))).toBe('expired');
    await expect(firstLogin('kanten@example.org', secondsFromExpiry(1))).rejects.toMatchObject({ name: 'LoginRefused', code: 'utlopt' });
    await expect(firstLogin('kanten@example.org', secondsFromExpiry(0))).rejects.toMatchObject({ name: 'LoginRefused', code: 'utlopt' });
    expect(await database.db.select().from(appUser).where(eq(appUser.email, 'kanten@example.org'))).toEqual([]);

    const oneSecondBefore = secondsFromExpiry(-1);
    expect(await statusAt(sent.id, oneSecondBefore)).toBe('open');
    const session = await firstLogin('kanten@example.org', oneSecondBefore);
    expect(session.token).toEqual(expect.any(String));
    const [accepted] = await database.db.select().from(invitation).where(eq(invitation.id, sent.id));
    expect(accepted?.acceptedAt?.toISOString()).toBe('2031-03-17T08:59:59.000Z');
    const [user] = await database.db.select().from(appUser).where(eq(appUser.email, 'kanten@example.org'));
    expect(user?.lastLoginAt?.toISOString()).toBe('2031-03-17T08:59:59.000Z');
    expect(await statusAt(sent.id, secondsFromExpiry(1))).toBe('accepted');
  });

  it('blocks a second invitation to the same person while open, and allows one once it has expired', async () => {
    await invite('igjen@example.org');
    await expect(invite('igjen@example.org', secondsFromExpiry(-1))).rejects.toMatchObject({ code: 'CONFLICT' });
    const renewed = await invite('igjen@example.org', secondsFromExpiry(1));
    expect(renewed.expiresAt).toBe('2031-03-31T09:00:01.000Z');
  });
});
