// Issue 13, points 5–6 in the browser: the forum adopts item by item, then the innstilling, and the partnership sees
// the outcome. Set up as the secretariat through the use cases: a round with two submitted applications (Sør-Troms,
// Nord-Troms), a meeting with the round's items where the demo's forum member Frode Myrvang (seated until further
// notice, src/seed/demo-forum/members.ts; the demo's other members' terms end long before) is present, the forum's
// assessment of Sør-Troms, and a scenario "som søkt" chosen with both prioritised.
// Then: the coordinator sees it "til behandling"; Frode votes on the Nord-Troms item; the secretariat records Sør-Troms by consensus and Nord-Troms by vote —
// first with more votes than voters (the server's refusal on the field), then with counts and a dissent; adopts the
// innstilling after a confirm dialog; downloads it as PDF and DOCX; Frode sees the recorded vote; and Ola, coordinator of Sør-Troms, sees
// "Innstilt", its amounts per year (owner and UiT) and the forum's assessment. axe on the item page with the vote,
// the innstilling page (draft and adopted) and the coordinator's page.
import type { Browser, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forumAgendaItem } from '../src/db/schema/index.ts';
import { demoActor } from '../src/test/actors.ts';
import { duringRound, fillApplication, openRound, startApplication } from '../src/test/behovsmelding-fixture.ts';
import { partnershipByName, SOR_TROMS } from '../src/test/org-lookups.ts';
import { submitApplication } from '../src/usecases/behovsmelding/submit-application.ts';
import { addForumRoundItems } from '../src/usecases/forum/add-forum-round-items.ts';
import { assessItem } from '../src/usecases/forum/assess-item.ts';
import { chooseScenario } from '../src/usecases/forum/choose-scenario.ts';
import { createForumMeeting } from '../src/usecases/forum/create-forum-meeting.ts';
import { createScenario } from '../src/usecases/forum/create-scenario.ts';
import { recordForumAttendance } from '../src/usecases/forum/record-forum-attendance.ts';
import { setApplicationAllocation } from '../src/usecases/forum/set-application-allocation.ts';
import { demoLogin, expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

const NORD_TROMS = 'Kompetanseløftet Nord-Troms';
/** The year the fixture's applications ask for (src/test/behovsmelding-fixture.ts completeValues), far from the demo's. */
const YEAR = 2031;
const ASSESSMENT = 'Godt forankret i kartleggingen; UiT og eierne samarbeider tett.';
const DISSENT = 'Utdanningsforbundet mener samlingene bør prioriteres høyere.';

let server: TestServer;
let browser: Browser;
let roundId: string;
let sorTromsApp: string;
let items: Record<'sorTroms' | 'nordTroms', string>;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const db = server.database.db;
  const siri = await demoActor(db, 'saksbehandler');
  const clock = duringRound(YEAR);
  const round = await openRound(db, siri, YEAR);
  roundId = round.id;
  const apps: Record<string, string> = {};
  for (const [key, name] of [['koordinator', SOR_TROMS], ['koordinatorNordreisa', NORD_TROMS]] as const) {
    const coordinator = await demoActor(db, key);
    const p = await partnershipByName(db, name);
    const app = await startApplication(db, coordinator, { roundId, partnershipId: p.id, year: YEAR });
    await fillApplication(db, coordinator, app.id, YEAR);
    await submitApplication({ db, actor: coordinator, clock, id: app.id });
    apps[name] = app.id;
  }
  sorTromsApp = apps[SOR_TROMS]!;

  const meeting = await createForumMeeting({
    db,
    actor: siri,
    clock,
    officeId: 'troms-og-finnmark',
    input: { title: `Forumsmøte om behovsmeldingene ${YEAR}`, startsAtLocal: `${YEAR}-01-20T10:00:00`, location: 'Tromsø', roundId },
  });
  const added = await addForumRoundItems({ db, actor: siri, clock, id: meeting.id });
  const itemOf = (applicationId: string) => added.meeting.items.find((i) => i.applicationId === applicationId)!.id;
  items = { sorTroms: itemOf(apps[SOR_TROMS]!), nordTroms: itemOf(apps[NORD_TROMS]!) };
  const frode = added.meeting.attendance.find((a) => a.personName === 'Frode Myrvang');
  expect(frode, 'Frode Myrvang sitter i forumet').toBeDefined();
  await recordForumAttendance({ db, actor: siri, clock, id: meeting.id, input: { attendance: [{ memberId: frode!.memberId, present: true }] } });
  const [row] = await db.select({ version: forumAgendaItem.version }).from(forumAgendaItem).where(eq(forumAgendaItem.id, items.sorTroms));
  await assessItem({ db, actor: siri, clock, itemId: items.sorTroms, input: { assessment: ASSESSMENT, expectedVersion: row!.version } });

  const { scenario } = await createScenario({ db, actor: siri, clock, roundId, input: { name: 'Som søkt', from: 'asked' } });
  let version = scenario.version;
  for (const [applicationId, priority] of [[apps[SOR_TROMS]!, 1], [apps[NORD_TROMS]!, 2]] as const)
    version = (await setApplicationAllocation({ db, actor: siri, clock, id: scenario.id, applicationId, input: { priority, reason: '', expectedVersion: version } })).scenario.version;
  await chooseScenario({ db, actor: siri, clock, id: scenario.id });
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
const decision = (page: Page) => page.getByRole('region', { name: 'Vedtak', exact: true });

describe('the forum adopts item by item, then the innstilling; the partnership sees the outcome', () => {
  it('before adoption the coordinator sees the application under review', async () => {
    const page = await loggedIn('Ola Strand');
    await page.goto(`/behovsmeldinger/${sorTromsApp}`);
    await expect.poll(() => page.getByRole('region', { name: 'Samarbeidsforumet' }).textContent()).toMatch('Til behandling i samarbeidsforumet');
    await page.context().close();
  });

  it('a present member votes on an item', async () => {
    const page = await loggedIn('Frode Myrvang');
    await page.goto(`/forum/saker/${items.nordTroms}`);
    const form = page.getByRole('form', { name: `Stem i saken ${NORD_TROMS}` });
    await form.getByRole('radio', { name: 'Mot', exact: true }).check();
    await form.getByRole('radio', { name: 'For', exact: true }).check();
    await form.getByRole('button', { name: 'Avgi stemme' }).click();
    await expect.poll(() => status(page).textContent()).toMatch('Stemmen din er registrert: For');
    await expectNoAxeViolations(page, 'saken med stemmeskjemaet');
    await page.context().close();
  });

  it('the secretariat records one item by consensus and one by vote with counts and a dissent', async () => {
    const page = await loggedIn('Siri Havlund');
    await page.goto(`/forum/saker/${items.sorTroms}`);
    const consensus = page.getByRole('form', { name: `Før vedtaket i saken ${SOR_TROMS}` });
    await consensus.getByRole('textbox', { name: /^Vedtaket forumet ble enige om/ }).fill('Innstilt som omsøkt');
    await consensus.getByRole('button', { name: 'Før vedtaket' }).click();
    await expect.poll(() => decision(page).textContent()).toMatch(/Vedtatt ved\s*Konsensus.*Innstilt som omsøkt/);

    await page.goto(`/forum/saker/${items.nordTroms}`);
    const vote = page.getByRole('form', { name: `Før vedtaket i saken ${NORD_TROMS}` });
    await vote.getByRole('radio', { name: 'Avstemning' }).check();
    await vote.getByRole('textbox', { name: 'Antall stemmer: For' }).fill('2');
    await vote.getByRole('textbox', { name: 'Antall stemmer: Mot' }).fill('0');
    await vote.getByRole('textbox', { name: /^Dissens/ }).fill(DISSENT);
    await vote.getByRole('button', { name: 'Før vedtaket' }).click();
    // Only Frode is present: the server's bound, said on the counts.
    await expect.poll(() => page.getByRole('link', { name: '2 stemmer er flere enn de 1 stemmeberettigede som er til stede' }).count()).toBe(1);
    await vote.getByRole('textbox', { name: 'Antall stemmer: For' }).fill('1');
    await vote.getByRole('button', { name: 'Før vedtaket' }).click();
    await expect.poll(() => decision(page).textContent()).toMatch(`Avstemning: 1 for, 0 mot, 0 avstår`);
    expect(await decision(page).textContent()).toContain(DISSENT);
    await page.context().close();
  });

  it('the secretariat adopts the innstilling and downloads it as PDF and DOCX', async () => {
    const page = await loggedIn('Siri Havlund');
    await page.goto(`/forum/utlysninger/${roundId}/innstilling`);
    await expect.poll(() => page.getByRole('heading', { name: `1. ${SOR_TROMS}` }).count()).toBe(1);
    expect(await page.locator('main').textContent()).toContain('Utkast');
    const perItem = page.getByRole('region', { name: 'Vedtak per sak' });
    expect(await perItem.textContent()).toContain(DISSENT);
    await expectNoAxeViolations(page, 'innstillingen som utkast');

    await page.getByRole('region', { name: 'Vedta innstillingen' }).getByRole('button', { name: 'Vedta innstillingen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Vedta innstillingen?' });
    await dialog.getByRole('button', { name: 'Ja, vedta' }).click();
    await expect.poll(() => status(page).textContent()).toMatch('Innstillingen er vedtatt');
    await expect.poll(() => page.getByRole('region', { name: 'Vedta innstillingen' }).count()).toBe(0);
    const measure = page.getByRole('table', { name: `Fordeling per aktør og år: ${SOR_TROMS}` });
    expect(await measure.textContent()).toMatch(/2031.*kr\s100\s000.*kr\s50\s000.*kr\s150\s000/);
    await expectNoAxeViolations(page, 'innstillingen vedtatt');

    for (const [name, type] of [
      ['Innstillingen som PDF', 'application/pdf'],
      ['Innstillingen som Word (DOCX)', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ] as const) {
      const href = await page.getByRole('link', { name }).getAttribute('href');
      const response = await page.request.get(href!);
      expect(response.status(), name).toBe(200);
      expect(response.headers()['content-type'], name).toContain(type);
    }
    await page.context().close();
  });

  it('a member sees the item’s decision once it is recorded', async () => {
    const page = await loggedIn('Frode Myrvang');
    await page.goto(`/forum/saker/${items.nordTroms}`);
    await expect.poll(() => decision(page).textContent()).toMatch('Avstemning: 1 for, 0 mot, 0 avstår');
    expect(await decision(page).textContent()).toContain(DISSENT);
    expect(await page.getByRole('form', { name: /^Stem i saken/ }).count()).toBe(0);
    await page.context().close();
  });

  it('the coordinator sees "Innstilt", the amounts per year and the forum’s assessment — no scores', async () => {
    const page = await loggedIn('Ola Strand');
    await page.goto(`/behovsmeldinger/${sorTromsApp}`);
    const forum = page.getByRole('region', { name: 'Samarbeidsforumet' });
    await expect.poll(() => forum.textContent()).toMatch('Innstilt');
    const text = (await forum.textContent()) ?? '';
    expect(text).toMatch(/Forumet innstiller kr\s150\s000/);
    expect(await forum.getByRole('table', { name: 'Innstilte beløp per år' }).textContent()).toMatch(/2031kr\s100\s000kr\s50\s000kr\s150\s000/);
    expect(text).toContain(ASSESSMENT);
    expect(text).not.toMatch(/poeng/i);
    await expectNoAxeViolations(page, 'koordinatorens behovsmelding');
    await page.context().close();
  });
});
