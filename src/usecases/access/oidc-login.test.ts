// OIDC login end to end: the real app listening on a loopback port, a real OpenID provider (oidc-provider), and
// a cookie-jar "browser" that follows redirects and fills in the provider's login form.
// Attacks covered: an unverified e-mail claiming an invited address; a second identity taking over an invitation
// already bound; an uninvited person; an open redirect through returnTo; login CSRF (a victim's browser delivering
// the callback of a login the attacker started).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { appUser, auditLog, invitation, organisation } from '../../db/schema/index.ts';
import { systemClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { freePort } from '../../test/free-port.ts';
import { CookieJar, loginOverHttp } from '../../test/oidc-login-flow.ts';
import { startTestOidcProvider, type TestOidcProvider } from '../../test/oidc-provider.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { invitePerson } from './invite-person.ts';

let op: TestOidcProvider;
let t: TestApp;
let appUrl: string;

async function invite(email: string, extra: Record<string, unknown> = {}) {
  const [harstad] = await t.database.db.select().from(organisation).where(eq(organisation.name, 'Harstad kommune'));
  return invitePerson({
    db: t.database.db,
    clock: systemClock,
    actor: await demoActor(t.database.db, 'admin'),
    publicUrl: appUrl,
    input: { name: 'Åse Ærlig', email, organisationId: harstad!.id, roles: [{ role: 'eierkoordinator', organisationId: harstad!.id }], ...extra },
  });
}

async function sessionOf(jar: CookieJar) {
  const url = new URL('/api/session', appUrl);
  const response = await jar.fetch(url);
  return ((await response.json()) as { user: { email: string; grants: { role: string }[] } | null }).user;
}

beforeAll(async () => {
  const port = await freePort();
  appUrl = `http://127.0.0.1:${port}`;
  op = await startTestOidcProvider({
    redirectUri: `${appUrl}/auth/callback`,
    accounts: [
      { subject: 'sub-ase', email: 'ase@example.org', emailVerified: true },
      { subject: 'sub-ase-other', email: 'ase@example.org', emailVerified: true },
      { subject: 'sub-unverified', email: 'uverifisert@example.org', emailVerified: false },
      { subject: 'sub-stranger', email: 'fremmed@example.org', emailVerified: true },
    ],
  });
  t = await createTestApp(op.env(appUrl));
  await t.app.listen({ port, host: '127.0.0.1' });
  await invite('ase@example.org');
  await invite('uverifisert@example.org');
});
afterAll(async () => {
  await t?.close();
  await op?.close();
});

describe('OIDC login with invitations', () => {
  it('binds an invited, verified e-mail at first login, grants the roles and lands on returnTo with a session', async () => {
    const result = await loginOverHttp({ appUrl, account: { subject: 'sub-ase' }, returnTo: '/partnerskap?fane=2' });
    expect(result.location).toBe('/partnerskap?fane=2');
    const user = await sessionOf(result.jar);
    expect(user?.email).toBe('ase@example.org');
    expect(user?.grants.map((g) => g.role)).toEqual(['eierkoordinator']);
    const [bound] = await t.database.db.select().from(appUser).where(eq(appUser.subject, 'sub-ase'));
    expect(bound?.issuer).toBe(op.issuer);
    const [inv] = await t.database.db.select().from(invitation).where(eq(invitation.email, 'ase@example.org'));
    expect(inv?.acceptedAt).not.toBeNull();
    expect(inv?.userId).toBe(bound?.id);
    const audit = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, bound!.id), eq(auditLog.action, 'accept-invitation')));
    expect(audit).toHaveLength(1);
  });

  it('logs a bound identity straight in the next time', async () => {
    const result = await loginOverHttp({ appUrl, account: { subject: 'sub-ase' } });
    expect(result.location).toBe('/');
    expect((await sessionOf(result.jar))?.email).toBe('ase@example.org');
  });

  it('refuses a second, different identity for an invitation that is already bound', async () => {
    const result = await loginOverHttp({ appUrl, account: { subject: 'sub-ase-other' } });
    expect(result.location).toBe('/innlogging-feilet?grunn=allerede-bundet');
    expect(result.jar.get(new URL(appUrl), 'kl_session')).toBeUndefined();
    expect(await t.database.db.select().from(appUser).where(eq(appUser.subject, 'sub-ase-other'))).toHaveLength(0);
  });

  it('refuses an unverified e-mail even when it is invited, and leaves the invitation open', async () => {
    const result = await loginOverHttp({ appUrl, account: { subject: 'sub-unverified' } });
    expect(result.location).toBe('/innlogging-feilet?grunn=ikke-verifisert');
    const [inv] = await t.database.db.select().from(invitation).where(eq(invitation.email, 'uverifisert@example.org'));
    expect(inv?.acceptedAt).toBeNull();
  });

  it('refuses an e-mail nobody invited', async () => {
    const result = await loginOverHttp({ appUrl, account: { subject: 'sub-stranger' } });
    expect(result.location).toBe('/innlogging-feilet?grunn=ingen-invitasjon');
  });

  it('never redirects off the site: a protocol-relative returnTo becomes /', async () => {
    const result = await loginOverHttp({ appUrl, account: { subject: 'sub-ase' }, returnTo: '//evil.example/steal' });
    expect(result.location).toBe('/');
  });

  it('login CSRF: a callback delivered by a browser that did not start the login is refused', async () => {
    const victim = new CookieJar();
    const result = await loginOverHttp({ appUrl, account: { subject: 'sub-ase' }, callbackJar: victim });
    expect(result.location).toBe('/innlogging-feilet?grunn=utlopt');
    expect(victim.get(new URL(appUrl), 'kl_session')).toBeUndefined();
  });

  it('says the login was cancelled when the user cancels at the provider', async () => {
    const result = await loginOverHttp({ appUrl, account: { subject: 'sub-ase' }, cancel: true });
    expect(result.location).toBe('/innlogging-feilet?grunn=avbrutt');
  });

  it('refuses a disabled user', async () => {
    await t.database.db.update(appUser).set({ disabled: true }).where(eq(appUser.subject, 'sub-ase'));
    const result = await loginOverHttp({ appUrl, account: { subject: 'sub-ase' } });
    expect(result.location).toBe('/innlogging-feilet?grunn=deaktivert');
  });
});

