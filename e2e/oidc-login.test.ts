// Login through a real OpenID provider started on loopback (oidc-provider), in the browser: an invited user with a
// verified e-mail lands on the start page; an unverified e-mail is refused; a second identity for an invitation
// that is already bound is refused.
import type { Browser, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUser, organisation } from '../src/db/schema/index.ts';
import { systemClock } from '../src/domain/shared/clock.ts';
import { demoActor } from '../src/test/actors.ts';
import { startTestOidcProvider, type TestOidcProvider } from '../src/test/oidc-provider.ts';
import { invitePerson } from '../src/usecases/access/invite-person.ts';
import { expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { freePort, startTestServer, type TestServer } from './support/test-server.ts';
import { press, typeInto } from './support/keyboard.ts';

let server: TestServer;
let provider: TestOidcProvider;
let browser: Browser;

beforeAll(async () => {
  const port = await freePort();
  const appUrl = `http://127.0.0.1:${port}`;
  provider = await startTestOidcProvider({
    redirectUri: `${appUrl}/auth/callback`,
    accounts: [
      { subject: 'kari-idporten', email: 'kari.invitert@example.org', emailVerified: true, name: 'Kari Invitert' },
      { subject: 'kari-andre-id', email: 'kari.invitert@example.org', emailVerified: true },
      { subject: 'uverifisert', email: 'uverifisert@example.org', emailVerified: false },
    ],
  });
  server = await startTestServer({ ...provider.env(appUrl), DEMO_LOGIN: 'false' }, { port });
  browser = await launchBrowser();
  const db = server.database.db;
  const [harstad] = await db.select().from(organisation).where(eq(organisation.name, 'Harstad kommune'));
  const admin = await demoActor(db, 'admin');
  for (const [name, email] of [['Kari Invitert', 'kari.invitert@example.org'], ['Ulf Uverifisert', 'uverifisert@example.org']])
    await invitePerson({ db, clock: systemClock, actor: admin, publicUrl: appUrl, input: { name, email, organisationId: harstad!.id, roles: [{ role: 'eierkoordinator', organisationId: harstad!.id }] } });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await provider?.close();
});

/** From the app's login page through the provider's form and back, by keyboard. */
async function loginAs(subject: string): Promise<Page> {
  const page = await (await newContext(browser, server.baseUrl)).newPage();
  await page.goto('/logg-inn');
  await press(page, page.getByRole('link', { name: 'Logg inn med ID-porten' }));
  await page.waitForURL((url) => url.origin === new URL(provider.issuer).origin);
  await typeInto(page, page.getByLabel('Brukernavn'), subject);
  await press(page, page.getByRole('button', { name: 'Logg inn' }));
  await page.waitForURL((url) => url.origin === server.baseUrl);
  await page.waitForLoadState('networkidle');
  return page;
}

describe('OIDC login in the browser', () => {
  it('an invited user with a verified e-mail logs in and lands on the start page', async () => {
    const page = await loginAs('kari-idporten');
    expect(new URL(page.url()).pathname).toBe('/');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Start');
    await expect.poll(() => page.getByText('Hei, Kari Invitert!').count()).toBe(1);
    await expectNoAxeViolations(page, 'startsiden etter OIDC-innlogging');
    const [user] = await server.database.db.select().from(appUser).where(eq(appUser.email, 'kari.invitert@example.org'));
    expect(user).toMatchObject({ subject: 'kari-idporten', issuer: provider.issuer });
  });

  it('refuses an unverified e-mail, with a Norwegian explanation', async () => {
    const page = await loginAs('uverifisert');
    expect(page.url()).toContain('/innlogging-feilet?grunn=ikke-verifisert');
    await expect.poll(() => page.getByText('E-postadressen din er ikke bekreftet').count()).toBe(1);
    await expectNoAxeViolations(page, 'innlogging feilet');
  });

  it('refuses a second identity for an invitation that is already bound', async () => {
    const page = await loginAs('kari-andre-id');
    expect(page.url()).toContain('/innlogging-feilet?grunn=allerede-bundet');
    await expect.poll(() => page.getByText('Invitasjonen er allerede tatt i bruk av en annen innlogging.').count()).toBe(1);
    const users = await server.database.db.select().from(appUser).where(eq(appUser.email, 'kari.invitert@example.org'));
    expect(users.map((u) => u.subject)).toEqual(['kari-idporten']);
  });
});
