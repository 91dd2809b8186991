// The two start pages (issue 12, point 5) in the browser: the coordinator meets the rounds open to the partnership
// with their deadlines, the draft, the returned application with the office's message and the submitted one; the
// case officer meets the new submission, the return awaiting resubmission and the round closing within 14 days.
// Each page passes axe (WCAG 2.1 AA) and its links are reached and followed by keyboard.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../src/domain/shared/clock.ts';
import { demoActor } from '../src/test/actors.ts';
import { completeValues, fillApplication, roundInput } from '../src/test/behovsmelding-fixture.ts';
import { partnershipByName, SOR_TROMS } from '../src/test/org-lookups.ts';
import { createApplication } from '../src/usecases/behovsmelding/create-application.ts';
import { createRound } from '../src/usecases/behovsmelding/create-round.ts';
import { returnApplication } from '../src/usecases/behovsmelding/return-application.ts';
import { submitApplication } from '../src/usecases/behovsmelding/submit-application.ts';
import { demoLogin, expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { press } from './support/keyboard.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

let server: TestServer;
let browser: Browser;
const ids = { soonRound: '', draft: '' };

const DAY_MS = 86_400_000;
/** An Oslo wall-clock date `days` from today (the server runs on the system clock). */
const localDay = (days: number, time: string) => `${new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10)}T${time}`;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const db = server.database.db;
  const clock = systemClock;
  const siri = await demoActor(db, 'saksbehandler');
  const ola = await demoActor(db, 'koordinator');
  const sorTroms = await partnershipByName(db, SOR_TROMS);
  const round = (year: number, title: string, days: number) =>
    createRound({ db, actor: siri, clock, input: roundInput(year, { title, opensAtLocal: localDay(-20, '08:00:00'), deadlineLocal: localDay(days, '23:59:59') }) });
  const start = (roundId: string) => createApplication({ db, actor: ola, clock, input: { roundId, partnershipId: sorTroms.id } });
  const fillAndSubmit = async (id: string) => {
    await fillApplication(db, ola, id, 0, completeValues(), clock);
    await submitApplication({ db, actor: ola, clock, id });
  };
  const soon = await round(2095, 'Startside: frist om ti dager', 10);
  ids.soonRound = soon.id;
  ids.draft = (await start(soon.id)).id;
  const returned = await start((await round(2096, 'Startside: returnert', 30)).id);
  await fillAndSubmit(returned.id);
  await returnApplication({ db, actor: siri, clock, id: returned.id, input: { message: 'Budsjettet for år 2 mangler.' } });
  await fillAndSubmit((await start((await round(2097, 'Startside: sendt inn', 40)).id)).id);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function loggedIn(name: string): Promise<Page> {
  const page = await (await newContext(browser, server.baseUrl)).newPage();
  await demoLogin(page, name);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

/** The card under a start page heading (the heading's parent). */
const card = (page: Page, heading: string | RegExp) => page.getByRole('heading', { level: 2, name: heading }).locator('xpath=..');

describe('the start pages', () => {
  it("the coordinator's start page shows open rounds with deadlines, own drafts, returns with the message and submissions", async () => {
    const page = await loggedIn('Ola Strand');
    const open = card(page, 'Utlysninger du kan søke i nå');
    await open.getByRole('link', { name: 'Startside: frist om ti dager' }).waitFor();
    expect(await open.textContent()).toContain(`Frist ${localDay(10, '').slice(8, 10)}.${localDay(10, '').slice(5, 7)}.`);
    await card(page, 'Utkast').getByRole('link', { name: 'Startside: frist om ti dager' }).waitFor();
    const returned = card(page, 'Returnert for retting');
    await returned.getByRole('link', { name: 'Startside: returnert' }).waitFor();
    expect(await returned.textContent()).toContain('Budsjettet for år 2 mangler.');
    await card(page, 'Sendt inn').getByRole('link', { name: 'Startside: sendt inn' }).waitFor();
    await expectNoAxeViolations(page, 'koordinatorens startside');

    // By keyboard: Tab to the draft and open it.
    await press(page, card(page, 'Utkast').getByRole('link', { name: 'Startside: frist om ti dager' }));
    await page.waitForURL((url) => url.pathname === `/behovsmeldinger/${ids.draft}`);
  });

  it("the case officer's start page shows new submissions, returns awaiting resubmission and rounds closing soon", async () => {
    const page = await loggedIn('Siri Havlund');
    const fresh = card(page, /^Nye innsendinger siden /);
    await fresh.getByRole('link', { name: SOR_TROMS }).first().waitFor();
    expect(await fresh.textContent()).toContain('Startside: sendt inn');
    const awaiting = card(page, 'Returnert, venter på ny innsending');
    expect(await awaiting.textContent()).toContain('Startside: returnert');
    const soon = card(page, 'Frister de neste 14 dagene');
    await soon.getByRole('link', { name: 'Startside: frist om ti dager' }).waitFor();
    expect(await soon.textContent()).not.toContain('Startside: returnert');
    await expectNoAxeViolations(page, 'saksbehandlerens startside');

    await press(page, soon.getByRole('link', { name: 'Startside: frist om ti dager' }));
    await page.waitForURL((url) => url.pathname === `/utlysninger/${ids.soonRound}`);
  });
});
