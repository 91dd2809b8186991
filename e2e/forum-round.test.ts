// Issue 13, "Must show": a forum round run from the screen, in one browser session against one database. Set up as
// the secretariat through the use cases: a round (2066) with three submitted applications — Sør-Troms og Evenes
// (UH: UiT), Nord-Troms (UH: UiT and Sámi allaskuvla) and Guovdageaidnu (UH: Sámi allaskuvla) — a frame of
// kr 1 000 000 for 2066, a meeting with the round on its agenda (UiT's member, Ingrid Bakke, is proposed as recused
// where UiT takes part) and three members present: Frode Myrvang (Utdanningsforbundet), Nils Elvebakk (Nordreisa
// kommune) and Ingrid Bakke (UiT).
// In the browser: the forum confirms Ingrid's recusal on Sør-Troms; Frode scores Sør-Troms blind; Nils asks the API
// for the scores before submitting his own and gets none, then sees both; Ingrid sees nothing and is refused scores,
// scoring and voting on it (403); the secretariat sees the spread and writes the forum's assessment, and keeps the
// criteria; allocates "as asked" over the frame and hears by how much, leaves Guovdageaidnu out and reduces
// Nord-Troms with reasons, splitting its UH amount between the two institutions, copies and compares two scenarios
// and chooses one (a part that is Nordland's shown, never allocated; no sideways scrolling at 375 px); the forum adopts item by item (Guovdageaidnu by vote, with counts and a dissent) and then the
// innstilling, downloaded as PDF and DOCX whose text holds what the issue lists. The coordinator sees the outcome
// and no scores. axe on every page of the flow.
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compact, pdfPages } from '../src/documents/blocks/test-pdf-text.ts';
import { SAMI_PARTNERSHIP_NAME } from '../src/seed/demo-sami-coordinator.ts';
import { systemClock } from '../src/domain/shared/clock.ts';
import { DEMO_EMAIL, demoActor } from '../src/test/actors.ts';
import { openRound } from '../src/test/behovsmelding-fixture.ts';
import { allocationValues, setFrame, submittedApplication } from '../src/test/forum-allocation-fixture.ts';
import { partnershipByName, personByEmail, SOR_TROMS, UIT } from '../src/test/org-lookups.ts';
import { addForumRoundItems } from '../src/usecases/forum/add-forum-round-items.ts';
import { appointForumMember } from '../src/usecases/forum/appoint-forum-member.ts';
import { createForumMeeting } from '../src/usecases/forum/create-forum-meeting.ts';
import { listForumMembers } from '../src/usecases/forum/list-forum-members.ts';
import { recordForumAttendance } from '../src/usecases/forum/record-forum-attendance.ts';
import { demoLogin, expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

const YEAR = 2066;
const NORD_TROMS = 'Kompetanseløftet Nord-Troms';
const GUOVDAGEAIDNU = SAMI_PARTNERSHIP_NAME;
const SAMI_UH = 'Sámi allaskuvla / Samisk høgskole';
const ERROR_SUMMARY = 'For å gå videre må du rette opp følgende feil:';
const FIRST = 'Forankret i lokale behov';
const ASSESSMENT = 'Godt forankret i kartleggingen; UiT og eierne samarbeider tett.';
const NOT_PRIORITISED = 'Behovsmeldingen bygger ikke på kartleggingen i barnehagene. Forumet ber partnerskapet søke igjen neste år.';
const REDUCED = 'Samlingene kan holdes digitalt, så reisekostnadene er tatt ut.';
const DISSENT = 'Utdanningsforbundet mener Guovdageaidnu bør prioriteres for de samiske perspektivenes skyld.';

/** Norwegian amounts as the page writes them: a no-break space between thousands and next to "kr". */
const kr = (text: string) =>
  text
    .replace(/(\d) (?=\d)/g, '$1\u00a0')
    .replace(/(\d) kr/g, '$1\u00a0kr')
    .replace(/kr (\d)/g, 'kr\u00a0$1');

let server: TestServer;
let browser: Browser;
let roundId: string;
let meetingId: string;
let sorTromsApp: string;
const items: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const db = server.database.db;
  const clock = systemClock;
  const siri = await demoActor(db, 'saksbehandler');
  roundId = (await openRound(db, siri, YEAR)).id;
  await setFrame(db, { year: YEAR, amountKr: 1_000_000 });
  await setFrame(db, { year: YEAR + 1, amountKr: 800_000, confirmed: false });
  const submit = async (name: string, values: Record<string, unknown>) =>
    (await submittedApplication(db, { roundId, partnershipId: (await partnershipByName(db, name)).id, values })).id;
  // Asked for 2066: 500 000 + 450 000 + 240 000 = 1 190 000 against a frame of 1 000 000.
  sorTromsApp = await submit(
    SOR_TROMS,
    allocationValues(
      [
        { id: 'sor-troms', years: [{ year: YEAR, ownerKr: 310_000, uhKr: 190_000 }, { year: YEAR + 1, ownerKr: 210_000, uhKr: 95_000 }] },
        // Evenes is Nordland's: shown, never allocated here.
        { id: 'evenes', otherOfficeId: 'nordland', years: [{ year: YEAR, ownerKr: 59_000, uhKr: 145_767 }] },
      ],
      [{ navn: UIT }],
    ),
  );
  await submit(NORD_TROMS, allocationValues([{ id: 'hoved', years: [{ year: YEAR, ownerKr: 200_000, uhKr: 250_000 }] }], [{ navn: UIT }, { navn: SAMI_UH }]));
  await submit(GUOVDAGEAIDNU, allocationValues([{ id: 'kautokeino', years: [{ year: YEAR, ownerKr: 150_000, uhKr: 90_000 }] }], [{ navn: SAMI_UH }]));

  // Frode is seated until further notice (the demo's forum); Nils and Ingrid are appointed for this round. The demo's
  // other members' terms end long before 2066.
  const term = { termFrom: '2030-01-01', termTo: null };
  const seated = (await listForumMembers({ db, actor: siri, officeId: 'troms-og-finnmark' })).members;
  for (const [email, category] of [
    [DEMO_EMAIL.forum, 'arbeidstakerorganisasjon'],
    [DEMO_EMAIL.koordinatorNordreisa, 'offentlig-eier'],
    [DEMO_EMAIL.uh, 'uh'],
  ] as const) {
    const person = await personByEmail(db, email);
    if (!seated.some((m) => m.personId === person.id && m.endedAt === null))
      await appointForumMember({ db, actor: siri, clock, officeId: 'troms-og-finnmark', input: { personId: person.id, category, ...term } });
  }
  const meeting = await createForumMeeting({
    db,
    actor: siri,
    clock,
    officeId: 'troms-og-finnmark',
    input: { title: `Samarbeidsforum – behovsmeldinger ${YEAR}`, startsAtLocal: `${YEAR}-01-20T10:00:00`, location: 'Tromsø', roundId },
  });
  meetingId = meeting.id;
  const added = await addForumRoundItems({ db, actor: siri, clock, id: meeting.id });
  for (const item of added.meeting.items) items[item.title] = item.id;
  const present = added.meeting.attendance.filter((a) => ['Frode Myrvang', 'Nils Elvebakk', 'Ingrid Bakke'].includes(a.personName));
  expect(present).toHaveLength(3);
  await recordForumAttendance({ db, actor: siri, clock, id: meeting.id, input: { attendance: present.map((a) => ({ memberId: a.memberId, present: true })) } });
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

const status = (page: Page) => page.getByRole('status');
const sideBySide = (page: Page) => page.getByRole('table', { name: /Poeng per kriterium/ });
const decision = (page: Page) => page.getByRole('region', { name: 'Vedtak', exact: true });

async function openItem(page: Page, title: string) {
  await page.goto(`/forum/saker/${items[title]}`);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

/** The members whose scores the API gives this user on the item (blind scoring holds in the API, not only on screen). */
async function scoresInApi(page: Page, title: string): Promise<string[]> {
  const answer = await page.request.get(`/api/forum/items/${items[title]}/scores`);
  expect(answer.status()).toBe(200);
  return ((await answer.json()) as { reviews: { memberName: string }[] }).reviews.map((r) => r.memberName);
}

/** A changing request as the page's own client sends it: with the session's CSRF token, so only the policy refuses. */
async function asClient(page: Page, method: 'PUT' | 'POST', url: string, data: unknown): Promise<number> {
  const session = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
  return (await page.request.fetch(url, { method, data, headers: { 'x-csrf-token': session.csrfToken } })).status();
}

/** Gives every criterion a score: `first` on the first, `rest` on the others; then submits and confirms. */
async function scoreAndSubmit(page: Page, first: number, rest: number) {
  const groups = page.getByRole('form', { name: 'Min vurdering av saken' }).getByRole('group');
  const count = await groups.count();
  expect(count).toBeGreaterThanOrEqual(6);
  for (let i = 0; i < count; i++) await groups.nth(i).getByRole('radio', { name: `Poeng ${i === 0 ? first : rest}` }).check();
  await page.getByRole('button', { name: 'Send inn vurderingen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ja, send inn' }).click();
  await expect.poll(() => status(page).textContent()).toMatch('Vurderingen er sendt inn');
  await sideBySide(page).waitFor();
}

describe('a forum round run from the screen', () => {
  it('the coordinator sees the application under review', async () => {
    const page = await loggedIn('Ola Strand');
    await page.goto(`/behovsmeldinger/${sorTromsApp}`);
    await expect.poll(() => page.getByRole('region', { name: 'Samarbeidsforumet' }).textContent()).toMatch('Til behandling i samarbeidsforumet');
    await page.context().close();
  });

  it('the UiT member is proposed as recused on Sør-Troms, and the forum confirms it', async () => {
    const page = await loggedIn('Siri Havlund');
    await page.goto(`/forum/moter/${meetingId}`);
    const confirm = page.getByRole('button', { name: `Bekreft inhabilitet: Ingrid Bakke i ${SOR_TROMS}` });
    await confirm.waitFor();
    // Proposed where UiT takes part (both UiT applications), not on Guovdageaidnu.
    expect(await page.getByRole('button', { name: /^Bekreft inhabilitet: Ingrid Bakke i / }).count()).toBe(2);
    await confirm.click();
    await expect.poll(() => status(page).textContent()).toMatch(`Forumet har avgjort at Ingrid Bakke er inhabil i «${SOR_TROMS}»`);
    await expectNoAxeViolations(page, 'møtesiden med inhabiliteten avgjort');
    await page.context().close();
  });

  it('member A scores blind: the error summary stops a half scoring, the API gives nobody else’s', async () => {
    const page = await loggedIn('Frode Myrvang');
    await openItem(page, SOR_TROMS);
    await page.getByText('vises først når du har sendt inn din egen vurdering').waitFor();
    expect(await scoresInApi(page, SOR_TROMS)).toEqual([]);
    await expectNoAxeViolations(page, 'saken for et medlem før innsending');

    await page.getByRole('button', { name: 'Send inn vurderingen' }).click();
    await expect.poll(() => page.getByText(ERROR_SUMMARY).count()).toBe(1);
    await page.getByRole('link', { name: `Mangler poeng for «${FIRST}»` }).click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '')).toMatch(/^score-/);
    await expectNoAxeViolations(page, 'saken med feiloppsummering');

    await page.getByRole('group', { name: FIRST }).getByRole('radio', { name: 'Poeng 4' }).check();
    await page.getByLabel(`Kommentar til «${FIRST}»`).fill('Bygger tydelig på kartleggingen i kommunene.');
    await page.getByRole('button', { name: 'Lagre utkast' }).click();
    await expect.poll(() => status(page).textContent()).toMatch(/^Lagret/);
    await scoreAndSubmit(page, 4, 4);
    expect(await sideBySide(page).getByRole('columnheader').allTextContents()).toEqual(['Kriterium', 'Frode Myrvang', 'Lavest', 'Høyest', 'Snitt']);
    await expectNoAxeViolations(page, 'saken for et medlem etter innsending');
    await page.context().close();
  });

  it('member B asks for the scores before submitting his own and gets none; after, he sees both', async () => {
    const page = await loggedIn('Nils Elvebakk');
    await openItem(page, SOR_TROMS);
    await page.getByRole('form', { name: 'Min vurdering av saken' }).waitFor();
    expect(await scoresInApi(page, SOR_TROMS)).toEqual([]);
    expect(await page.getByText('Frode Myrvang').count()).toBe(0);
    await scoreAndSubmit(page, 2, 5);
    expect(await scoresInApi(page, SOR_TROMS)).toEqual(['Frode Myrvang', 'Nils Elvebakk']);
    await page.context().close();
  });

  it('the recused member gets no scores or comments, and cannot score or vote on the item (403)', async () => {
    const page = await loggedIn('Ingrid Bakke');
    await openItem(page, SOR_TROMS);
    await page.getByRole('heading', { level: 2, name: 'Du er inhabil i denne saken' }).waitFor();
    expect(await page.getByRole('form', { name: 'Min vurdering av saken' }).count()).toBe(0);
    expect(await page.getByRole('form', { name: /^Stem i saken/ }).count()).toBe(0);
    expect(await page.getByText('Frode Myrvang').count()).toBe(0);
    const item = items[SOR_TROMS];
    expect((await page.request.get(`/api/forum/items/${item}/scores`)).status()).toBe(403);
    expect(await asClient(page, 'PUT', `/api/forum/items/${item}/review`, { comment: '', scores: [], baseVersion: 0 })).toBe(403);
    expect(await asClient(page, 'PUT', `/api/forum/items/${item}/vote`, { option: 'for' })).toBe(403);
    await expectNoAxeViolations(page, 'saken for et inhabilt medlem');
    await page.context().close();
  });

  it('the secretariat sees both side by side with the spread and writes the forum’s assessment', async () => {
    const page = await loggedIn('Siri Havlund');
    await openItem(page, SOR_TROMS);
    const row = sideBySide(page).getByRole('row', { name: new RegExp(`^${FIRST}`) });
    await expect.poll(() => row.getByRole('cell').allTextContents()).toEqual(['4', '2', '2', '4', '3']);
    await page.getByText('Bygger tydelig på kartleggingen i kommunene.').waitFor();
    expect(await page.getByRole('button', { name: 'Send inn vurderingen' }).count()).toBe(0);
    await page.getByLabel('Forumets vurdering av behovsmeldingen').fill(ASSESSMENT);
    await page.getByRole('button', { name: 'Lagre vurderingen' }).click();
    await expect.poll(() => status(page).textContent()).toMatch(/^Forumets vurdering er lagret/);
    await expectNoAxeViolations(page, 'saken for sekretariatet');
    await page.context().close();
  });

  it('the secretariat keeps the round’s criteria by keyboard; a member only reads them', async () => {
    const page = await loggedIn('Siri Havlund');
    await page.goto(`/forum/utlysninger/${roundId}/kriterier`);
    const titles = () => page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 2 }).allTextContents();
    await expect.poll(async () => (await titles()).length).toBe(6);
    const [, second] = await titles();
    await expectNoAxeViolations(page, 'kriteriesiden for sekretariatet');
    await page.getByRole('button', { name: `Flytt opp «${second}»` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await titles())[0]).toBe(second);
    await expect.poll(() => status(page).textContent()).toMatch(`«${second}» er flyttet opp til plass 1`);
    const form = page.getByRole('form', { name: 'Legg til et kriterium' });
    await form.getByRole('textbox', { name: /^Kriterium/ }).fill('Spredning av erfaringer');
    await form.getByRole('button', { name: 'Legg til kriteriet' }).click();
    await expect.poll(async () => (await titles()).at(-1)).toBe('Spredning av erfaringer');
    await page.getByRole('button', { name: 'Slett «Spredning av erfaringer»' }).click();
    await expect.poll(async () => (await titles()).length).toBe(6);
    await page.context().close();

    const member = await loggedIn('Frode Myrvang');
    await member.goto(`/forum/utlysninger/${roundId}/kriterier`);
    await member.getByRole('heading', { level: 2, name: FIRST }).waitFor();
    expect(await member.getByRole('button', { name: /^(Endre|Flytt|Slett)/ }).count()).toBe(0);
    await expectNoAxeViolations(member, 'kriteriesiden for et medlem');
    await member.context().close();
  });

  it('the secretariat allocates over the frame, hears by how much, splits a UH amount, compares two scenarios and chooses one', async () => {
    const page = await loggedIn('Siri Havlund');
    await page.goto(`/forum/utlysninger/${roundId}/fordeling`);
    const overUnder = page.getByRole('status').filter({ hasText: new RegExp(`rammen for ${YEAR}`) });
    const heard = (text: string) => expect.poll(() => overUnder.textContent()).toBe(kr(text));
    const create = page.getByRole('form', { name: 'Ny fordeling' });
    await create.getByRole('textbox', { name: /^Navn/ }).fill('Forslag A');
    await create.getByRole('button', { name: 'Opprett fordelingen' }).click();
    await page.waitForURL(/\/fordeling\?fordeling=/);
    const firstUrl = page.url();
    await heard(`Forslaget er 190 000 kr over rammen for ${YEAR}`);
    const evenes = page.getByRole('table', { name: `Omsøkt og foreslått for ${SOR_TROMS}` }).getByRole('row', { name: /Hører til Statsforvalteren i Nordland/ });
    await expect.poll(() => evenes.count()).toBe(1);
    await expect.poll(() => page.getByRole('row', { name: new RegExp(`^${YEAR + 1} `) }).first().textContent()).toMatch(/Anslag/);
    await expectNoAxeViolations(page, 'fordelingsskjermen');

    const amount = (to: string, part: string, name: string) => page.getByRole('textbox', { name: `Foreslått til ${to} for Del ${part} ${YEAR}, ${name}` });
    const save = async (name: string, priority: string, reason?: string) => {
      await page.getByRole('textbox', { name: `Prioritet for ${name}` }).fill(priority);
      if (reason !== undefined) await page.getByRole('textbox', { name: `Begrunnelse til ${name}` }).fill(reason);
      await page.getByRole('button', { name: `Lagre fordelingen for ${name}` }).click();
    };
    await save(SOR_TROMS, '1');
    await heard(`Lagret for ${SOR_TROMS}. Forslaget er 190 000 kr over rammen for ${YEAR}`);
    // Guovdageaidnu left out: nothing proposed, no priority, a reason in plain words.
    await amount('eier', 'kautokeino', GUOVDAGEAIDNU).fill('0');
    await amount(SAMI_UH, 'kautokeino', GUOVDAGEAIDNU).fill('0');
    await save(GUOVDAGEAIDNU, '', NOT_PRIORITISED);
    await heard(`Lagret for ${GUOVDAGEAIDNU}. Forslaget er 50 000 kr under rammen for ${YEAR}`);
    // Nord-Troms reduced, its UH amount (250 000 asked) split between UiT and Sámi allaskuvla.
    await amount('eier', 'hoved', NORD_TROMS).fill('160 000');
    await amount(UIT, 'hoved', NORD_TROMS).fill('110 000');
    await amount(SAMI_UH, 'hoved', NORD_TROMS).fill('120 000');
    await save(NORD_TROMS, '2', REDUCED);
    await heard(`Lagret for ${NORD_TROMS}. Forslaget er 110 000 kr under rammen for ${YEAR}`);
    await expect.poll(() => amount(SAMI_UH, 'hoved', NORD_TROMS).inputValue()).toBe(kr('120 000'));
    // 375 px: the tables scroll in their boxes, the page does not.
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.setViewportSize({ width: 1280, height: 800 });

    const copy = page.getByRole('form', { name: 'Kopier fordelingen' });
    await copy.getByRole('textbox', { name: /^Navn på kopien/ }).fill('Forslag B');
    await copy.getByRole('button', { name: 'Kopier' }).click();
    await page.waitForURL((url) => url.href !== firstUrl && url.search.startsWith('?fordeling='));
    await expect.poll(() => page.getByRole('heading', { name: 'Fordeling: Forslag B' }).count()).toBe(1);
    await amount('eier', 'sor-troms', SOR_TROMS).fill('250 000');
    await amount('eier', 'sor-troms', SOR_TROMS).press('Enter');
    await heard(`Lagret for ${SOR_TROMS}. Forslaget er 170 000 kr under rammen for ${YEAR}`);

    const compare = page.getByRole('form', { name: 'Sammenlign to fordelinger' });
    await compare.getByLabel('Fordeling A').selectOption({ label: 'Forslag A' });
    await compare.getByLabel('Fordeling B').selectOption({ label: 'Forslag B' });
    await compare.getByRole('button', { name: 'Sammenlign' }).click();
    await page.waitForURL(/\/fordeling\/sammenlign\?a=.+&b=.+/);
    await expect.poll(() => page.getByRole('row', { name: new RegExp(`^${SOR_TROMS} ${YEAR} `) }).textContent()).toMatch(kr('kr 500 000kr 440 000−60 000'));
    await expectNoAxeViolations(page, 'sammenligningen av to fordelinger');

    await page.goto(firstUrl);
    await page.getByRole('button', { name: 'Velg for innstillingen' }).click();
    await expect.poll(() => status(page).filter({ hasText: 'valgt for innstillingen' }).textContent()).toMatch('«Forslag A» er valgt for innstillingen');
    await page.context().close();
  });

  it('a forum member sees the allocation without inputs', async () => {
    const page = await loggedIn('Frode Myrvang');
    await page.goto(`/forum/utlysninger/${roundId}/fordeling`);
    await expect.poll(() => page.getByRole('heading', { name: /^Fordeling: / }).count()).toBe(1);
    expect(await page.getByRole('textbox').count()).toBe(0);
    await expectNoAxeViolations(page, 'fordelingsskjermen for et forummedlem');
    await page.context().close();
  });

  it('a present member votes on an item', async () => {
    const page = await loggedIn('Frode Myrvang');
    await openItem(page, GUOVDAGEAIDNU);
    const form = page.getByRole('form', { name: `Stem i saken ${GUOVDAGEAIDNU}` });
    await form.getByRole('radio', { name: 'Mot', exact: true }).check();
    await form.getByRole('button', { name: 'Avgi stemme' }).click();
    await expect.poll(() => status(page).textContent()).toMatch('Stemmen din er registrert: Mot');
    await expectNoAxeViolations(page, 'saken med stemmeskjemaet');
    await page.context().close();
  });

  it('the forum adopts item by item: two by consensus, one by vote with counts and a dissent', async () => {
    const page = await loggedIn('Siri Havlund');
    for (const [title, text] of [
      [SOR_TROMS, 'Innstilt som omsøkt'],
      [NORD_TROMS, 'Innstilt med redusert beløp'],
    ] as const) {
      await openItem(page, title);
      const form = page.getByRole('form', { name: `Før vedtaket i saken ${title}` });
      await form.getByRole('textbox', { name: /^Vedtaket forumet ble enige om/ }).fill(text);
      await form.getByRole('button', { name: 'Før vedtaket' }).click();
      await expect.poll(() => decision(page).textContent()).toMatch(new RegExp(`Vedtatt ved\\s*Konsensus.*${text}`));
    }
    await openItem(page, GUOVDAGEAIDNU);
    const vote = page.getByRole('form', { name: `Før vedtaket i saken ${GUOVDAGEAIDNU}` });
    await vote.getByRole('radio', { name: 'Avstemning' }).check();
    // The counts start from the votes cast in the app (Frode's "Mot"); the secretariat enters the show of hands.
    await vote.getByText('1 stemme er avgitt: 0 for, 1 mot, 0 avstår. Stemmeberettigede til stede: 3.').waitFor();
    await expect.poll(() => vote.getByRole('textbox', { name: 'Antall stemmer: Mot' }).inputValue()).toBe('1');
    await expectNoAxeViolations(page, 'vedtaksskjemaet med avgitte stemmer');
    await vote.getByRole('textbox', { name: 'Antall stemmer: For' }).fill('2');
    await vote.getByRole('textbox', { name: 'Antall stemmer: Mot' }).fill('2');
    await vote.getByRole('textbox', { name: /^Dissens/ }).fill(DISSENT);
    await vote.getByRole('button', { name: 'Før vedtaket' }).click();
    // Three members are present: the server's bound, said on the counts.
    await expect.poll(() => page.getByRole('link', { name: '4 stemmer er flere enn de 3 stemmeberettigede som er til stede' }).count()).toBe(1);
    await vote.getByRole('textbox', { name: 'Antall stemmer: Mot' }).fill('1');
    await vote.getByRole('button', { name: 'Før vedtaket' }).click();
    await expect.poll(() => decision(page).textContent()).toMatch('Avstemning: 2 for, 1 mot, 0 avstår');
    expect(await decision(page).textContent()).toContain(DISSENT);
    await expectNoAxeViolations(page, 'saken med vedtaket ført');
    await page.context().close();
  });

  it('the secretariat adopts the innstilling; its PDF and DOCX hold the measures, the amounts, the reasons, the dissent and the recusal', async () => {
    const page = await loggedIn('Siri Havlund');
    await page.goto(`/forum/utlysninger/${roundId}/innstilling`);
    await expect.poll(() => page.getByRole('heading', { name: `1. ${SOR_TROMS}` }).count()).toBe(1);
    await expectNoAxeViolations(page, 'innstillingen som utkast');
    await page.getByRole('region', { name: 'Vedta innstillingen' }).getByRole('button', { name: 'Vedta innstillingen' }).click();
    await page.getByRole('dialog', { name: 'Vedta innstillingen?' }).getByRole('button', { name: 'Ja, vedta' }).click();
    await expect.poll(() => status(page).textContent()).toMatch('Innstillingen er vedtatt');
    await expect.poll(() => page.getByRole('region', { name: 'Vedta innstillingen' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'innstillingen vedtatt');

    const download = async (name: string, type: string) => {
      const response = await page.request.get((await page.getByRole('link', { name }).getAttribute('href'))!);
      expect(response.status(), name).toBe(200);
      expect(response.headers()['content-type'], name).toContain(type);
      return response.body();
    };
    const pdf = await download('Innstillingen som PDF', 'application/pdf');
    const docx = await download('Innstillingen som Word (DOCX)', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const xml = new TextDecoder().decode(unzipSync(new Uint8Array(docx))['word/document.xml']!);
    const texts = {
      pdf: compact((await pdfPages(pdf)).join('\n')),
      docx: compact([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&amp;/g, '&')).join(' ')),
    };
    for (const [format, text] of Object.entries(texts)) {
      /** The text of one prioritised measure: from its heading to the next one's. */
      const measure = (heading: string, next: string) => text.slice(text.indexOf(compact(heading)), text.indexOf(compact(next)));
      const sorTroms = measure(`1. ${SOR_TROMS}`, `2. ${NORD_TROMS}`);
      for (const phrase of ['Eier: Harstad kommune', `UH: ${UIT}`, `${YEAR} innstilt`, '310 000', '190 000', `${YEAR + 1} innstilt (foreløpig)`, '210 000', '95 000'])
        expect(sorTroms, `${format}: Sør-Troms`).toContain(compact(phrase));
      const nordTroms = measure(`2. ${NORD_TROMS}`, GUOVDAGEAIDNU);
      for (const phrase of [`UH: ${UIT}`, `UH: ${SAMI_UH}`, '160 000', '110 000', '120 000', REDUCED]) expect(nordTroms, `${format}: Nord-Troms`).toContain(compact(phrase));
      for (const phrase of [NOT_PRIORITISED, DISSENT, '2 for, 1 mot, 0 avstår', `Inhabil: Ingrid Bakke (${UIT})`]) expect(text, format).toContain(compact(phrase));
    }
    await page.context().close();
  });

  it('the coordinator sees "Innstilt", the amounts per year and the forum’s assessment — no scores', async () => {
    const page = await loggedIn('Ola Strand');
    await page.goto(`/behovsmeldinger/${sorTromsApp}`);
    const forum = page.getByRole('region', { name: 'Samarbeidsforumet' });
    await expect.poll(() => forum.textContent()).toMatch('Innstilt');
    const text = (await forum.textContent()) ?? '';
    expect(text).toContain(ASSESSMENT);
    expect(await forum.getByRole('table', { name: 'Innstilte beløp per år' }).textContent()).toMatch(kr(`${YEAR}kr 310 000kr 190 000kr 500 000`));
    expect(text).not.toMatch(/poeng|Frode Myrvang|Bygger tydelig/i);
    await expectNoAxeViolations(page, 'koordinatorens behovsmelding');
    await page.context().close();
  });
});
