// Issue 13, point 4 in the browser: the round no longer edits its budget frame; its form points to the office's
// frames page, where the case officer sees the open round's year confirmed and the next years as estimates, enters
// a year's estimate (a bad amount first: the error summary, axe clean), and deletes it again. A forum member sees
// the frames but no form: a forum member cannot change frames.
import type { Browser, Page } from 'playwright-core';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { behovsmeldingRound } from '../src/db/schema/index.ts';
import { demoLogin, expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

const ERROR_SUMMARY = 'For å gå videre må du rette opp følgende feil:';
/** A Dekomp year far from the demo's rounds and estimates. */
const YEAR = '2095';

let server: TestServer;
let browser: Browser;
let round: { id: string; year: number };

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const [latest] = await server.database.db
    .select({ id: behovsmeldingRound.id, year: behovsmeldingRound.year })
    .from(behovsmeldingRound)
    .where(and(eq(behovsmeldingRound.officeId, 'troms-og-finnmark'), eq(behovsmeldingRound.schemeId, 'kompetanseloftet')))
    .orderBy(desc(behovsmeldingRound.year))
    .limit(1);
  round = latest!;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function loggedIn(user: string): Promise<Page> {
  const page = await (await newContext(browser, server.baseUrl)).newPage();
  await demoLogin(page, user);
  return page;
}

const kompetanseloftet = (page: Page) => page.getByRole('region', { name: /^Kompetanseløftet for spesialpedagogikk/ });
const dekomp = (page: Page) => page.getByRole('region', { name: 'Desentralisert ordning for kompetanseutvikling i skolen' });

describe('budget frames per office, scheme and year', () => {
  it('the case officer goes from the round form to the frames, enters an estimate and deletes it', async () => {
    const page = await loggedIn('Siri Havlund');
    await page.goto(`/utlysninger/${round.id}/rediger`);
    await expect.poll(() => page.getByRole('textbox', { name: /Budsjettramme/ }).count()).toBe(0);
    await page.getByRole('link', { name: 'Gå til budsjettrammene' }).click();
    await page.waitForURL(/\/forum\/rammer\?embete=troms-og-finnmark$/);

    const ownRow = kompetanseloftet(page).getByRole('row', { name: new RegExp(`^${round.year} `) });
    await expect.poll(() => ownRow.textContent()).toMatch(/Bekreftet/);
    await expect.poll(() => kompetanseloftet(page).getByRole('row', { name: new RegExp(`^${round.year + 1} `) }).textContent()).toMatch(/Anslag/);
    await expectNoAxeViolations(page, 'rammesiden');

    const form = page.getByRole('form', { name: 'Før inn en ramme' });
    await form.getByLabel('Tilskuddsordning').selectOption('dekomp');
    await form.getByRole('textbox', { name: /^År/ }).fill(YEAR);
    await form.getByRole('textbox', { name: /^Beløp i hele kroner/ }).fill('12,5 mill');
    await form.getByRole('button', { name: 'Lagre rammen' }).click();
    await expect.poll(() => page.getByText(ERROR_SUMMARY).count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: 'Rammebeløpet må være et beløp i hele kroner' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'rammesiden med feiloppsummering');

    await form.getByRole('textbox', { name: /^Beløp i hele kroner/ }).fill('3 000 000');
    await form.getByRole('button', { name: 'Lagre rammen' }).click();
    const row = dekomp(page).getByRole('row', { name: new RegExp(`^${YEAR} `) });
    await expect.poll(() => row.textContent()).toMatch(/kr\u00a03\u00a0000\u00a0000.*Anslag/);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(`Rammen for ${YEAR} er lagret`);

    // The round's own year rests on it: no delete offered there; the new estimate may go.
    await expect.poll(() => ownRow.getByRole('button', { name: /^Slett/ }).count()).toBe(0);
    await row.getByRole('button', { name: `Slett anslaget for ${YEAR}` }).click();
    await expect.poll(() => row.count()).toBe(0);
    await page.context().close();
  });

  it('a forum member sees the frames but cannot change them', async () => {
    const page = await loggedIn('Frode Myrvang');
    await page.goto('/forum/rammer');
    await expect.poll(() => kompetanseloftet(page).getByRole('row', { name: new RegExp(`^${round.year} `) }).count()).toBe(1);
    expect(await page.getByRole('form').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^(Rediger|Slett)/ }).count()).toBe(0);
    // Issue 14: each year shows what earlier promises reserve of its frame and what remains; at 375 px the tables
    // scroll in their boxes, the page does not.
    const table = kompetanseloftet(page).getByRole('table', { name: /^Rammer og reservasjoner per år/ });
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(expect.arrayContaining(['Reservert foreløpig', 'Reservert bindende', 'Gjenstår']));
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expectNoAxeViolations(page, 'rammesiden for et forummedlem');
    await page.context().close();
  });
});
