// Issuing a round's letters in one action (issue 14, point 3), on a real database through the app's routes: only an
// approved list is issued, by the office's case officers; each letter is numbered `YYYY/N-M` in its county's case
// after the documents already there (the behovsmeldinger), written in the addressee's standard with a Sámi copy where
// a reviewed translation exists, dated, given its last day to accept when money is paid out, and queued for the
// worker, which stores PDF and Word. Another office gets 403; a partnership sees nothing before issue and then only
// its own letter. The approved list is written straight into the tables (src/test/tilsagn-letters-fixture.ts).
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentNumbersInCase } from '../../../db/behovsmelding-round-repository.ts';
import { compact, pdfPages } from '../../../documents/blocks/test-pdf-text.ts';
import { MAX_JOB_ATTEMPTS } from '../../../db/job-repository.ts';
import { auditLog, emailOutbox, job, letterTemplate, recipientProfile, vedtak, vedtakBatch, vedtakLetter } from '../../../db/schema/index.ts';
import { nextDocumentSequence, parseDocumentNumber } from '../../../domain/behovsmelding/case-number.ts';
import { systemClock, type Clock } from '../../../domain/shared/clock.ts';
import { defaultLetterTemplate } from '../../../domain/tilsagn/default-letter-templates.ts';
import { addDaysLocal, osloDateOf, RENDER_VEDTAK_LETTER_JOB } from '../../../domain/tilsagn/issue-letters.ts';
import { loadLetterInput } from '../../../loaders/tilsagn/load-letter-input.ts';
import { renderVedtakLetterHandler } from '../../jobs/render-vedtak-letter-job.ts';
import { PermanentJobError } from '../../jobs/job-handler.ts';
import { createWorker, jobHandlers } from '../../worker.ts';
import { markQueuedJobsDone } from '../../../test/job-queue.ts';
import { orgId, partnershipByName, SOR_TROMS, UIT } from '../../../test/org-lookups.ts';
import { createTestApp, loginAs, type TestApp } from '../../../test/test-app.ts';
import { insertApprovedRound, type ApprovedRound } from '../../../test/tilsagn-letters-fixture.ts';

const YEAR = 2081;
const CASE = '2081/4471';
const OFFICE = 'troms-og-finnmark';
const silent = { info: () => {}, error: () => {} };

let t: TestApp;
let round: ApprovedRound;
let pending: ApprovedRound;
/** Per partnership: its decision. */
let ids: { sorTroms: string; nordTroms: string; dekomp: string };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  // The demo data queued jobs of its own: only this test's are counted and run. So are its letters (the demo's
  // issued round, src/seed/demo-tilsagn/), whose jobs no worker runs here.
  await markQueuedJobsDone(db);
  await db.delete(vedtakLetter);
  const sorTroms = await partnershipByName(db, SOR_TROMS);
  const nordTroms = await partnershipByName(db, 'Kompetanseløftet Nord-Troms');
  const dekomp = await partnershipByName(db, 'Dekomp Troms fylkeskommune');
  const uit = await orgId(db, UIT);
  const samisk = await orgId(db, 'Sámi allaskuvla / Samisk høgskole');
  // The demo records profiles of its own (src/seed/demo-tilsagn/recipients.ts): this test sets its own.
  await db.delete(recipientProfile);
  // State UH are transferred; Nordreisa (Nord-Troms's applicant) writes nynorsk and Northern Sámi.
  await db.insert(recipientProfile).values([
    { organisationId: uit, receipt: 'statlig-overforing' },
    { organisationId: samisk, receipt: 'statlig-overforing' },
    { organisationId: nordTroms.applicantId, writtenStandard: 'nynorsk', samiLanguage: 'se' },
    // Writes Sámi too, but its avslag template in Northern Sámi is only the draft default: no copy is sent.
    { organisationId: dekomp.applicantId, samiLanguage: 'se' },
  ]);
  // The office has reviewed its Northern Sámi tilsagn template: Nord-Troms gets a copy in it.
  await db.insert(letterTemplate).values({
    officeId: OFFICE,
    schemeId: 'kompetanseloftet',
    kind: 'tilsagn',
    language: 'se',
    sections: defaultLetterTemplate('tilsagn', 'se')!.sections,
    status: 'reviewed',
    updatedByName: 'Siri Saksbehandler',
  });
  round = await insertApprovedRound(db, {
    officeId: OFFICE,
    year: YEAR,
    countyNumber: '55',
    caseNumber: CASE,
    decisions: [
      {
        partnershipId: sorTroms.id,
        kind: 'tilsagn',
        // The case's documents so far: -1 and -3 (a gap is not reused; the next is after the highest).
        submittedDocumentNumber: `${CASE}-1`,
        lines: [
          { year: YEAR, recipient: 'owner', recipientOrgId: sorTroms.payeeId, amountKr: 300_000 },
          { year: YEAR, recipient: 'uh', recipientOrgId: uit, amountKr: 100_000 },
          { year: YEAR + 1, recipient: 'owner', recipientOrgId: sorTroms.payeeId, amountKr: 200_000, conditional: true },
          { year: YEAR + 2, recipient: 'owner', recipientOrgId: sorTroms.payeeId, amountKr: 150_000, conditional: true },
        ],
      },
      {
        partnershipId: nordTroms.id,
        kind: 'tilsagn',
        submittedDocumentNumber: `${CASE}-3`,
        // State transfers only: nothing to accept.
        lines: [
          { year: YEAR, recipient: 'uh', recipientOrgId: uit, amountKr: 80_000 },
          { year: YEAR, recipient: 'uh', recipientOrgId: samisk, amountKr: 20_000 },
        ],
      },
      { partnershipId: dekomp.id, kind: 'avslag', reasons: 'Tiltaket ble ikke prioritert innenfor rammen.' },
    ],
  });
  ids = { sorTroms: round.vedtakIds[0]!, nordTroms: round.vedtakIds[1]!, dekomp: round.vedtakIds[2]! };
  pending = await insertApprovedRound(db, {
    officeId: OFFICE,
    year: YEAR + 10,
    countyNumber: '55',
    caseNumber: '2091/4471',
    batchState: 'til-godkjenning',
    decisions: [{ partnershipId: sorTroms.id, kind: 'avslag' }],
  });
}, 60_000);
afterAll(() => t.close());

