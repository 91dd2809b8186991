// Issue 14, "Must show": a round's decisions from the adopted innstilling to the letters, in one browser session
// against one database. Set up: Troms og Finnmark's round for 2067, whose innstilling the forum adopted (written as
// adoption leaves it, src/test/tilsagn-fixture.ts; the forum's own browser test drives adoption): Sør-Troms og
// Evenes prioritised over three years (owner Harstad, UH UiT), Nord-Troms prioritised for one year (owner Nordreisa,
// which writes nynorsk), Guovdageaidnu not prioritised; the next year's frame kr 900 000.
// In the browser: the case officer records Nordreisa's nynorsk, prepares the decisions, reduces Nord-Troms (refused
// until the deviation has a reason); the admin edits the avslag's reasons and may then not approve the list (the
// policy refuses self-approval, admin included; so it does the case officer who prepared it); the budsjettdisponent
// approves; the next year's frame shows the three-year tilsagn's binding reservation, and the forum's next meeting
// the deviation with its reason; the letters are issued in one
// action, rendered by the job queue and downloaded as tagged PDF and DOCX whose text holds what the issue lists; the
// nynorsk letter holds none of the Bokmål-only words; the owner accepts; a klage on the avslag is registered and
// forwarded with its documents as a ZIP. axe on every page of the flow.
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { behovsmeldingRoundCase } from '../src/db/schema/index.ts';
import { compact, pdfPages } from '../src/documents/blocks/test-pdf-text.ts';
import { pdfinfo } from '../src/documents/blocks/test-pdfinfo.ts';
import { systemClock, type Clock } from '../src/domain/shared/clock.ts';
import { bokmalOnlyWordsIn } from '../src/domain/tilsagn/bokmal-only-words.ts';
import { SAMI_PARTNERSHIP_NAME } from '../src/seed/demo-sami-coordinator.ts';
import { createWorker, jobHandlers } from '../src/server/worker.ts';
import { setFrame } from '../src/test/forum-allocation-fixture.ts';
import { insertMeeting, OFFICE } from '../src/test/forum-innstilling-fixture.ts';
import { markQueuedJobsDone } from '../src/test/job-queue.ts';
import { orgId, partnershipByName, SOR_TROMS, UIT } from '../src/test/org-lookups.ts';
import { insertAdoptedRound } from '../src/test/tilsagn-fixture.ts';
import { demoLogin, expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

const YEAR = 2067;
const CASE = `${YEAR}/4711`;
const NORD_TROMS = 'Kompetanseløftet Nord-Troms';
const GUOVDAGEAIDNU = SAMI_PARTNERSHIP_NAME;
const NOT_PRIORITISED = 'Behovsmeldingen bygger ikke på kartleggingen i barnehagene.';
const MORE_REASONS = 'Partnerskapet kan søke igjen neste år.';
const DEVIATION = 'Reisekostnadene dekkes av eierne selv, så eierandelen er redusert med 40 000 kroner.';
const KLAGE = 'Vi mener kartleggingen i barnehagene ble gjort høsten før, og ber om at vedtaket vurderes på nytt.';
const ASSESSMENT = 'Statsforvalteren står ved vedtaket: kartleggingen er ikke lagt ved behovsmeldingen.';

let server: TestServer;
let browser: Browser;
let roundId: string;
let meetingId: string;
const applicationOf: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const db = server.database.db;
  // The demo's own queued jobs are not this test's: only the letters issued here are rendered below.
  await markQueuedJobsDone(db);
  const uit = await orgId(db, UIT);
  const partnerships = { sorTroms: await partnershipByName(db, SOR_TROMS), nordTroms: await partnershipByName(db, NORD_TROMS), sami: await partnershipByName(db, GUOVDAGEAIDNU) };
  const { round, applications } = await insertAdoptedRound(db, {
    officeId: OFFICE,
    year: YEAR,
    applications: [
      {
        partnershipId: partnerships.sorTroms.id,
        priority: 1,
        lines: [
          { year: YEAR, recipient: 'owner', amountKr: 300_000 },
          { year: YEAR, recipient: 'uh', recipientOrgId: uit, amountKr: 150_000 },
          { year: YEAR + 1, recipient: 'owner', amountKr: 250_000 },
          { year: YEAR + 1, recipient: 'uh', recipientOrgId: uit, amountKr: 100_000 },
          { year: YEAR + 2, recipient: 'owner', amountKr: 200_000 },
          { year: YEAR + 2, recipient: 'uh', recipientOrgId: uit, amountKr: 80_000 },
        ],
      },
      {
        partnershipId: partnerships.nordTroms.id,
        priority: 2,
        lines: [
          { year: YEAR, recipient: 'owner', amountKr: 200_000 },
          { year: YEAR, recipient: 'uh', recipientOrgId: uit, amountKr: 120_000 },
        ],
      },
      // Left out of the chosen scenario: no lines, a reason.
      { partnershipId: partnerships.sami.id, priority: null, reason: NOT_PRIORITISED, lines: [] },
    ],
  });
  roundId = round.id;
  [SOR_TROMS, NORD_TROMS, GUOVDAGEAIDNU].forEach((name, i) => (applicationOf[name] = applications[i]!.id));
  // The round's case in Troms (the fixture's applications are Troms'): the letters are numbered in it.
  await db.insert(behovsmeldingRoundCase).values({ roundId, countyNumber: '55', caseNumber: CASE });
  await setFrame(db, { year: YEAR + 1, amountKr: 900_000, confirmed: false });
  // The forum's next meeting, two days ahead (before the demo's own): it is to see the decisions that deviate.
  const inTwoDays = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date(Date.now() + 2 * 86_400_000));
  meetingId = (await insertMeeting(db, { roundId, startsAtLocal: `${inTwoDays}T10:00:00`, present: [] })).id;
}, 120_000);
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
const batchTable = (page: Page) => page.getByRole('table', { name: /^Godkjenningsliste 1/ });

