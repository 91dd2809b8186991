// Issue 13, points 1–2 in the browser: the case officer goes to the samarbeidsforum from the menu, is refused a
// Statsforvalteren colleague as member (in plain Norwegian, on the field), appoints two members (one from UiT),
// plans a meeting for the round, puts the round's applications on the agenda, moves an item by keyboard, sees the
// UiT member proposed as recused on the application where UiT is the UH and confirms it with the keyboard only; a
// member then declares a recusal of his own. axe on the forum page, the members page and the meeting page.
// Issue 13, point 4 in the same server (it once had its own file and server start, ~5 s of the browser tests): the
// round no longer edits its budget frame; its form points to the office's frames page, where the case officer sees
// the open round's year confirmed and the next years as estimates, enters a year's estimate (a bad amount first: the
// error summary, axe clean), and deletes it again. A forum member sees the frames but no form: a forum member cannot
// change frames.
import { and, desc, eq } from 'drizzle-orm';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { behovsmeldingRound } from '../src/db/schema/index.ts';
import { demoActor } from '../src/test/actors.ts';
import { duringRound, fillApplication, openRound, startApplication } from '../src/test/behovsmelding-fixture.ts';
import { partnershipByName, SOR_TROMS } from '../src/test/org-lookups.ts';
import { submitApplication } from '../src/usecases/behovsmelding/submit-application.ts';
import { demoLogin, expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { press, tabTo } from './support/keyboard.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

const ERROR_SUMMARY = 'For å gå videre må du rette opp følgende feil:';
const NORD_TROMS = 'Kompetanseløftet Nord-Troms';
/** A year far from the demo's rounds, so the round and its two applications are this test's own. */
const YEAR = 2064;
/** A Dekomp year far from the demo's rounds and estimates, and from YEAR, for the frames. */
const FRAME_YEAR = '2095';

let server: TestServer;
let browser: Browser;
/** The demo's latest Kompetanseløftet round in Troms og Finnmark, whose frames the frames tests look at. */
let demoRound: { id: string; year: number };

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const db = server.database.db;
  // Looked up before this file opens its own round (YEAR, with a confirmed frame and no estimates after it).
  const [latest] = await db
    .select({ id: behovsmeldingRound.id, year: behovsmeldingRound.year })
    .from(behovsmeldingRound)
    .where(and(eq(behovsmeldingRound.officeId, 'troms-og-finnmark'), eq(behovsmeldingRound.schemeId, 'kompetanseloftet')))
    .orderBy(desc(behovsmeldingRound.year))
    .limit(1);
  demoRound = latest!;
  const staff = await demoActor(db, 'saksbehandler');
  const round = await openRound(db, staff, YEAR);
  // UiT is the UH of both partnerships; Sør-Troms is the one the test confirms the recusal on.
  for (const [key, name] of [['koordinator', SOR_TROMS], ['koordinatorNordreisa', NORD_TROMS]] as const) {
    const coordinator = await demoActor(db, key);
    const p = await partnershipByName(db, name);
    const app = await startApplication(db, coordinator, { roundId: round.id, partnershipId: p.id, year: YEAR });
    await fillApplication(db, coordinator, app.id, YEAR);
    await submitApplication({ db, actor: coordinator, clock: duringRound(YEAR), id: app.id });
  }
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const status = (page: Page) => page.getByRole('status');

async function appoint(page: Page, person: RegExp, category: string, deputy?: RegExp) {
  const form = page.getByRole('form', { name: 'Oppnevn et medlem' });
  await choose(form.getByRole('combobox', { name: /^Medlem/ }), person);
  await form.getByRole('combobox', { name: /^Kategori/ }).selectOption(category);
  if (deputy) await choose(form.getByRole('combobox', { name: /^Varamedlem/ }), deputy);
  await form.getByLabel(/^Periode fra/).fill('2030-01-01');
  await form.getByRole('button', { name: 'Oppnevn medlemmet' }).click();
}

/** Picks the option whose text matches (people are listed as "Name (Organisation)"). */
async function choose(select: Locator, label: RegExp) {
  // The people arrive after the form is drawn: wait for the option as a user would.
  const option = select.locator('option').filter({ hasText: label });
  await expect.poll(() => option.count()).toBe(1);
  await select.selectOption({ label: (await option.textContent())! });
}

describe('the forum: members, a meeting with the round on its agenda, and a recusal', () => {
  it('the case officer appoints two members, plans a meeting, adds the round and confirms the UiT member’s recusal by keyboard; a member declares his own', async () => {
    const page = await (await newContext(browser, server.baseUrl)).newPage();
    await demoLogin(page, 'Siri Havlund');

    await page.getByRole('navigation').getByRole('link', { name: 'Samarbeidsforum' }).click();
    await page.waitForURL(/\/forum$/);
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Medlemmer nå: \d+/);
    await expectNoAxeViolations(page, 'forumsiden');

    await page.getByRole('link', { name: 'Se medlemmene' }).click();
    await page.waitForURL(/\/forum\/medlemmer\?embete=troms-og-finnmark$/);

    // Statsforvalteren leads the secretariat: its own people are refused, on the field, in plain Norwegian.
    await appoint(page, /^Siri Havlund/, 'uh');
    await expect.poll(() => page.getByText(ERROR_SUMMARY).count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: /Statsforvalterens ansatte leder sekretariatet/ }).count()).toBe(1);
    await expectNoAxeViolations(page, 'medlemssiden med feiloppsummering');

    await page.reload();
    const members = page.getByRole('table', { name: 'Forumets medlemmer' });
    // The demo's forum has members already (src/seed/demo-forum): the two appointed here come on top.
    await expect.poll(() => members.getByRole('row').count()).toBeGreaterThan(1);
    const before = await members.getByRole('row').count();
    await appoint(page, /^Ingrid Bakke \(UiT/, 'uh', /^Per Dalheim/);
    await expect.poll(() => status(page).textContent()).toMatch('Ingrid Bakke er oppnevnt');
    await appoint(page, /^Nils Elvebakk/, 'offentlig-eier');
    await expect.poll(() => status(page).textContent()).toMatch('Nils Elvebakk er oppnevnt');
    await expect.poll(() => members.getByRole('row', { name: /^Ingrid Bakke/ }).textContent()).toMatch(/UiT Norges arktiske universitet.*Universitet eller høyskole \(UH\).*Per Dalheim.*Fra 01\.01\.2030/);
    await expect.poll(() => members.getByRole('row').count()).toBe(before + 2);
    await expectNoAxeViolations(page, 'medlemssiden');

    // A meeting for the round, planned from the meetings page.
    await page.goto('/forum/moter?embete=troms-og-finnmark');
    const form = page.getByRole('form', { name: 'Planlegg et møte' });
    await form.getByRole('textbox', { name: /^Tittel/ }).fill('Forumsmøte mars');
    await form.getByLabel(/^Dato/).fill(`${YEAR}-03-02`);
    await form.getByRole('textbox', { name: /^Klokkeslett/ }).fill('10:00');
    await form.getByRole('textbox', { name: /^Sted/ }).fill('Tromsø');
    await form.getByRole('combobox', { name: /^Utlysning/ }).selectOption({ label: `Behovsmeldinger ${YEAR}` });
    await form.getByRole('button', { name: 'Opprett møtet' }).click();
    await page.waitForURL(/\/forum\/moter\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Forumsmøte mars');

    await page.getByRole('button', { name: 'Legg til utlysningens behovsmeldinger' }).click();
    await expect.poll(() => status(page).textContent()).toMatch('Saker lagt til: 2.');
    const agenda = page.getByRole('region', { name: 'Saksliste' });
    const titles = () => agenda.getByRole('heading', { level: 3 }).allTextContents();
    await expect.poll(titles).toEqual([NORD_TROMS, SOR_TROMS]);
    // Each item leads to its own page.
    await expect.poll(() => agenda.getByRole('link', { name: SOR_TROMS }).getAttribute('href')).toMatch(/^\/forum\/saker\/[0-9a-f-]{36}$/);

    // Reordering by keyboard: the moved item's remaining button keeps the focus.
    await press(page, agenda.getByRole('button', { name: `Flytt ned: ${NORD_TROMS}` }));
    await expect.poll(titles).toEqual([SOR_TROMS, NORD_TROMS]);
    await expect.poll(() => status(page).textContent()).toMatch(`«${NORD_TROMS}» er nå sak 2`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Flytt opp: ${NORD_TROMS}`);

    // The UiT member is proposed as recused on Sør-Troms, where UiT is the UH; the forum's decision is pending.
    const sorTroms = agenda.getByRole('listitem').filter({ has: page.getByRole('heading', { name: SOR_TROMS }) });
    await expect.poll(() => sorTroms.textContent()).toMatch(/Ingrid Bakke \(UiT Norges arktiske universitet\)\s*Foreslått\s*Venter på forumets avgjørelse/);
    await expect.poll(() => sorTroms.textContent()).toMatch('UiT Norges arktiske universitet deltar i behovsmeldingen som UH');
    await expectNoAxeViolations(page, 'møtesiden');

    // The forum confirms it; the case officer records it by keyboard only.
    const confirm = sorTroms.getByRole('button', { name: `Bekreft inhabilitet: Ingrid Bakke i ${SOR_TROMS}` });
    await tabTo(page, confirm);
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).textContent()).toMatch(`Forumet har avgjort at Ingrid Bakke er inhabil i «${SOR_TROMS}»`);
    await expect.poll(() => sorTroms.textContent()).toMatch(/Ingrid Bakke \(UiT Norges arktiske universitet\)\s*Foreslått\s*Inhabil/);

    // What the server stored: confirmed, by the forum (the page shows what it answers).
    const meetingId = new URL(page.url()).pathname.split('/').at(-1)!;
    const answer = (await (await page.request.get(`/api/forum/meetings/${meetingId}`)).json()) as {
      meeting: { items: { title: string; recusals: { memberName: string; decision: string; decidedAt: string | null }[] }[] };
    };
    const recusal = answer.meeting.items.find((i) => i.title === SOR_TROMS)!.recusals.find((r) => r.memberName === 'Ingrid Bakke')!;
    expect(recusal.decision).toBe('confirmed');
    expect(recusal.decidedAt).not.toBeNull();
    await expectNoAxeViolations(page, 'møtesiden etter avgjørelsen');
    await page.context().close();

    // A member (Frode Myrvang, the demo's Utdanningsforbundet seat) sees the meeting without the secretariat's
    // controls and declares himself inhabil on an item, with a reason; the forum decides it later.
    const member = await (await newContext(browser, server.baseUrl)).newPage();
    await demoLogin(member, 'Frode Myrvang');
    await member.goto(`/forum/moter/${meetingId}`);
    const memberAgenda = member.getByRole('region', { name: 'Saksliste' });
    await expect.poll(() => memberAgenda.getByRole('heading', { level: 3 }).allTextContents()).toEqual([SOR_TROMS, NORD_TROMS]);
    await expect.poll(() => member.getByRole('button', { name: /^Bekreft inhabilitet|^Flytt|^Send innkallingen|^Legg til/ }).count()).toBe(0);
    await member.getByRole('button', { name: `Erklær meg inhabil i ${NORD_TROMS}` }).click();
    await member.getByRole('textbox', { name: /^Begrunnelse/ }).fill('Jeg sitter i styret for en av barnehagene i prosjektet.');
    await member.getByRole('button', { name: 'Meld inhabilitet' }).click();
    await expect.poll(() => status(member).textContent()).toMatch(`Du har meldt deg inhabil i «${NORD_TROMS}»`);
    const nordTroms = memberAgenda.getByRole('listitem').filter({ has: member.getByRole('heading', { name: NORD_TROMS }) });
    await expect.poll(() => nordTroms.textContent()).toMatch(/Frode Myrvang \(Utdanningsforbundet Troms\)\s*Meldt selv\s*Venter på forumets avgjørelse/);
    await member.context().close();
  }, 90_000);
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
    await page.goto(`/utlysninger/${demoRound.id}/rediger`);
    await expect.poll(() => page.getByRole('textbox', { name: /Budsjettramme/ }).count()).toBe(0);
    await page.getByRole('link', { name: 'Gå til budsjettrammene' }).click();
    await page.waitForURL(/\/forum\/rammer\?embete=troms-og-finnmark$/);

    const ownRow = kompetanseloftet(page).getByRole('row', { name: new RegExp(`^${demoRound.year} `) });
    await expect.poll(() => ownRow.textContent()).toMatch(/Bekreftet/);
    await expect.poll(() => kompetanseloftet(page).getByRole('row', { name: new RegExp(`^${demoRound.year + 1} `) }).textContent()).toMatch(/Anslag/);
    await expectNoAxeViolations(page, 'rammesiden');

    const form = page.getByRole('form', { name: 'Før inn en ramme' });
    await form.getByLabel('Tilskuddsordning').selectOption('dekomp');
    await form.getByRole('textbox', { name: /^År/ }).fill(FRAME_YEAR);
    await form.getByRole('textbox', { name: /^Beløp i hele kroner/ }).fill('12,5 mill');
    await form.getByRole('button', { name: 'Lagre rammen' }).click();
    await expect.poll(() => page.getByText(ERROR_SUMMARY).count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: 'Rammebeløpet må være et beløp i hele kroner' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'rammesiden med feiloppsummering');

    await form.getByRole('textbox', { name: /^Beløp i hele kroner/ }).fill('3 000 000');
    await form.getByRole('button', { name: 'Lagre rammen' }).click();
    const row = dekomp(page).getByRole('row', { name: new RegExp(`^${FRAME_YEAR} `) });
    await expect.poll(() => row.textContent()).toMatch(/kr\u00a03\u00a0000\u00a0000.*Anslag/);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(`Rammen for ${FRAME_YEAR} er lagret`);

    // The round's own year rests on it: no delete offered there; the new estimate may go.
    await expect.poll(() => ownRow.getByRole('button', { name: /^Slett/ }).count()).toBe(0);
    await row.getByRole('button', { name: `Slett anslaget for ${FRAME_YEAR}` }).click();
    await expect.poll(() => row.count()).toBe(0);
    await page.context().close();
  });

  it('a forum member sees the frames but cannot change them', async () => {
    const page = await loggedIn('Frode Myrvang');
    await page.goto('/forum/rammer');
    await expect.poll(() => kompetanseloftet(page).getByRole('row', { name: new RegExp(`^${demoRound.year} `) }).count()).toBe(1);
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
