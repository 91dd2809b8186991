// Issue 13, point 4 in the browser: the allocation screen. A round of its own (2071; the demo's open round has no
// submitted applications and its 2024 round is adopted): Sør-Troms og Evenes, with a part that belongs to Nordland,
// and Nord-Troms, whose partnership has two UH members (UiT and Sámi allaskuvla), against a frame of kr 1 000 000
// for 2071 (and an estimate for 2072). The case officer makes a scenario "as asked" and hears how far over the frame
// it is, lowers an owner amount by keyboard until it is under and hears by how much, splits Nord-Troms' UH amount
// between the two institutions, copies the scenario, cuts the copy, and compares the two. A forum member sees the
// same tables without inputs. axe on both pages; the screen does not scroll sideways at 375 px.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../src/domain/shared/clock.ts';
import { demoActor } from '../src/test/actors.ts';
import { openRound } from '../src/test/behovsmelding-fixture.ts';
import { allocationValues, setFrame, submittedApplication } from '../src/test/forum-allocation-fixture.ts';
import { partnershipByName, SOR_TROMS } from '../src/test/org-lookups.ts';
import { createScenario } from '../src/usecases/forum/create-scenario.ts';
import { demoLogin, expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

const NORD_TROMS = 'Kompetanseløftet Nord-Troms';
/** Norwegian amounts as the page writes them: a no-break space between thousands and next to "kr". */
const kr = (text: string) =>
  text
    .replace(/(\d) (?=\d)/g, '$1\u00a0')
    .replace(/(\d) kr/g, '$1\u00a0kr')
    .replace(/kr (\d)/g, 'kr\u00a0$1');

let server: TestServer;
let browser: Browser;
let roundId = '';

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const db = server.database.db;
  const round = await openRound(db, await demoActor(db, 'saksbehandler'), 2071);
  roundId = round.id;
  await submittedApplication(db, {
    roundId,
    partnershipId: (await partnershipByName(db, SOR_TROMS)).id,
    values: allocationValues([
      { id: 'sor-troms', years: [{ year: 2071, ownerKr: 400_000, uhKr: 300_000 }] },
      { id: 'evenes', otherOfficeId: 'nordland', years: [{ year: 2071, ownerKr: 59_000, uhKr: 145_767 }] },
    ]),
  });
  await submittedApplication(db, {
    roundId,
    partnershipId: (await partnershipByName(db, NORD_TROMS)).id,
    values: allocationValues(
      [{ id: 'hoved', years: [{ year: 2071, ownerKr: 200_000, uhKr: 250_000 }, { year: 2072, ownerKr: 150_000, uhKr: 100_000 }] }],
      [{ navn: 'UiT Norges arktiske universitet', orgnr: '970 422 528' }, { navn: 'Samisk høgskole' }],
    ),
  });
  await setFrame(db, { year: 2071, amountKr: 1_000_000 });
  await setFrame(db, { year: 2072, amountKr: 800_000, confirmed: false });
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

/** The screen's own live region (the layout has one for "saved" messages too). */
const overUnder = (page: Page) => page.getByRole('status').filter({ hasText: /rammen for 2071/ });
const heard = async (page: Page, text: string) => expect.poll(() => overUnder(page).textContent()).toBe(kr(text));

describe('the allocation screen', () => {
  it('the secretariat allocates over the frame, hears by how much, splits a UH amount and compares two scenarios', async () => {
    const page = await loggedIn('Siri Havlund');
    await page.goto(`/forum/utlysninger/${roundId}/fordeling`);
    await expect.poll(() => page.getByText('Det er ingen fordelinger for denne utlysningen ennå.').count()).toBe(1);

    const create = page.getByRole('form', { name: 'Ny fordeling' });
    await create.getByRole('textbox', { name: /^Navn/ }).fill('Som søkt');
    await create.getByRole('button', { name: 'Opprett fordelingen' }).click();
    await page.waitForURL(/\/fordeling\?fordeling=/);
    const firstUrl = page.url();
    // As asked: 700 000 (Sør-Troms' own part; Evenes is Nordland's) + 450 000 (Nord-Troms) against 1 000 000.
    await heard(page, 'Forslaget er 150 000 kr over rammen for 2071');
    const evenes = page.getByRole('table', { name: `Omsøkt og foreslått for ${SOR_TROMS}` }).getByRole('row', { name: /Hører til Statsforvalteren i Nordland/ });
    await expect.poll(() => evenes.count()).toBe(1);
    await expect.poll(() => page.getByRole('row', { name: /^2072 / }).first().textContent()).toMatch(/Anslag/);
    await expectNoAxeViolations(page, 'fordelingsskjermen');

    // Keyboard: type the amount and press Enter in the field (the block's form saves).
    const owner = page.getByRole('textbox', { name: `Foreslått til eier for Del sor-troms 2071, ${SOR_TROMS}` });
    await owner.fill('200 000');
    await owner.press('Enter');
    await heard(page, `Lagret for ${SOR_TROMS}. Forslaget er 50 000 kr under rammen for 2071`);
    await expect.poll(() => page.getByRole('row', { name: /^2071 / }).first().textContent()).toMatch(kr('50 000 kr under'));

    // The UH amount asked (250 000) split between the partnership's two UH members.
    await page.getByRole('textbox', { name: `Foreslått til UiT Norges arktiske universitet for Del hoved 2071, ${NORD_TROMS}` }).fill('150 000');
    const sami = page.getByRole('textbox', { name: `Foreslått til Sámi allaskuvla / Samisk høgskole for Del hoved 2071, ${NORD_TROMS}` });
    await sami.fill('100 000');
    await page.getByRole('button', { name: `Lagre fordelingen for ${NORD_TROMS}` }).click();
    await heard(page, `Lagret for ${NORD_TROMS}. Forslaget er 50 000 kr under rammen for 2071`);
    await expect.poll(() => sami.inputValue()).toBe(kr('100 000'));

    const copy = page.getByRole('form', { name: 'Kopier fordelingen' });
    await copy.getByRole('textbox', { name: /^Navn på kopien/ }).fill('Alternativ');
    await copy.getByRole('button', { name: 'Kopier' }).click();
    await page.waitForURL((url) => url.href !== firstUrl && url.search.startsWith('?fordeling='));
    await expect.poll(() => page.getByRole('heading', { name: 'Fordeling: Alternativ' }).count()).toBe(1);
    const copiedOwner = page.getByRole('textbox', { name: `Foreslått til eier for Del hoved 2071, ${NORD_TROMS}` });
    await expect.poll(() => copiedOwner.inputValue()).toBe(kr('200 000'));
    await copiedOwner.fill('0');
    await copiedOwner.press('Enter');
    await heard(page, `Lagret for ${NORD_TROMS}. Forslaget er 250 000 kr under rammen for 2071`);
    await expect.poll(() => page.getByText('Begrunnelse mangler: behovsmeldingen får mindre enn omsøkt.').count()).toBe(2);

    // 375 px: the tables scroll in their boxes, the page does not.
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.setViewportSize({ width: 1280, height: 800 });

    const compare = page.getByRole('form', { name: 'Sammenlign to fordelinger' });
    await compare.getByLabel('Fordeling A').selectOption({ label: 'Som søkt' });
    await compare.getByLabel('Fordeling B').selectOption({ label: 'Alternativ' });
    await compare.getByRole('button', { name: 'Sammenlign' }).click();
    await page.waitForURL(/\/fordeling\/sammenlign\?a=.+&b=.+/);
    const nordTroms2071 = page.getByRole('row', { name: new RegExp(`^${NORD_TROMS} 2071 `) });
    await expect.poll(() => nordTroms2071.textContent()).toMatch(kr('kr 450 000kr 250 000−200 000'));
    await expect.poll(() => page.getByRole('table', { name: 'Summer per år for «Alternativ»' }).getByRole('row', { name: /^2071 / }).textContent()).toMatch(kr('250 000 kr under'));
    await expectNoAxeViolations(page, 'sammenligningen av to fordelinger');
    await page.context().close();
  });

  it('a forum member sees the tables and totals but no inputs', async () => {
    const db = server.database.db;
    const { scenario } = await createScenario({ db, actor: await demoActor(db, 'saksbehandler'), clock: systemClock, roundId, input: { name: 'Til forumet', from: 'asked' } });
    const page = await loggedIn('Frode Myrvang');
    await page.goto(`/forum/utlysninger/${roundId}/fordeling?fordeling=${scenario.id}`);
    await expect.poll(() => page.getByRole('heading', { name: 'Fordeling: Til forumet' }).count()).toBe(1);
    await expect.poll(() => overUnder(page).textContent()).toBe(kr('Forslaget er 150 000 kr over rammen for 2071'));
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^(Lagre|Opprett|Kopier|Slett|Gi nytt navn|Velg)/ }).count()).toBe(0);
    await expectNoAxeViolations(page, 'fordelingsskjermen for et forummedlem');
    await page.context().close();
  });
});
