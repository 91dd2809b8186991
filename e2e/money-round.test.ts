// Issue 15, "Must show" (first bullet): a round's money from the accepted tilsagn to the finance files, an account
// change and unused money, in one browser session against one database. Set up through the decision's use cases
// (src/test/utbetaling-fixture.ts issuedRound): Troms og Finnmark's round for 2071 with two prioritised tilsagn —
// Sør-Troms og Evenes (owner Harstad kommune, UH UiT) and Nord-Troms (owner Nordreisa kommune, UH UiT) — prepared,
// approved, issued and numbered in the round's case; only Sør-Troms accepted. And the 2072 round, where Sør-Troms has
// a submitted behovsmelding the forum allocates (a chosen scenario, a frame).
// In the browser: the case officer makes and approves the payment plan (the accepted tilsagn only; UiT as a state
// transfer); prepares a part payment and sends it — she is not offered its approval and the server refuses it; the
// budsjettdisponent approves; CSV and XLSX hold the accepted amount with the register's account, orgnr, case and
// document number and nothing of Nord-Troms. Harstad's coordinator changes the account: the next batch's file still
// holds the old one; a batch approved meanwhile goes back for a new approval when the case officer confirms the
// change, and its file then holds the new one. Unused money reported by the partnership: part held over to 2072 —
// shown beside the 2072 behovsmelding's section 6.1 and as net need on the forum's allocation screen — and part
// claimed back with a claim letter (PDF, DOCX) naming amount, the office's account and the due date. axe on every page.
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisation, utbetalingSetting } from '../src/db/schema/index.ts';
import { compact, normalised, pdfPages } from '../src/documents/blocks/test-pdf-text.ts';
import { pdfinfo } from '../src/documents/blocks/test-pdfinfo.ts';
import { systemClock, type Clock } from '../src/domain/shared/clock.ts';
import { createWorker, jobHandlers } from '../src/server/worker.ts';
import { setFrame } from '../src/test/forum-allocation-fixture.ts';
import { insertApplication, insertRound, insertScenario, OFFICE } from '../src/test/forum-innstilling-fixture.ts';
import { markQueuedJobsDone } from '../src/test/job-queue.ts';
import { orgId, partnershipByName, SOR_TROMS, UIT } from '../src/test/org-lookups.ts';
import { issuedRound } from '../src/test/utbetaling-fixture.ts';
import { demoLogin, expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

const YEAR = 2071;
const CASE = `${YEAR}/4713`;
const NORD_TROMS = 'Kompetanseløftet Nord-Troms';
const HARSTAD = 'Harstad kommune';
const NORDREISA = 'Nordreisa kommune';
/** The payable line as the batch form names it (partnership – payee year). */
const HARSTAD_LINE = `${SOR_TROMS} – ${HARSTAD} ${YEAR}`;
/** The account Harstad's coordinator enters (valid, mod 11). */
const NEW_KONTONR = '97100512347';
const HELD_OVER_KR = 50_000;
const CLAIMED_KR = 30_000;
const FILE_HEADER = ['Organisasjonsnummer', 'Navn', 'Kontonummer', 'Beløp', 'Saksnummer', 'Dokumentnummer', 'Tekst'];

let server: TestServer;
let browser: Browser;
let roundId: string;
let nextRoundId: string;
let nextApplicationId: string;
let sorTromsId: string;
let harstadId: string;
/** Harstad kommune in the register before the change: what the plan approves. */
let harstad: { orgnr: string; kontonr: string };
let sorTromsDocument: string;
let repaymentKontonr: string;
let repaymentDays: number;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const db = server.database.db;
  const uit = await orgId(db, UIT);
  sorTromsId = (await partnershipByName(db, SOR_TROMS)).id;
  const nordTromsId = (await partnershipByName(db, NORD_TROMS)).id;
  harstadId = await orgId(db, HARSTAD);
  const [register] = await db.select({ orgnr: organisation.orgnr, kontonr: organisation.kontonr }).from(organisation).where(eq(organisation.id, harstadId));
  harstad = { orgnr: register!.orgnr!, kontonr: register!.kontonr! };
  const issued = await issuedRound(db, {
    year: YEAR,
    caseNumber: CASE,
    applications: [
      {
        partnershipId: sorTromsId,
        priority: 1,
        lines: [
          { year: YEAR, recipient: 'owner', amountKr: 300_000 },
          { year: YEAR, recipient: 'uh', recipientOrgId: uit, amountKr: 150_000 },
        ],
      },
      {
        partnershipId: nordTromsId,
        priority: 2,
        lines: [
          { year: YEAR, recipient: 'owner', amountKr: 200_000 },
          { year: YEAR, recipient: 'uh', recipientOrgId: uit, amountKr: 120_000 },
        ],
      },
    ],
    // Nord-Troms' coordinator has not accepted: its tilsagn must reach neither the plan nor a file.
    accepted: [{ partnershipId: sorTromsId, by: 'koordinator' }],
  });
  roundId = issued.roundId;
  sorTromsDocument = issued.vedtakOf.get(sorTromsId)!.documentNumber!;
  expect(sorTromsDocument).toMatch(new RegExp(`^${CASE}-\\d+$`));
  // The letters' render jobs and e-mails are the tilsagn test's: only this test's claim letter is rendered below.
  await markQueuedJobsDone(db);

  // The next year: Sør-Troms asks again (owner 250 000, UH 100 000), and the forum's allocation has a scenario to show.
  nextRoundId = (await insertRound(db, YEAR + 1)).id;
  nextApplicationId = (await insertApplication(db, { roundId: nextRoundId, partnershipId: sorTromsId, year: YEAR + 1, ownerKr: 250_000, uhKr: 100_000 })).id;
  await insertScenario(db, { roundId: nextRoundId, applications: [{ applicationId: nextApplicationId, priority: 1 }], lines: [] });
  await setFrame(db, { year: YEAR + 1, amountKr: 900_000, confirmed: false });
  // The demo office's repayment settings (the demo's Siri set them): what the claim letter must name.
  const [setting] = await db.select().from(utbetalingSetting).where(eq(utbetalingSetting.officeId, OFFICE));
  repaymentKontonr = setting!.repaymentKontonr!;
  repaymentDays = setting!.repaymentDays;
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
const osloToday = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
/** Norwegian amounts as pages and letters write them, whatever the space between thousands. */
const kr = (text: string) => normalised(text);

/** A changing request as the page's own client sends it: with the session's CSRF token, so only the policy refuses. */
async function asClient(page: Page, url: string, data: unknown) {
  const session = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
  const res = await page.request.fetch(url, { method: 'POST', data, headers: { 'x-csrf-token': session.csrfToken } });
  return { status: res.status(), body: await res.text() };
}

async function openRound(page: Page) {
  await page.goto(`/utbetaling/utlysninger/${roundId}`);
  await page.getByRole('heading', { level: 1, name: 'Utbetalinger i utlysningen' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Utbetalingsbunter' }).waitFor();
}

async function openBatch(page: Page, id: string) {
  await page.goto(`/utbetaling/bunter/${id}`);
  await page.getByRole('heading', { level: 1, name: 'Utbetalingsbunt' }).waitFor();
  await page.getByRole('table', { name: /^Linjer i utbetalingen/ }).waitFor();
}

/** "Ny utbetalingsbunt" on the round's page with Harstad's line, `amountKr` of it (absent: the rest); the new batch's id. */
async function newBatch(page: Page, amountKr?: number): Promise<string> {
  await openRound(page);
  await page.getByLabel(`Ta med ${HARSTAD_LINE}`, { exact: true }).check();
  if (amountKr !== undefined) await page.getByLabel(`Beløp for ${HARSTAD_LINE}`, { exact: true }).fill(String(amountKr));
  await page.getByRole('button', { name: 'Opprett bunt' }).click();
  await page.waitForURL(/\/utbetaling\/bunter\/[0-9a-f-]+$/);
  await page.getByRole('table', { name: /^Linjer i utbetalingen/ }).waitFor();
  return new URL(page.url()).pathname.split('/').at(-1)!;
}

/** A step button of the batch page, then the status line it announces. */
async function batchStep(page: Page, button: string, done: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect.poll(() => status(page).textContent()).toContain(done);
}

/** The batch's finance file as the "Last ned" link fetches it (the first fetch marks the batch sent). */
async function paymentFile(page: Page, format: 'CSV' | 'XLSX'): Promise<Buffer> {
  const href = await page.getByRole('link', { name: `Last ned ${format}` }).getAttribute('href');
  const res = await page.request.get(href!);
  expect(res.status(), format).toBe(200);
  return res.body();
}

/** The CSV's rows by heading (';' between fields; none of this test's values holds ';' or a quote). */
function csvRows(data: Buffer): Record<string, string>[] {
  const [header, ...rows] = data.toString('utf8').replace(/^\uFEFF/, '').split('\r\n').filter((l) => l !== '').map((l) => l.split(';'));
  expect(header).toEqual(FILE_HEADER);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

async function xlsxRows(data: Buffer): Promise<Record<string, string>[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Utbetaling')!;
  const cells = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1).map((v) => String(v ?? ''));
  expect(cells(1)).toEqual(FILE_HEADER);
  return Array.from({ length: sheet.rowCount - 1 }, (_, i) => Object.fromEntries(FILE_HEADER.map((h, c) => [h, cells(i + 2)[c] ?? ''])));
}

/** Harstad's one row of a batch's file: the amount, the account, and what the finance system files it under. */
function expectHarstadRow(rows: Record<string, string>[], amountKr: number, kontonr: string, label: string) {
  expect(rows, label).toHaveLength(1);
  expect(rows[0], label).toMatchObject({
    Organisasjonsnummer: harstad.orgnr,
    Navn: HARSTAD,
    Kontonummer: kontonr,
    Beløp: String(amountKr),
    Saksnummer: CASE,
    Dokumentnummer: sorTromsDocument,
  });
  expect(JSON.stringify(rows), label).not.toMatch(/Nordreisa|Nord-Troms/);
}

const workerClock: Clock = { now: () => new Date(systemClock.now().getTime() + 1000) };
const silent = { error: () => undefined, info: () => undefined, warn: () => undefined, debug: () => undefined };

/** Runs every due job through the server's own handlers, as `serve`'s worker would (the test server runs none). */
async function runJobs() {
  const db = server.database.db;
  const runOnce = createWorker({ db, clock: workerClock, handlers: jobHandlers({ db, config: server.config, log: silent as never, clock: systemClock }), log: silent as never });
  while (await runOnce());
}

describe('a round’s money: plan, batches approved by another, files, an account change and unused money', () => {
  let siri: Page;
  let bjorn: Page;
  let firstBatch: string;
  let secondBatch: string;

  it('the case officer makes and approves the payment plan of the accepted tilsagn only', async () => {
    siri = await loggedIn('Siri Havlund');
    await openRound(siri);
    const tilsagn = siri.getByRole('table', { name: /^Tilsagn i utlysningen/ });
    await expect.poll(() => tilsagn.getByRole('row', { name: new RegExp(NORD_TROMS) }).innerText()).toContain('Venter på aksept');

    await siri.getByRole('button', { name: 'Lag betalingsplan' }).click();
    await expect.poll(() => status(siri).textContent()).toContain('Betalingsplanen er laget');
    await siri.getByRole('button', { name: 'Godkjenn betalingsplan' }).click();
    await expect.poll(() => status(siri).textContent()).toContain('Betalingsplanen er godkjent');
    await expectNoAxeViolations(siri, 'betalingsplanen godkjent');

    const lines = siri.getByRole('table', { name: 'Utbetalingsplanen per mottaker og år' });
    const rows = await lines.getByRole('row').allInnerTexts();
    const owner = rows.find((r) => r.includes(HARSTAD));
    expect(owner, rows.join('\n')).toContain(harstad.kontonr);
    expect(kr(owner!)).toContain('300 000');
    expect(owner).toContain('Utbetaling');
    const uh = rows.find((r) => r.includes(UIT));
    expect(uh, rows.join('\n')).toContain('Statlig overføring');
    expect(kr(uh!)).toContain('150 000');
    expect(rows.join('\n')).not.toMatch(new RegExp(`${NORDREISA}|${NORD_TROMS}`));
    expect(await tilsagn.getByRole('row', { name: new RegExp(NORD_TROMS) }).innerText()).toContain('Nei');
  });

  it('she prepares a part payment and sends it; she is offered no approval, and the server refuses hers', async () => {
    firstBatch = await newBatch(siri, 120_000);
    await expect.poll(() => status(siri).textContent()).toMatch(/Utbetalingsbunten er opprettet \(kr.120.000\)/);
    await expectNoAxeViolations(siri, 'ny utbetalingsbunt');
    await batchStep(siri, 'Send til godkjenning', 'Utbetalingen er sendt til godkjenning');
    await siri.getByText('Utbetalingen venter på godkjenning av en budsjettdisponent').waitFor();
    expect(await siri.getByRole('button', { name: 'Godkjenn' }).count()).toBe(0);

    const { batch } = (await (await siri.request.get(`/api/utbetaling/batches/${firstBatch}`)).json()) as { batch: { version: number; state: string } };
    expect(batch.state).toBe('til-godkjenning');
    const refused = await asClient(siri, `/api/utbetaling/batches/${firstBatch}/approve`, { expectedVersion: batch.version });
    expect(refused.status, refused.body).toBe(403);
    expect((JSON.parse(refused.body) as { error: { message: string } }).error.message).toMatch(/^Du har ikke tilgang/);
  });

  it('the budsjettdisponent approves it', async () => {
    bjorn = await loggedIn('Bjørn Disponent');
    await openBatch(bjorn, firstBatch);
    await expectNoAxeViolations(bjorn, 'bunten hos budsjettdisponenten');
    await batchStep(bjorn, 'Godkjenn', 'Utbetalingen er godkjent');
  });

  it('the CSV and XLSX hold the accepted amount with the approved account and nothing of the unaccepted tilsagn', async () => {
    await openBatch(siri, firstBatch);
    await expectNoAxeViolations(siri, 'bunten med filene');
    const csv = csvRows(await paymentFile(siri, 'CSV'));
    expectHarstadRow(csv, 120_000, harstad.kontonr, 'CSV');
    expect(csv[0]!.Tekst).toContain(SOR_TROMS);
    expectHarstadRow(await xlsxRows(await paymentFile(siri, 'XLSX')), 120_000, harstad.kontonr, 'XLSX');
  });

  it('the payee’s coordinator changes the account: the next file keeps the old one until a case officer confirms', async () => {
    const hanne = await loggedIn('Hanne Vik');
    await hanne.goto(`/organisasjoner/${harstadId}/rediger`);
    await hanne.getByRole('heading', { level: 1, name: `Rediger ${HARSTAD}` }).waitFor();
    await expectNoAxeViolations(hanne, 'organisasjonen redigeres');
    await hanne.getByLabel('Kontonummer').fill(NEW_KONTONR);
    await hanne.getByRole('button', { name: 'Lagre' }).click();
    await hanne.waitForURL(new RegExp(`/organisasjoner/${harstadId}$`));
    await hanne.getByText('9710 05 12347').waitFor();
    await hanne.context().close();

    // Prepared, approved and written after the change: the old, approved account.
    secondBatch = await newBatch(siri, 80_000);
    await batchStep(siri, 'Send til godkjenning', 'Utbetalingen er sendt til godkjenning');
    await openBatch(bjorn, secondBatch);
    await batchStep(bjorn, 'Godkjenn', 'Utbetalingen er godkjent');
    await openBatch(siri, secondBatch);
    expectHarstadRow(csvRows(await paymentFile(siri, 'CSV')), 80_000, harstad.kontonr, 'andre bunt');

    // The rest, approved before the change is confirmed: the confirmation sends it back for a new approval.
    const thirdBatch = await newBatch(siri);
    await batchStep(siri, 'Send til godkjenning', 'Utbetalingen er sendt til godkjenning');
    await openBatch(bjorn, thirdBatch);
    await batchStep(bjorn, 'Godkjenn', 'Utbetalingen er godkjent');

    await siri.goto('/utbetaling/kontoendringer');
    await siri.getByRole('heading', { level: 1, name: 'Kontoendringer' }).waitFor();
    const waiting = siri.getByRole('table', { name: 'Kontoendringer som venter på bekreftelse' });
    const change = waiting.getByRole('row', { name: new RegExp(HARSTAD) });
    await change.waitFor();
    expect(await change.innerText()).toMatch(new RegExp(`${harstad.kontonr.replace(/^(\d{4})(\d{2})(\d{5})$/, '$1.?$2.?$3')}[\\s\\S]*9710.?05.?12347`));
    await expectNoAxeViolations(siri, 'kontoendringer');
    await change.getByRole('button', { name: `Bekreft ${HARSTAD}` }).click();
    await expect.poll(() => status(siri).textContent()).toContain(`Kontonummeret til ${HARSTAD} er bekreftet`);
    expect(await status(siri).textContent()).toContain('Utbetalingsbunter som må godkjennes på nytt: 1');

    // The batch written before stays as it was sent; the one sent back is a draft with the new account.
    await openBatch(siri, secondBatch);
    expectHarstadRow(csvRows(await paymentFile(siri, 'CSV')), 80_000, harstad.kontonr, 'andre bunt etter bekreftelsen');
    await openBatch(siri, thirdBatch);
    await siri.getByText('Under arbeid').first().waitFor();
    await siri.getByText(`Kontonummeret til ${HARSTAD} er endret fra ${harstad.kontonr.replace(/^(\d{4})(\d{2})(\d{5})$/, '$1 $2 $3')} til 9710 05 12347`).waitFor();
    expect(await siri.getByRole('link', { name: 'Last ned CSV' }).count()).toBe(0);
    expect(await siri.getByRole('table', { name: /^Linjer i utbetalingen/ }).innerText()).toContain(NEW_KONTONR);
    await batchStep(siri, 'Send til godkjenning', 'Utbetalingen er sendt til godkjenning');
    await openBatch(bjorn, thirdBatch);
    await batchStep(bjorn, 'Godkjenn', 'Utbetalingen er godkjent');
    await openBatch(siri, thirdBatch);
    const third = csvRows(await paymentFile(siri, 'CSV'));
    expectHarstadRow(third, 100_000, NEW_KONTONR, 'tredje bunt');
  });

  it('unused money reported by the partnership: part held over to next year, shown beside 6.1 and as net need', async () => {
    // Paid money is what a partnership can report unused: the first batch is marked paid.
    await openBatch(siri, firstBatch);
    await siri.getByLabel('Betalingsdato').fill(osloToday());
    await batchStep(siri, 'Registrer utbetalt', 'Utbetalingen er registrert som betalt');

    await registerUnused(siri, HELD_OVER_KR, true);
    await siri.getByRole('radio', { name: 'Overføres til samme tiltak neste år' }).check();
    await expect.poll(() => siri.getByLabel('Til år').inputValue()).toBe(String(YEAR + 1));
    await siri.getByLabel('Begrunnelse').fill('Samlingene som ble avlyst, holdes neste år.');
    await siri.getByRole('button', { name: 'Fatt vedtak' }).click();
    await expect.poll(() => status(siri).textContent()).toContain('Vedtaket om de ubrukte midlene er lagret.');
    await siri.getByRole('heading', { level: 2, name: 'Vedtak om midlene' }).waitFor();
    await expectNoAxeViolations(siri, 'ubrukte midler overført');

    // Beside the applicant's own 6.1 of the next year's behovsmelding, as its coordinator reads it.
    const ola = await loggedIn('Ola Strand');
    await ola.goto(`/behovsmeldinger/${nextApplicationId}/seksjon-6`);
    const heldOver = ola.getByText(/^Statsforvalterens vedtak: overført til/);
    await heldOver.waitFor();
    expect(kr(await heldOver.innerText())).toBe(
      kr(`Statsforvalterens vedtak: overført til ${YEAR + 1} fra tidligere tilsagn (${sorTromsDocument}) – eier kr 50 000, UH kr 0. Beløpene dere har oppgitt i 6.1, er ikke endret.`),
    );
    await expectNoAxeViolations(ola, 'seksjon 6 med overførte midler');
    await ola.context().close();

    // The forum weighs the net need: 250 000 + 100 000 asked, 50 000 already there.
    const frode = await loggedIn('Frode Myrvang');
    await frode.goto(`/forum/utlysninger/${nextRoundId}/fordeling`);
    const netNeed = frode.getByText(/Nettobehov/);
    await netNeed.waitFor();
    expect(kr(await netNeed.innerText())).toBe(kr(`Overført til ${YEAR + 1} fra tidligere tilsagn: 50 000 kr · Nettobehov: 300 000 kr`));
    await expectNoAxeViolations(frode, 'fordelingen med nettobehov');
    await frode.context().close();
  });

  it('part claimed back: the claim letter downloads as tagged PDF and DOCX with amount, account and due date', async () => {
    await registerUnused(siri, CLAIMED_KR, false);
    await siri.getByRole('radio', { name: 'Kreves tilbakebetalt' }).check();
    await siri.getByLabel('Begrunnelse').fill('Midlene er ikke brukt til formålet og er ikke søkt overført.');
    await siri.getByRole('button', { name: 'Fatt vedtak' }).click();
    await expect.poll(() => status(siri).textContent()).toContain('Vedtaket om de ubrukte midlene er lagret.');
    await siri.getByRole('heading', { level: 2, name: 'Krav om tilbakebetaling' }).waitFor();
    await runJobs();
    const pdfLink = siri.getByRole('link', { name: 'Last ned krav (PDF)' });
    await pdfLink.waitFor({ timeout: 15_000 });
    await expectNoAxeViolations(siri, 'kravet om tilbakebetaling');

    const claim = await siri.locator('dl').first().innerText();
    const number = claim.match(new RegExp(`${CASE}-\\d+`))?.[0];
    expect(number, claim).toBeDefined();
    const due = new Date(`${osloToday()}T12:00:00Z`);
    due.setUTCDate(due.getUTCDate() + repaymentDays);
    const dueInLetter = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(due);

    const download = async (name: string) => {
      const res = await siri.request.get((await siri.getByRole('link', { name }).getAttribute('href'))!);
      expect(res.status(), name).toBe(200);
      return res.body();
    };
    const pdf = await download('Last ned krav (PDF)');
    expect(await pdfinfo(pdf)).toMatch(/Tagged:\s+yes/);
    const text = compact((await pdfPages(pdf)).join('\n'));
    for (const phrase of [number!, '30 000', repaymentKontonr.replace(/^(\d{4})(\d{2})(\d{5})$/, '$1 $2 $3'), dueInLetter, HARSTAD, sorTromsDocument])
      expect(text, `kravbrevet (PDF): ${phrase}`).toContain(compact(phrase));
    const xml = new TextDecoder().decode(unzipSync(new Uint8Array(await download('Last ned krav (DOCX)')))['word/document.xml']!);
    const docx = compact([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!).join(' '));
    for (const phrase of [number!, '30 000', dueInLetter]) expect(docx, `kravbrevet (DOCX): ${phrase}`).toContain(compact(phrase));
  });

  /** "Registrer ubrukte midler" on the partnership's money page (Harstad's share of the year, reported), then the new
   * case; `axe`: the page is checked once, after the first registration lists a case. */
  async function registerUnused(page: Page, amountKr: number, axe: boolean) {
    await page.goto(`/utbetaling/partnerskap/${sorTromsId}`);
    await page.getByRole('heading', { level: 2, name: 'Registrer ubrukte midler' }).waitFor();
    await page.getByLabel('Tilsagn, år og mottaker').selectOption({ label: `${YEAR} – ${HARSTAD} (tilsagn ${sorTromsDocument})` });
    await page.getByLabel('Beløp (kr)').fill(String(amountKr));
    await page.getByRole('radio', { name: 'Rapportert av partnerskapet' }).check();
    await page.getByLabel('Merknad').fill('Rapporten viser at to samlinger ble avlyst.');
    await page.getByRole('button', { name: 'Registrer ubrukte midler' }).click();
    await expect.poll(() => status(page).textContent()).toContain('De ubrukte midlene er registrert.');
    if (axe) await expectNoAxeViolations(page, 'partnerskapets utbetalinger');
    // The one case of the year still waiting for a decision is the one just registered.
    const row = page.getByRole('table', { name: /^Ubrukte midler med status/ }).getByRole('row').filter({ hasText: 'Registrert, venter på vedtak' });
    await row.getByRole('link', { name: `${HARSTAD}, ${YEAR}` }).click();
    await page.getByRole('heading', { level: 2, name: 'Vedtak om ubrukte midler' }).waitFor();
  }
});
