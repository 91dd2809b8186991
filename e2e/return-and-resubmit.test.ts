// Issue 12, point 1 in the browser: the case officer returns a submitted application after the round's deadline,
// from the application's own page ("Returner for retting" is reachable there, point 2), with the resubmission window
// the return page proposes (14 days, shown before it is sent); the coordinator sees the window on the overview and
// the summary, and resubmits after the deadline: accepted, not late, and the case officer is e-mailed.
import type { Browser, Page } from 'playwright-core';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { behovsmelding, emailOutbox, partnership } from '../src/db/schema/index.ts';
import { fixedClock } from '../src/domain/shared/clock.ts';
import { demoActor } from '../src/test/actors.ts';
import { findField } from '../src/db/behovsmelding-field-repository.ts';
import { completeValues } from '../src/test/behovsmelding-fixture.ts';
import { saveField } from '../src/usecases/behovsmelding/save-field.ts';
import { createApplication } from '../src/usecases/behovsmelding/create-application.ts';
import { createRound } from '../src/usecases/behovsmelding/create-round.ts';
import { submitApplication } from '../src/usecases/behovsmelding/submit-application.ts';
import { demoLogin, launchBrowser, newContext } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

let server: TestServer;
let browser: Browser;
let id: string;

/** A deadline that has passed today, whatever day the test runs: yesterday, end of day (Oslo). */
function yesterdayLocal(): string {
  const d = new Date(Date.now() - 86_400_000);
  return `${d.toISOString().slice(0, 10)}T23:59:59`;
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const db = server.database.db;
  const staff = await demoActor(db, 'saksbehandler');
  const ola = await demoActor(db, 'koordinator');
  const deadlineLocal = yesterdayLocal();
  const before = fixedClock(`${deadlineLocal.slice(0, 10)}T10:00:00Z`);
  const round = await createRound({
    db,
    actor: staff,
    clock: before,
    input: {
      officeId: 'troms-og-finnmark',
      schemeId: 'kompetanseloftet',
      year: 2062,
      title: 'Behovsmeldinger 2062',
      opensAtLocal: '2020-01-01T08:00:00',
      deadlineLocal,
      coordinatorAllowed: true,
      caseNumbers: [
        { countyNumber: '55', caseNumber: '2061/8245' },
        { countyNumber: '56', caseNumber: '2061/8244' },
      ],
    },
  });
  const [p] = await db.select().from(partnership).where(eq(partnership.name, 'Kompetanseløftet Sør-Troms og Evenes'));
  const app = await createApplication({ db, actor: ola, clock: before, input: { roundId: round.id, partnershipId: p!.id } });
  id = app.id;
  // On top of what the application starts with (pre-filled from the partnership).
  for (const [key, value] of Object.entries(completeValues()))
    await saveField({ db, actor: ola, clock: before, id, key, input: { value, baseVersion: (await findField(db, id, key))?.version ?? 0 } });
  // Sent on time, the day of the deadline; the return below comes after it.
  await submitApplication({ db, actor: ola, clock: before, id });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name });

describe('a return after the deadline with a resubmission window', () => {
  it('a returned application can be resubmitted after the deadline, inside its window (browser)', async () => {
    const officeContext = await newContext(browser, server.baseUrl);
    const office = await officeContext.newPage();
    await demoLogin(office, 'Siri Havlund');
    await office.goto(`/behovsmeldinger/${id}`);
    await office.getByRole('link', { name: 'Returner for retting' }).click();
    await office.waitForURL(`**/behovsmeldinger/${id}/returner`);
    await office.getByLabel('Melding til søkeren').fill('Budsjettet for UH mangler. Rett og send inn på nytt.');
    // The proposed window: 14 days from today, end of day.
    const dateInput = office.getByLabel('Frist for å sende inn på nytt, dato');
    const proposed = await dateInput.inputValue();
    expect(proposed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await button(office, 'Returner for retting').click();
    await office.waitForURL((url) => url.pathname.startsWith('/utlysninger/'));
    await officeContext.close();

    const olaContext = await newContext(browser, server.baseUrl);
    const ola = await olaContext.newPage();
    await demoLogin(ola, 'Ola Strand');
    await ola.goto(`/behovsmeldinger/${id}`);
    const [y, m, d] = proposed.split('-');
    await ola.getByText(`send den inn på nytt innen ${d}.${m}.${y}`, { exact: false }).first().waitFor();
    await ola.goto(`/behovsmeldinger/${id}/oppsummering`);
    await ola.getByText(`innen ${d}.${m}.${y}`, { exact: false }).first().waitFor();
    await button(ola, 'Send inn').click();
    await button(ola, 'Ja, send inn').click();
    await ola.getByRole('heading', { name: /sendt inn/ }).first().waitFor();
    await olaContext.close();

    const db = server.database.db;
    const [row] = await db.select().from(behovsmelding).where(eq(behovsmelding.id, id));
    expect(row).toMatchObject({ status: 'sendt', onExtension: false, returnCount: 1 });
    const toOfficer = await db.select().from(emailOutbox).where(and(eq(emailOutbox.to, 'siri.saksbehandler@example.org'), eq(emailOutbox.subject, `Behovsmelding ${row!.documentNumber} er sendt inn på nytt`)));
    expect(toOfficer).toHaveLength(1);
    expect(toOfficer[0]!.text).toContain(`/behovsmeldinger/${id}`);
  });
});
