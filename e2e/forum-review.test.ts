// Issue 13, point 3 in the browser: blind scoring on the forum's item page. The secretariat seats two members who
// have logins (Frode Myrvang, Utdanningsforbundet; Nils Elvebakk, Nordreisa kommune — neither takes part in the
// application) and a third, Ingrid Bakke of UiT, the application's UH; makes a meeting for a round with one submitted
// application and puts it on the agenda (UiT's member is proposed as recused). Member A opens the item, sees nobody
// else's scores (nor does the API give him any), is stopped by the error summary when submitting with criteria
// unscored, scores them all, saves and submits; member B sees A's scores only after submitting his own; the UiT
// member sees that she is recused and nothing of the scores (403 from the API); the secretariat sees both side by
// side with the spread and writes the forum's assessment. The criteria page: the secretariat moves (by keyboard),
// adds and deletes a criterion; a member only reads. axe on the item page (member before and after submitting, the
// recused member, the secretariat) and on the criteria page.
import type { Browser, Page } from 'playwright-core';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forumMember, partnership, person } from '../src/db/schema/index.ts';
import { findField } from '../src/db/behovsmelding-field-repository.ts';
import { systemClock } from '../src/domain/shared/clock.ts';
import { DEMO_EMAIL, demoActor } from '../src/test/actors.ts';
import { completeValues } from '../src/test/behovsmelding-fixture.ts';
import { createApplication } from '../src/usecases/behovsmelding/create-application.ts';
import { createRound } from '../src/usecases/behovsmelding/create-round.ts';
import { saveField } from '../src/usecases/behovsmelding/save-field.ts';
import { submitApplication } from '../src/usecases/behovsmelding/submit-application.ts';
import { addForumRoundItems } from '../src/usecases/forum/add-forum-round-items.ts';
import { appointForumMember } from '../src/usecases/forum/appoint-forum-member.ts';
import { createForumMeeting } from '../src/usecases/forum/create-forum-meeting.ts';
import { demoLogin, expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

const ERROR_SUMMARY = 'For å gå videre må du rette opp følgende feil:';
const FIRST = 'Forankret i lokale behov';

let server: TestServer;
let browser: Browser;
let roundId: string;
let itemId: string;
let itemTitle: string;

async function personId(email: string): Promise<string> {
  const [p] = await server.database.db.select().from(person).where(eq(person.email, email));
  return p!.id;
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const db = server.database.db;
  const clock = systemClock;
  const staff = await demoActor(db, 'saksbehandler');
  const ola = await demoActor(db, 'koordinator');
  const round = await createRound({
    db,
    actor: staff,
    clock,
    input: {
      officeId: 'troms-og-finnmark',
      schemeId: 'kompetanseloftet',
      year: 2064,
      title: 'Behovsmeldinger 2064',
      opensAtLocal: '2020-01-01T08:00:00',
      deadlineLocal: '2099-12-31T23:59:59',
      coordinatorAllowed: true,
      caseNumbers: [
        { countyNumber: '55', caseNumber: '2063/8245' },
        { countyNumber: '56', caseNumber: '2063/8244' },
      ],
    },
  });
  roundId = round.id;
  const [p] = await db.select().from(partnership).where(eq(partnership.name, 'Kompetanseløftet Sør-Troms og Evenes'));
  const app = await createApplication({ db, actor: ola, clock, input: { roundId, partnershipId: p!.id } });
  for (const [key, value] of Object.entries(completeValues()))
    await saveField({ db, actor: ola, clock, id: app.id, key, input: { value, baseVersion: (await findField(db, app.id, key))?.version ?? 0 } });
  await submitApplication({ db, actor: ola, clock, id: app.id });

  // Appointing grants each member's user the forum role for the office (their next login carries it). The demo's
  // forum already seats Frode until further notice (src/seed/demo-forum/members.ts); its other members' terms end
  // long before this meeting, so the two serve alone on it.
  const term = { termFrom: '2020-01-01', termTo: null };
  const seated = await db.select({ personId: forumMember.personId }).from(forumMember).where(and(eq(forumMember.officeId, 'troms-og-finnmark'), isNull(forumMember.endedAt)));
  for (const [email, category] of [
    [DEMO_EMAIL.forum, 'arbeidstakerorganisasjon'],
    [DEMO_EMAIL.koordinatorNordreisa, 'offentlig-eier'],
    // UiT is the application's UH: she is proposed as recused on it when it is put on the agenda.
    [DEMO_EMAIL.uh, 'uh'],
  ] as const) {
    const id = await personId(email);
    if (!seated.some((m) => m.personId === id)) await appointForumMember({ db, actor: staff, clock, officeId: 'troms-og-finnmark', input: { personId: id, category, ...term } });
  }
  const meeting = await createForumMeeting({
    db,
    actor: staff,
    clock,
    officeId: 'troms-og-finnmark',
    input: { title: 'Forumsmøte om behovsmeldingene 2064', startsAtLocal: '2063-03-01T10:00:00', location: 'Tromsø', roundId },
  });
  const added = await addForumRoundItems({ db, actor: staff, clock, id: meeting.id });
  expect(added.proposedRecusals).toBe(1);
  const [item] = added.meeting.items;
  itemId = item!.id;
  itemTitle = item!.title;
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function loggedIn(user: string): Promise<Page> {
  const page = await (await newContext(browser, server.baseUrl)).newPage();
  await demoLogin(page, user);
  return page;
}

async function openItem(page: Page) {
  await page.goto(`/forum/saker/${itemId}`);
  await page.getByRole('heading', { level: 1, name: itemTitle }).waitFor();
}

/** The scores the API gives this user on the item (blind scoring holds in the API, not just on the screen). */
async function othersInApi(page: Page): Promise<string[]> {
  const answer = await page.request.get(`/api/forum/items/${itemId}/scores`);
  expect(answer.status()).toBe(200);
  const body = (await answer.json()) as { reviews: { memberName: string }[] };
  return body.reviews.map((r) => r.memberName);
}

const sideBySide = (page: Page) => page.getByRole('table', { name: /Poeng per kriterium/ });

/** Gives every criterion a score: `first` on the first, `rest` on the others; then submits and confirms. */
async function scoreAndSubmit(page: Page, first: number, rest: number) {
  const groups = page.getByRole('form', { name: 'Min vurdering av saken' }).getByRole('group');
  const count = await groups.count();
  expect(count).toBeGreaterThanOrEqual(6);
  for (let i = 0; i < count; i++) await groups.nth(i).getByRole('radio', { name: `Poeng ${i === 0 ? first : rest}` }).check();
  await page.getByRole('button', { name: 'Send inn vurderingen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ja, send inn' }).click();
  await expect.poll(() => page.getByRole('status').textContent()).toMatch('Vurderingen er sendt inn');
  await sideBySide(page).waitFor();
}

describe('blind scoring on the item page', () => {
  it('member A scores blind, is stopped on missing criteria, saves a draft and submits', async () => {
    const page = await loggedIn('Frode Myrvang');
    await openItem(page);
    await page.getByText('vises først når du har sendt inn din egen vurdering').waitFor();
    expect(await sideBySide(page).count()).toBe(0);
    expect(await othersInApi(page)).toEqual([]);
    await expect.poll(() => page.getByRole('link', { name: 'Les behovsmeldingen' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'saken for et medlem før innsending');

    // Submitting with nothing scored: the error summary names each criterion and its link moves to the radios.
    await page.getByRole('button', { name: 'Send inn vurderingen' }).click();
    await expect.poll(() => page.getByText(ERROR_SUMMARY).count()).toBe(1);
    await page.getByRole('link', { name: `Mangler poeng for «${FIRST}»` }).click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '')).toMatch(/^score-/);
    await expectNoAxeViolations(page, 'saken med feiloppsummering');

    const first = page.getByRole('group', { name: FIRST });
    await first.getByRole('radio', { name: 'Poeng 4' }).check();
    await page.getByLabel(`Kommentar til «${FIRST}»`).fill('Bygger tydelig på kartleggingen i kommunene.');
    await page.getByRole('button', { name: 'Lagre utkast' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Lagret/);

    await scoreAndSubmit(page, 4, 4);
    // Now his own is in: the table shows it (nobody else has submitted yet).
    expect(await sideBySide(page).getByRole('columnheader').allTextContents()).toEqual(['Kriterium', 'Frode Myrvang', 'Lavest', 'Høyest', 'Snitt']);
    await expectNoAxeViolations(page, 'saken for et medlem etter innsending');
    await page.context().close();
  });

  it('member B sees A’s scores only after submitting his own', async () => {
    const page = await loggedIn('Nils Elvebakk');
    await openItem(page);
    await page.getByRole('form', { name: 'Min vurdering av saken' }).waitFor();
    expect(await sideBySide(page).count()).toBe(0);
    expect(await page.getByText('Frode Myrvang').count()).toBe(0);
    expect(await othersInApi(page)).toEqual([]);

    await scoreAndSubmit(page, 2, 5);
    expect(await sideBySide(page).getByRole('columnheader').allTextContents()).toEqual(['Kriterium', 'Frode Myrvang', 'Nils Elvebakk', 'Lavest', 'Høyest', 'Snitt']);
    expect(await othersInApi(page)).toEqual(['Frode Myrvang', 'Nils Elvebakk']);
    await page.context().close();
  });

  it('the secretariat sees both side by side with the spread and writes the forum’s assessment', async () => {
    const page = await loggedIn('Siri Havlund');
    await openItem(page);
    const row = sideBySide(page).getByRole('row', { name: new RegExp(`^${FIRST}`) });
    await expect.poll(() => row.getByRole('cell').allTextContents()).toEqual(['4', '2', '2', '4', '3']);
    await page.getByText('Bygger tydelig på kartleggingen i kommunene.').waitFor();
    expect(await page.getByRole('table', { name: /Status for hvert medlems vurdering/ }).getByText('Sendt inn').count()).toBe(2);
    // The secretariat scores nothing.
    expect(await page.getByRole('button', { name: 'Send inn vurderingen' }).count()).toBe(0);

    await page.getByLabel('Forumets vurdering av behovsmeldingen').fill('Godt forankret i kartleggingen. Budsjettet er realistisk.');
    await page.getByRole('button', { name: 'Lagre vurderingen' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Forumets vurdering er lagret/);
    await expectNoAxeViolations(page, 'saken for sekretariatet');
    await page.context().close();
  });

  it('a member proposed as recused sees that she is, and nothing of the scores', async () => {
    const page = await loggedIn('Ingrid Bakke');
    await openItem(page);
    await page.getByRole('heading', { level: 2, name: 'Du er inhabil i denne saken' }).waitFor();
    expect(await page.getByRole('form', { name: 'Min vurdering av saken' }).count()).toBe(0);
    expect(await sideBySide(page).count()).toBe(0);
    expect(await page.getByText('Frode Myrvang').count()).toBe(0);
    expect((await page.request.get(`/api/forum/items/${itemId}/scores`)).status()).toBe(403);
    await expectNoAxeViolations(page, 'saken for et inhabilt medlem');
    await page.context().close();
  });
});

describe('the round’s criteria', () => {
  it('the secretariat moves a criterion up by keyboard, adds one and deletes it', async () => {
    const page = await loggedIn('Siri Havlund');
    await page.goto(`/forum/utlysninger/${roundId}/kriterier`);
    const titles = () => page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 2 }).allTextContents();
    await expect.poll(async () => (await titles()).length).toBe(6);
    const [, second] = await titles();
    await expectNoAxeViolations(page, 'kriteriesiden for sekretariatet');

    await page.getByRole('button', { name: `Flytt opp «${second}»` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await titles())[0]).toBe(second);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(`«${second}» er flyttet opp til plass 1`);

    const form = page.getByRole('form', { name: 'Legg til et kriterium' });
    await form.getByRole('textbox', { name: /^Kriterium/ }).fill('Spredning av erfaringer');
    await form.getByRole('button', { name: 'Legg til kriteriet' }).click();
    await expect.poll(async () => (await titles()).at(-1)).toBe('Spredning av erfaringer');
    await page.getByRole('button', { name: 'Slett «Spredning av erfaringer»' }).click();
    await expect.poll(async () => (await titles()).length).toBe(6);
    await page.context().close();
  });

  it('a member reads the criteria but cannot change them', async () => {
    const page = await loggedIn('Frode Myrvang');
    await page.goto(`/forum/utlysninger/${roundId}/kriterier`);
    await page.getByRole('heading', { level: 2, name: FIRST }).waitFor();
    expect(await page.getByRole('button', { name: /^(Endre|Flytt|Slett)/ }).count()).toBe(0);
    expect(await page.getByRole('form').count()).toBe(0);
    await expectNoAxeViolations(page, 'kriteriesiden for et medlem');
    await page.context().close();
  });
});