describe('OIDC login with an identifier claim (Ansattporten-style pid)', () => {
  let pidOp: TestOidcProvider;
  let pidApp: TestApp;
  let pidUrl: string;
  const details = [{ type: 'ansattporten:altinn:service', resource: 'urn:altinn:resource:kompetanseloft' }];

  beforeAll(async () => {
    const port = await freePort();
    pidUrl = `http://127.0.0.1:${port}`;
    pidOp = await startTestOidcProvider({
      redirectUri: `${pidUrl}/auth/callback`,
      accounts: [
        { subject: 'sub-pid', acr: 'idporten-loa-high', claims: { pid: '01017012345' } },
        { subject: 'sub-substantial', acr: 'idporten-loa-substantial', claims: { pid: '01017012345' } },
      ],
    });
    pidApp = await createTestApp({
      ...pidOp.env(pidUrl),
      OIDC_IDENTIFIER_CLAIM: 'pid',
      OIDC_SCOPES: 'openid profile',
      OIDC_ACR_VALUES: 'idporten-loa-high',
      OIDC_AUTHORIZATION_DETAILS: JSON.stringify(details),
    });
    await pidApp.app.listen({ port, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await pidApp?.close();
    await pidOp?.close();
  });

  it('sends acr_values and authorization_details to the provider', async () => {
    const response = await new CookieJar().fetch(new URL('/auth/login', pidUrl));
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.origin).toBe(pidOp.issuer);
    expect(location.searchParams.get('acr_values')).toBe('idporten-loa-high');
    expect(JSON.parse(location.searchParams.get('authorization_details') ?? 'null')).toEqual(details);
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
  });

  it('refuses a login below the required security level (the acr in the ID token is checked, not trusted)', async () => {
    const result = await loginOverHttp({ appUrl: pidUrl, account: { subject: 'sub-substantial' } });
    expect(result.location).toBe('/innlogging-feilet?grunn=sikkerhetsniva');
  });

  it('matches the pid claim against the invitation identifier (no e-mail from the provider)', async () => {
    const [harstad] = await pidApp.database.db.select().from(organisation).where(eq(organisation.name, 'Harstad kommune'));
    await invitePerson({
      db: pidApp.database.db,
      clock: systemClock,
      actor: await demoActor(pidApp.database.db, 'admin'),
      publicUrl: pidUrl,
      input: { name: 'Pia Pid', email: 'pia@example.org', identifier: '01017012345', organisationId: harstad!.id, roles: [{ role: 'leser' }] },
    });
    const result = await loginOverHttp({ appUrl: pidUrl, account: { subject: 'sub-pid' } });
    expect(result.location).toBe('/');
    const response = await result.jar.fetch(new URL('/api/session', pidUrl));
    expect(((await response.json()) as { user: { email: string } }).user.email).toBe('pia@example.org');
  });
});
