// The main flows by keyboard alone, as a coordinator: log in, create a partnership with two owners and a UH,
// invite a colleague. Every control is reached with Tab and used with Enter, arrows or typing.
import type { Browser, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailOutbox, invitation, job, organisation, partnership, partnershipMember } from '../src/db/schema/index.ts';
import { expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { chooseOption, press, tabTo, typeInto } from './support/keyboard.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  page = await (await newContext(browser, server.baseUrl)).newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// A required field's label ends with the tag "Må fylles ut".
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const label = (text: string) => page.getByLabel(new RegExp(`^${escape(text)}( Må fylles ut)?$`));

describe('keyboard only', () => {
  it('logs in with the demo login', async () => {
    await page.goto('/logg-inn');
    await press(page, page.getByRole('button', { name: 'Logg inn som Ola Strand' }));
    await page.waitForURL((url) => url.pathname === '/');
    // Logged in: the user menu carries the name, and the main menu is there.
    await page.getByRole('button', { name: 'Ola Strand', exact: true }).waitFor();
    await page.getByRole('navigation', { name: 'Hovedmeny' }).waitFor();
  });

  it('creates a partnership with two owners and a UH', async () => {
    await press(page, page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Partnerskap', exact: true }));
    await press(page, page.getByRole('link', { name: 'Nytt partnerskap' }));
    await page.waitForURL('**/partnerskap/ny');
    await typeInto(page, label('Navn'), 'Kompetanseløftet Sør-Troms 2025');
    await chooseOption(page, label('Statsforvalterembete'), 'Statsforvalteren i Troms og Finnmark');
    await chooseOption(page, label('Tilskuddsordning'), /Kompetanseløftet for spesialpedagogikk/);
    const owner = label('Eier (kommune, fylkeskommune, privat eier eller region)');
    await chooseOption(page, owner, 'Region Sør-Troms');
    await press(page, page.getByRole('button', { name: 'Legg til eier' }));
    await chooseOption(page, owner, 'Harstad kommune');
    await press(page, page.getByRole('button', { name: 'Legg til eier' }));
    await chooseOption(page, label('UH-institusjon'), 'UiT Norges arktiske universitet');
    await press(page, page.getByRole('button', { name: 'Legg til UH' }));
    await expect.poll(() => page.getByRole('table', { name: 'Deltakere (3)' }).count()).toBe(1);
    await chooseOption(page, label('Søker'), 'Region Sør-Troms');
    await chooseOption(page, label('Mottaker av eiernes midler'), 'Harstad kommune');
    await press(page, page.getByRole('button', { name: 'Opprett partnerskapet' }));
    await page.waitForURL(/\/partnerskap\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kompetanseløftet Sør-Troms 2025');
    await expectNoAxeViolations(page, 'nytt partnerskap');

    const db = server.database.db;
    const [created] = await db.select().from(partnership).where(eq(partnership.name, 'Kompetanseløftet Sør-Troms 2025'));
    const members = await db
      .select({ name: organisation.name, role: partnershipMember.role })
      .from(partnershipMember)
      .innerJoin(organisation, eq(organisation.id, partnershipMember.organisationId))
      .where(eq(partnershipMember.partnershipId, created!.id));
    expect(members.map((m) => `${m.role}:${m.name}`).sort()).toEqual([
      'owner:Harstad kommune',
      'owner:Region Sør-Troms',
      'uh:UiT Norges arktiske universitet',
    ]);
    const [harstad] = await db.select().from(organisation).where(eq(organisation.name, 'Harstad kommune'));
    expect(created!.payeeId).toBe(harstad!.id);
  });

  it('invites a colleague to the region', async () => {
    await page.goto('/inviter');
    await typeInto(page, label('Navn'), 'Siv Kollega');
    await typeInto(page, label('E-post'), 'siv.kollega@example.org');
    await chooseOption(page, label('Organisasjon').first(), 'Region Sør-Troms');
    await chooseOption(page, label('Rolle'), 'Eierkoordinator');
    const roleOrg = page.locator('select[name="roles.0.organisationId"]');
    if ((await roleOrg.count()) > 0 && (await roleOrg.inputValue()) === '') await chooseOption(page, roleOrg, 'Region Sør-Troms');
    await press(page, page.getByRole('button', { name: 'Send invitasjonen' }));
    await page.waitForURL('**/admin/invitasjoner');
    await expect.poll(() => page.getByText('siv.kollega@example.org').count()).toBeGreaterThan(0);

    const db = server.database.db;
    const [sent] = await db.select().from(invitation).where(eq(invitation.email, 'siv.kollega@example.org'));
    expect(sent?.roles).toEqual([expect.objectContaining({ role: 'eierkoordinator' })]);
    // The invitation e-mail waits in the outbox with a queued send job pointing at it.
    const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.to, 'siv.kollega@example.org'));
    expect(mail?.subject).toMatch(/invitert/);
    const jobs = await db.select().from(job).where(eq(job.kind, 'send-email'));
    expect(jobs.map((j) => (j.payload as { outboxId: string }).outboxId)).toContain(mail!.id);
  });

  it('reaches the skip link first and it moves focus to the main content', async () => {
    await page.goto('/partnerskap');
    // The page is a client-rendered app: the load event can come before React has drawn it, and a Tab pressed into
    // an empty document goes nowhere. Wait until the page's heading shows, as a user would see the page first.
    await page.getByRole('heading', { level: 1 }).waitFor({ state: 'visible' });
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: /Hopp til hovedinnhold/ });
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('main') !== null || location.hash === '#main')).toBe(true);
    await tabTo(page, page.getByRole('link', { name: 'Nytt partnerskap' }));
  });
});