async function openRound(page: Page) {
  await page.goto('/tilsagn');
  await page.getByRole('heading', { level: 1, name: 'Tilsagn' }).waitFor();
  await page.getByRole('link', { name: `Behovsmeldinger ${YEAR}` }).click();
  await page.getByRole('heading', { level: 1, name: 'Vedtak i utlysningen' }).waitFor();
}

/** A changing request as the page's own client sends it: with the session's CSRF token, so only the policy refuses. */
async function asClient(page: Page, method: 'POST', url: string, data: unknown = {}) {
  const session = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
  const res = await page.request.fetch(url, { method, data, headers: { 'x-csrf-token': session.csrfToken } });
  return { status: res.status(), body: await res.text() };
}

async function batchOf(page: Page): Promise<{ id: string; version: number }> {
  const answer = (await (await page.request.get(`/api/tilsagn/rounds/${roundId}/vedtak`)).json()) as { batches: { id: string; version: number }[] };
  return answer.batches[0]!;
}

const workerClock: Clock = { now: () => new Date(systemClock.now().getTime() + 1000) };
const silent = { error: () => undefined, info: () => undefined, warn: () => undefined, debug: () => undefined };

/** Runs every due job through the server's own handlers, as `serve`'s worker would (the test server runs none). */
async function runJobs() {
  const db = server.database.db;
  const runOnce = createWorker({ db, clock: workerClock, handlers: jobHandlers({ db, config: server.config, log: silent as never, clock: systemClock }), log: silent as never });
  while (await runOnce());
}