const workerClock: Clock = { now: () => new Date(systemClock.now().getTime() + 1000) };

/** Runs every due job through the server's own handlers, as `serve`'s worker would. */
async function runQueuedJobs(): Promise<number> {
  const db = t.database.db;
  const runOnce = createWorker({ db, clock: workerClock, handlers: jobHandlers({ db, config: t.config, log: silent, clock: systemClock }), log: silent });
  let ran = 0;
  while (await runOnce()) ran++;
  return ran;
}

const letterUrl = (vedtakId: string, format: 'pdf' | 'docx', language?: string) => `/api/tilsagn/vedtak/${vedtakId}/letter.${format}${language ? `?language=${language}` : ''}`;

describe('issuing a round’s letters', () => {
  it('is refused before approval, to another office, to the forum — and changes nothing', async () => {
    const db = t.database.db;
    const siri = await loginAs(t.app, 'saksbehandler', db);
    const notApproved = await siri.post(`/api/tilsagn/batches/${pending.batchId}/issue`);
    expect(notApproved.statusCode, notApproved.body).toBe(409);
    expect(notApproved.json().message ?? notApproved.body).toMatch(/godkjent/);
    for (const who of ['saksbehandlerNordland', 'forum', 'koordinator'] as const) {
      const res = await (await loginAs(t.app, who, db)).post(`/api/tilsagn/batches/${round.batchId}/issue`);
      expect(res.statusCode, `${who}: ${res.body}`).toBe(403);
    }
    const numbered = await db.select().from(vedtak).where(eq(vedtak.batchId, round.batchId));
    expect(numbered.map((v) => v.documentNumber)).toEqual([null, null, null]);
    expect(await db.select().from(job).where(and(eq(job.kind, RENDER_VEDTAK_LETTER_JOB), isNull(job.doneAt)))).toEqual([]);
  });

  it('before issue the partnership cannot fetch its letter (403) and the office finds none (404)', async () => {
    const db = t.database.db;
    expect((await (await loginAs(t.app, 'koordinator', db)).get(letterUrl(ids.sorTroms, 'pdf'))).statusCode).toBe(403);
    expect((await (await loginAs(t.app, 'saksbehandler', db)).get(letterUrl(ids.sorTroms, 'pdf'))).statusCode).toBe(404);
  });

  it('numbers each letter uniquely in the county’s case after its documents, with language, Sámi copy and due date, and queues one job per letter', async () => {
    const db = t.database.db;
    const siri = await loginAs(t.app, 'saksbehandler', db);
    const res = await siri.post(`/api/tilsagn/batches/${round.batchId}/issue`);
    expect(res.statusCode, res.body).toBe(200);
    const answer = res.json() as { state: string; issuedAt: string; letters: { vedtakId: string; documentNumber: string; languages: string[]; acceptanceDueLocal: string | null }[] };
    expect(answer.state).toBe('utstedt');
    const byId = new Map(answer.letters.map((l) => [l.vedtakId, l]));
    // After -1 and -3 (the behovsmeldinger): -4, -5, -6 in the list's order (by partnership name), none twice.
    expect(answer.letters.map((l) => l.documentNumber)).toEqual([`${CASE}-4`, `${CASE}-5`, `${CASE}-6`]);
    expect(byId.get(ids.dekomp)!.documentNumber).toBe(`${CASE}-4`);
    expect(byId.get(ids.nordTroms)!.languages).toEqual(['nn', 'se']);
    expect(byId.get(ids.sorTroms)!.languages).toEqual(['nb']);
    expect(byId.get(ids.dekomp)!.languages).toEqual(['nb']);
    const issuedOn = osloDateOf(new Date(answer.issuedAt));
    expect(byId.get(ids.sorTroms)!.acceptanceDueLocal).toBe(addDaysLocal(issuedOn, 21));
    expect(byId.get(ids.nordTroms)!.acceptanceDueLocal).toBeNull();
    expect(byId.get(ids.dekomp)!.acceptanceDueLocal).toBeNull();

    const rows = await db.select().from(vedtak).where(eq(vedtak.batchId, round.batchId));
    expect(rows.every((v) => v.issuedAt !== null && v.documentNumber !== null)).toBe(true);
    expect(rows.find((v) => v.id === ids.nordTroms)).toMatchObject({ language: 'nn', samiLanguage: 'se' });
    const [batch] = await db.select().from(vedtakBatch).where(eq(vedtakBatch.id, round.batchId));
    expect(batch).toMatchObject({ state: 'utstedt', issuedByName: 'Siri Havlund' });
    const letters = await db.select().from(vedtakLetter).where(eq(vedtakLetter.state, 'venter'));
    expect(letters).toHaveLength(4);
    const queued = await db.select().from(job).where(and(eq(job.kind, RENDER_VEDTAK_LETTER_JOB), isNull(job.doneAt)));
    expect(queued.map((j) => j.payload)).toEqual(
      expect.arrayContaining([
        { vedtakId: ids.sorTroms, language: 'nb' },
        { vedtakId: ids.nordTroms, language: 'nn' },
        { vedtakId: ids.nordTroms, language: 'se' },
        { vedtakId: ids.dekomp, language: 'nb' },
      ]),
    );
    expect(queued).toHaveLength(4);
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.entityId, round.batchId), eq(auditLog.action, 'issue')));
    expect(audit).toHaveLength(1);

    // Issued once: a second issue is refused. And the case's next document (a behovsmelding) comes after the letters.
    expect((await siri.post(`/api/tilsagn/batches/${round.batchId}/issue`)).statusCode).toBe(409);
    const taken = (await documentNumbersInCase(db, CASE)).map((n) => parseDocumentNumber(n)!.documentSequence);
    expect(nextDocumentSequence(taken)).toBe(7);
  });

  it('the worker’s handler renders each letter to PDF and Word, which the office and the partnership’s own download', async () => {
    const db = t.database.db;
    // The four letters, and the decision e-mails their rendering queues (issue 15), which the worker then sends.
    const ran = await runQueuedJobs();
    const decisionMails = (await db.select().from(emailOutbox).where(eq(emailOutbox.kind, 'vedtak'))).filter((m) => round.applicationIds.some((id) => m.link?.includes(id)));
    expect(decisionMails.length).toBeGreaterThan(0);
    expect(ran).toBe(4 + decisionMails.length);
    const letters = await db.select().from(vedtakLetter);
    expect(letters.filter((l) => round.vedtakIds.includes(l.vedtakId)).map((l) => l.state)).toEqual(['klar', 'klar', 'klar', 'klar']);

    const siri = await loginAs(t.app, 'saksbehandler', db);
    const pdf = await siri.get(letterUrl(ids.sorTroms, 'pdf'));
    expect(pdf.statusCode, pdf.body.slice(0, 200)).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.headers['content-disposition']).toContain('2081-4471-6.pdf');
    const docx = await siri.get(letterUrl(ids.nordTroms, 'docx'));
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    // The stored letter is the issued one: its number, the approver, in the addressee's nynorsk.
    const nn = await siri.get(letterUrl(ids.nordTroms, 'pdf'));
    const text = compact((await pdfPages(nn.rawPayload)).join(' '));
    expect(text).toContain(compact(`${CASE}-5`));
    expect(text).toContain(compact('Bjørn Disponent'));
    expect(nn.rawPayload.toString('latin1')).toContain('/Lang (nn-NO)');
    const sami = await siri.get(letterUrl(ids.nordTroms, 'pdf', 'se'));
    expect(sami.statusCode).toBe(200);
    expect(sami.headers['content-disposition']).toContain('2081-4471-5-se.pdf');
    // A language the decision has no letter in.
    expect((await siri.get(letterUrl(ids.sorTroms, 'pdf', 'se'))).statusCode).toBe(404);

    const list = await siri.get(`/api/tilsagn/rounds/${round.roundId}/letters`);
    expect(list.statusCode, list.body).toBe(200);
    const rows = (list.json() as { letters: { documentNumber: string; addresseeName: string; language: string; files: { language: string; state: string }[] }[] }).letters;
    expect(rows.map((r) => r.documentNumber)).toEqual([`${CASE}-4`, `${CASE}-5`, `${CASE}-6`]);
    expect(rows[1]).toMatchObject({ addresseeName: 'Nordreisa kommune', language: 'nn', files: [{ language: 'nn', state: 'klar' }, { language: 'se', state: 'klar' }] });
  });

  it('another office gets 403; an owner reads only its own partnership’s letter', async () => {
    const db = t.database.db;
    const nora = await loginAs(t.app, 'saksbehandlerNordland', db);
    expect((await nora.get(letterUrl(ids.sorTroms, 'pdf'))).statusCode).toBe(403);
    expect((await nora.get(`/api/tilsagn/rounds/${round.roundId}/letters`)).statusCode).toBe(403);
    const ola = await loginAs(t.app, 'koordinator', db);
    expect((await ola.get(letterUrl(ids.sorTroms, 'pdf'))).statusCode).toBe(200);
    expect((await ola.get(letterUrl(ids.nordTroms, 'pdf'))).statusCode).toBe(403);
    expect((await ola.get(`/api/tilsagn/rounds/${round.roundId}/letters`)).statusCode).toBe(403);
    const nils = await loginAs(t.app, 'koordinatorNordreisa', db);
    expect((await nils.get(letterUrl(ids.nordTroms, 'docx'))).statusCode).toBe(200);
    expect((await nils.get(letterUrl(ids.sorTroms, 'docx'))).statusCode).toBe(403);
  });

  it('records the archive’s journalpost number, shown in the list and in a letter rendered later', async () => {
    const db = t.database.db;
    const siri = await loginAs(t.app, 'saksbehandler', db);
    const tooLong = await siri.put(`/api/tilsagn/vedtak/${ids.sorTroms}/archive-number`, { archiveNumber: 'x'.repeat(61) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.body).toContain('archiveNumber');
    const nora = await loginAs(t.app, 'saksbehandlerNordland', db);
    expect((await nora.put(`/api/tilsagn/vedtak/${ids.sorTroms}/archive-number`, { archiveNumber: '81/04471-12' })).statusCode).toBe(403);
    const ok = await siri.put(`/api/tilsagn/vedtak/${ids.sorTroms}/archive-number`, { archiveNumber: ' 81/04471-12 ' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ vedtakId: ids.sorTroms, documentNumber: `${CASE}-6`, archiveNumber: '81/04471-12' });
    const list = (await siri.get(`/api/tilsagn/rounds/${round.roundId}/letters`)).json() as { letters: { vedtakId: string; archiveNumber: string | null }[] };
    expect(list.letters.find((l) => l.vedtakId === ids.sorTroms)!.archiveNumber).toBe('81/04471-12');
    const input = await loadLetterInput(db, ids.sorTroms, 'nb');
    expect(input).toMatchObject({ archiveNumber: '81/04471-12', documentNumber: `${CASE}-6`, caseNumber: CASE, caseOfficerName: 'Siri Saksbehandler', approverName: 'Bjørn Disponent' });
    expect(input.purpose).toContain('Lesing og skriving i alle fag');
    expect(input.copies.map((c) => c.name)).toContain(UIT);
    expect(input.lines.find((l) => l.recipientName === UIT)).toMatchObject({ transfer: true, amountKr: 100_000 });
    expect(input.lines.filter((l) => l.conditional).map((l) => l.year)).toEqual([YEAR + 1, YEAR + 2]);
  });

  it('a letter whose rendering cannot succeed is marked failed', async () => {
    const db = t.database.db;
    // The pending list's decision is not issued: its letter can never be rendered.
    await db.insert(vedtakLetter).values({ vedtakId: pending.vedtakIds[0]!, language: 'nb' });
    const handler = renderVedtakLetterHandler({ db, config: t.config, clock: systemClock });
    const claimed = { attempts: MAX_JOB_ATTEMPTS } as Parameters<typeof handler>[1];
    await expect(handler({ vedtakId: pending.vedtakIds[0], language: 'nb' }, claimed)).rejects.toBeInstanceOf(PermanentJobError);
    const [letter] = await db.select().from(vedtakLetter).where(eq(vedtakLetter.vedtakId, pending.vedtakIds[0]!));
    expect(letter!.state).toBe('feilet');
  });
});