describe('a round decided, approved by another, issued, accepted and appealed', () => {
  let siri: Page;
  let vedtakOf: Record<string, string> = {};

  it('the case officer records that Nordreisa writes nynorsk', async () => {
    siri = await loggedIn('Siri Havlund');
    await siri.goto('/tilsagn/innstillinger');
    await siri.getByRole('heading', { level: 1, name: 'Brevinnstillinger og mottakere' }).waitFor();
    await siri.getByRole('table', { name: 'Mottakere i embetets partnerskap' }).waitFor();
    await expectNoAxeViolations(siri, 'brevinnstillinger');
    await siri.getByText('Endre Nordreisa kommune').click();
    const row = siri.locator('details', { has: siri.getByText('Endre Nordreisa kommune') });
    await row.getByLabel(/^Målform/).selectOption({ label: 'Nynorsk' });
    // Waiting for the server's answer first: a failure then names what the server said, not an empty status line.
    const saved = siri.waitForResponse((r) => r.url().endsWith('/recipient-profile') && r.request().method() === 'PUT', { timeout: 30_000 });
    await row.getByRole('button', { name: 'Lagre' }).click();
    const answer = await saved;
    expect(answer.status(), await answer.text()).toBe(200);
    await expect.poll(() => status(siri).textContent()).toMatch(/Nordreisa kommune/);
    await expectNoAxeViolations(siri, 'mottaker lagret');
  });

  it('prepares the decisions from the adopted innstilling: two tilsagn, one over three years, and an avslag', async () => {
    await openRound(siri);
    await expectNoAxeViolations(siri, 'utlysningen før vedtak');
    await siri.getByRole('button', { name: 'Forbered vedtak' }).click();
    await batchTable(siri).waitFor();
    await expect.poll(() => status(siri).textContent()).toContain('Vedtakene er forberedt');
    const rows = await batchTable(siri).getByRole('row').allInnerTexts();
    expect(rows.find((r) => r.includes(SOR_TROMS))).toMatch(new RegExp(`Tilsagn[\\s\\S]*${YEAR}[\\s\\S]*${YEAR + 1}[\\s\\S]*${YEAR + 2}`));
    expect(rows.find((r) => r.includes(GUOVDAGEAIDNU))).toContain('Avslag');
    await expectNoAxeViolations(siri, 'vedtak forberedt');
    const answer = (await (await siri.request.get(`/api/tilsagn/rounds/${roundId}/vedtak`)).json()) as { batches: { decisions: { id: string; partnershipName: string }[] }[] };
    vedtakOf = Object.fromEntries(answer.batches[0]!.decisions.map((v) => [v.partnershipName, v.id]));
    expect(Object.keys(vedtakOf).sort()).toEqual([GUOVDAGEAIDNU, NORD_TROMS, SOR_TROMS].sort());
  });

  it('reduces Nord-Troms, which the server refuses until the deviation has a written reason', async () => {
    await siri.getByRole('link', { name: `Rediger vedtaket for ${NORD_TROMS}` }).click();
    await siri.getByRole('heading', { level: 1, name: `Vedtak: ${NORD_TROMS}` }).waitFor();
    await expectNoAxeViolations(siri, 'vedtaket');
    await siri.getByLabel(`Beløp ${YEAR} – Nordreisa kommune`).fill('160000');
    await siri.getByRole('button', { name: 'Lagre vedtak' }).click();
    await siri.getByText('For å gå videre må du rette opp følgende feil:').waitFor();
    await expectNoAxeViolations(siri, 'vedtaket med feiloppsummering');
    await siri.getByLabel('Begrunnelse for avvik fra innstillingen').fill(DEVIATION);
    await siri.getByRole('button', { name: 'Lagre vedtak' }).click();
    await expect.poll(() => status(siri).textContent()).toContain(`Vedtaket for ${NORD_TROMS} er lagret`);
  });

  it('the admin who edited a decision cannot approve the list, nor can the case officer who prepared it', async () => {
    const ada = await loggedIn('Ada Fjellheim');
    await ada.goto(`/tilsagn/vedtak/${vedtakOf[GUOVDAGEAIDNU]}`);
    await ada.getByRole('heading', { level: 1, name: `Vedtak: ${GUOVDAGEAIDNU}` }).waitFor();
    const reasons = ada.getByLabel('Begrunnelse', { exact: true });
    await reasons.fill(`${await reasons.inputValue()} ${MORE_REASONS}`);
    await ada.getByRole('button', { name: 'Lagre vedtak' }).click();
    await expect.poll(() => status(ada).textContent()).toContain(`Vedtaket for ${GUOVDAGEAIDNU} er lagret`);

    await openRound(siri);
    await siri.getByRole('button', { name: 'Send til godkjenning' }).click();
    await expect.poll(() => status(siri).textContent()).toContain('Godkjenningslisten er sendt til godkjenning');
    await expectNoAxeViolations(siri, 'sendt til godkjenning');
    expect(await siri.getByRole('button', { name: 'Godkjenn' }).count()).toBe(0);

    const batch = await batchOf(siri);
    for (const [who, page] of [['saksbehandleren', siri], ['admin', ada]] as const) {
      const refused = await asClient(page, 'POST', `/api/tilsagn/batches/${batch.id}/approve`, { expectedVersion: batch.version });
      expect(refused.status, `${who}: ${refused.body}`).toBe(403);
    }
    await ada.goto(`/tilsagn/utlysninger/${roundId}`);
    await batchTable(ada).waitFor();
    expect(await ada.getByRole('button', { name: 'Godkjenn' }).count()).toBe(0);
    await ada.context().close();
  });

  it('the budsjettdisponent approves; the next year’s frame shows the binding reservation and the forum’s next meeting the deviation', async () => {
    const bjorn = await loggedIn('Bjørn Disponent');
    await openRound(bjorn);
    await expectNoAxeViolations(bjorn, 'til godkjenning');
    await bjorn.getByRole('button', { name: 'Godkjenn' }).click();
    await expect.poll(() => status(bjorn).textContent()).toContain('Godkjenningslisten er godkjent');
    await expectNoAxeViolations(bjorn, 'godkjent');
    await bjorn.context().close();

    await siri.goto('/forum/rammer');
    const frames = siri.getByRole('table', { name: /^Rammer og reservasjoner per år: Kompetanseløftet/ });
    const nextYear = frames.getByRole('row', { name: new RegExp(`^${YEAR + 1}\\b`) });
    await nextYear.waitFor();
    await expectNoAxeViolations(siri, 'rammene');
    // Sør-Troms' 2068: 250 000 to the owner and 100 000 to UiT, now binding; the frame of 900 000 has 550 000 left.
    const headers = await frames.getByRole('columnheader').allInnerTexts();
    const cells = await nextYear.getByRole('cell').allInnerTexts();
    // The year is the row's header, so the cells start at the second column.
    const kroner = (name: string) => compact(cells[headers.findIndex((h) => h.includes(name)) - 1] ?? '').replace(/kr/g, '');
    expect(kroner('Reservert foreløpig')).toBe('0');
    expect(kroner('Reservert bindende')).toBe('350000');
    expect(kroner('Gjenstår')).toBe('550000');

    // The forum's next meeting sees the decision that deviates from its innstilling, with the written reason.
    await siri.goto(`/forum/moter/${meetingId}`);
    const deviations = siri.getByRole('table', { name: /^Vedtak som avviker fra innstillingen/ });
    await deviations.waitFor();
    const listed = await deviations.innerText();
    expect(listed).toContain(NORD_TROMS);
    expect(listed).toContain(DEVIATION);
    expect(listed).not.toContain(SOR_TROMS);
    await expectNoAxeViolations(siri, 'forumsmøtet med avvik');
  });

  it('issues the round’s letters in one action; they download as tagged PDF and as DOCX holding what the law asks', async () => {
    await openRound(siri);
    await siri.getByRole('button', { name: 'Utsted vedtaksbrev' }).click();
    await siri.getByRole('table', { name: 'Utstedte vedtaksbrev' }).waitFor();
    await runJobs();
    await expect.poll(() => status(siri).textContent(), { timeout: 15_000 }).toContain('Alle brev er klare');
    await expectNoAxeViolations(siri, 'brevene utstedt');

    const letters = await siri.getByRole('table', { name: 'Utstedte vedtaksbrev' }).getByRole('row').allInnerTexts();
    const numbers = letters.flatMap((r) => r.match(new RegExp(`${CASE}-\\d+`, 'g')) ?? []);
    expect(new Set(numbers).size, letters.join('\n')).toBe(3);
    const numberOf = (name: string) => letters.find((r) => r.includes(name))?.match(new RegExp(`${CASE}-\\d+`))?.[0] ?? '';

    const download = async (format: 'PDF' | 'DOCX', number: string) => {
      const href = await siri.getByRole('link', { name: `${format} ${number}`, exact: true }).getAttribute('href');
      const res = await siri.request.get(href!);
      expect(res.status(), `${format} ${number}`).toBe(200);
      return res.body();
    };
    const textOf = async (name: string) => {
      const number = numberOf(name);
      expect(number, name).toMatch(new RegExp(`^${CASE}-\\d+$`));
      const pdf = await download('PDF', number);
      expect(await pdfinfo(pdf), `${name}: PDF`).toMatch(/Tagged:\s+yes/);
      const xml = new TextDecoder().decode(unzipSync(new Uint8Array(await download('DOCX', number)))['word/document.xml']!);
      return {
        pdf: compact((await pdfPages(pdf)).join('\n')),
        docx: compact([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&amp;/g, '&')).join(' ')),
        number,
      };
    };

    const common = ['Kap. 226 post 21', 'Siri Havlund', 'Bjørn Disponent'];
    const sorTroms = await textOf(SOR_TROMS);
    for (const [format, text] of Object.entries({ pdf: sorTroms.pdf, docx: sorTroms.docx })) {
      for (const phrase of [sorTroms.number, ...common, 'Harstad kommune', UIT, '300 000', '150 000', '250 000', '100 000', '200 000', '80 000', 'tre uker', 'Utdanningsdirektoratet'])
        expect(text, `${format}: ${SOR_TROMS}`).toContain(compact(phrase));
    }
    const nordTroms = await textOf(NORD_TROMS);
    for (const [format, text] of Object.entries({ pdf: nordTroms.pdf, docx: nordTroms.docx })) {
      for (const phrase of [nordTroms.number, ...common, 'Nordreisa kommune', '160 000', '120 000', DEVIATION, 'tre veker', 'Utdanningsdirektoratet'])
        expect(text, `${format}: ${NORD_TROMS}`).toContain(compact(phrase));
    }
    // The Bokmål-only words checked in the words' own spacing: the compacted text would hide word boundaries.
    const nynorskPdf = await download('PDF', nordTroms.number);
    expect(bokmalOnlyWordsIn((await pdfPages(nynorskPdf)).join('\n')), 'nynorskbrevet').toEqual([]);
    const avslag = await textOf(GUOVDAGEAIDNU);
    for (const phrase of [avslag.number, NOT_PRIORITISED, MORE_REASONS, 'tre uker', 'Utdanningsdirektoratet']) expect(avslag.pdf, 'avslaget').toContain(compact(phrase));
  });

  it('the owner’s coordinator accepts the tilsagn on the application’s page', async () => {
    const ola = await loggedIn('Ola Strand');
    await ola.goto(`/behovsmeldinger/${applicationOf[SOR_TROMS]}`);
    const section = ola.getByRole('region', { name: 'Vedtak', exact: true });
    await section.waitFor();
    await expectNoAxeViolations(ola, 'søknaden med vedtaket');
    await section.getByRole('button', { name: 'Aksepter tilsagnet' }).click();
    await section.getByText('Bekreft at dere aksepterer tilsagnet og vilkårene i brevet').first().waitFor();
    await section.getByRole('checkbox', { name: 'Vi aksepterer tilsagnet og vilkårene i brevet' }).check();
    await section.getByRole('button', { name: 'Aksepter tilsagnet' }).click();
    await expect.poll(() => status(ola).textContent()).toContain('Tilsagnet er akseptert.');
    await expect.poll(() => section.getByText(/Akseptert .* av Ola Strand/).count()).toBe(1);
    await expectNoAxeViolations(ola, 'tilsagnet akseptert');
    await ola.context().close();
  });

  it('a klage on the avslag is registered and forwarded to the appeal body with the case documents as one ZIP', async () => {
    await siri.goto(`/tilsagn/vedtak/${vedtakOf[GUOVDAGEAIDNU]}`);
    await siri.getByRole('heading', { level: 1, name: `Vedtak: ${GUOVDAGEAIDNU}` }).waitFor();
    await expectNoAxeViolations(siri, 'avslaget utstedt');
    // Received today, well inside the three weeks from the letter.
    await siri.getByLabel(/^Dato mottatt/).fill(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date()));
    await siri.getByRole('textbox', { name: /^Klagen\b/ }).fill(KLAGE);
    await siri.getByRole('button', { name: 'Registrer klage' }).click();
    await siri.waitForURL(/\/tilsagn\/klager\//);
    await siri.getByText('Kom inn i tide').waitFor();
    await expectNoAxeViolations(siri, 'klagen');
    await siri.getByRole('button', { name: 'Send til klageinstansen' }).click();
    await siri.getByRole('textbox', { name: /^Statsforvalterens vurdering/ }).fill(ASSESSMENT);
    await siri.getByRole('button', { name: 'Send til klageinstansen' }).click();
    await expect.poll(() => status(siri).textContent()).toContain('Klagen er sendt til klageinstansen.');
    await expectNoAxeViolations(siri, 'klagen sendt');
    const href = await siri.getByRole('link', { name: 'Saksdokumenter (ZIP)' }).getAttribute('href');
    const zip = await siri.request.get(href!);
    expect(zip.status()).toBe(200);
    const files = Object.keys(unzipSync(new Uint8Array(await zip.body())));
    expect(files.length, files.join(', ')).toBeGreaterThanOrEqual(3);
    expect(files.some((f) => /klage/i.test(f)), files.join(', ')).toBe(true);
    expect(files.some((f) => /vedtak|brev/i.test(f)), files.join(', ')).toBe(true);
  });
});
