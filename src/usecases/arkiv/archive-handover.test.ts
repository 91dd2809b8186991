// The archive handover of the demo's decided 2024 round (issue 15, point 4 and "Must show": the archive export of the
// demo round lists every document with its metadata, and each listed file is in the ZIP), on the seeded test
// database: the submitted behovsmeldinger (incoming, numbered in Troms's case), the forum's adopted innstilling (an
// internal document), the issued letters (outgoing, with their document numbers), the registered klage (incoming,
// screened); the ZIP holds every file the JSON lists; a journalpost number recorded shows in the next listing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vedtak, vedtakBatch } from '../../db/schema/index.ts';
import { parseDocumentNumber } from '../../domain/behovsmelding/case-number.ts';
import { systemClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { auditCount } from '../../test/org-lookups.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { exportArchiveZip } from './export-archive-zip.ts';
import { listJournalEntries } from './list-journal-entries.ts';
import { recordJournalpostNumber } from './record-journalpost-number.ts';

/** The office of the demo's decided round (src/seed/demo-tilsagn). */
const FORUM_OFFICE = 'troms-og-finnmark';
const clock = systemClock;
let database: TestDatabase;
let dataDir: string;
let roundId: string;
const config = () => ({ databaseUrl: undefined, dataDir });
beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-arkiv-'));
  const [batch] = await database.db.select().from(vedtakBatch).where(eq(vedtakBatch.officeId, FORUM_OFFICE));
  roundId = batch!.roundId;
});
afterAll(async () => {
  await database?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the archive handover of the demo’s decided round', () => {
  it('lists every archived document with its journal metadata', async () => {
    const db = database.db;
    const siri = await demoActor(db, 'saksbehandler');
    const answer = await listJournalEntries({ db, actor: siri, clock, config: config(), roundId });
    expect(answer.allowed.sort()).toEqual(['export', 'read', 'record-number']);
    const { entries } = answer;
    const ofKind = (k: string) => entries.filter((e) => e.kind === k);

    const submitted = ofKind('behovsmelding');
    expect(submitted.length).toBeGreaterThan(0);
    for (const e of submitted) {
      expect(e).toMatchObject({ journalposttype: 'I', tilgangskode: null, mottaker: { name: expect.stringMatching(/Statsforvalteren/) } });
      // Numbered in its county's case: the document number belongs to the saksnummer.
      expect(parseDocumentNumber(e.dokumentnummer!)?.caseNumber).toBe(e.saksnummer);
      expect(e.files[0]).toMatchObject({ format: 'pdf', tilknyttetRegistreringSom: 'Hoveddokument', variantformat: 'Arkivformat', mangler: false });
      expect(e.allowed).toEqual(['record-number']);
    }

    // Each submission's receipt mail: outgoing, numbered by the archive, about the submission.
    const receipts = ofKind('kvittering');
    expect(receipts.map((r) => r.gjelderDokumentnummer).sort()).toEqual(submitted.map((e) => e.dokumentnummer).sort());
    for (const r of receipts) expect(r).toMatchObject({ journalposttype: 'U', dokumentnummer: null, avsender: { name: expect.stringMatching(/Statsforvalteren/) } });

    // Once in each county's case of the round (Troms, Finnmark): the same adopted document.
    const innstillinger = ofKind('innstilling');
    expect(innstillinger.length).toBeGreaterThan(1);
    expect(new Set(innstillinger.map((e) => e.saksnummer)).size).toBe(innstillinger.length);
    for (const e of innstillinger) expect(e).toMatchObject({ journalposttype: 'N', dokumentnummer: null, tilgangskode: null, dokumentdato: '2024-01-18' });
    // The letters' case also holds the innstilling.
    expect(innstillinger.map((e) => e.saksnummer)).toContain(ofKind('vedtak')[0]!.saksnummer);

    const letters = ofKind('vedtak');
    expect(letters.map((l) => l.tittel).sort()).toEqual([
      'Vedtak om avslag – Kompetanseløftet Nord-Troms',
      'Vedtak om tilsagn – Kompetanseløftet Sør-Troms og Evenes',
    ]);
    for (const l of letters) {
      expect(l).toMatchObject({ journalposttype: 'U', dokumentdato: '2024-01-25', saksbehandler: 'Siri Havlund', avsender: { name: expect.stringMatching(/Statsforvalteren/) } });
      expect(parseDocumentNumber(l.dokumentnummer!)?.caseNumber).toBe(l.saksnummer);
      expect(l.files.map((f) => [f.format, f.variantformat])).toEqual(expect.arrayContaining([['pdf', 'Arkivformat'], ['docx', 'Produksjonsformat']]));
    }

    const [klage] = ofKind('klage');
    expect(klage).toMatchObject({
      journalposttype: 'I',
      dokumentdato: '2024-02-05',
      tilgangskode: 'UO',
      hjemmel: 'Offl. § 13 jf. fvl. § 13 første ledd nr. 1',
      avsender: { name: 'Nordreisa kommune v/ Nils Elvebakk', orgnr: null },
    });
    expect(klage!.gjelderDokumentnummer).toBe(letters.find((l) => l.tittel.includes('avslag'))!.dokumentnummer);

    // Every document number of the round's case is listed once, in the archive's order.
    const numbers = entries.flatMap((e) => (e.dokumentnummer ? [e.dokumentnummer] : []));
    expect(new Set(numbers).size).toBe(numbers.length);
    const seqs = numbers.map((n) => parseDocumentNumber(n)!.documentSequence);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });

  it('exports a ZIP whose JSON and CSV list every entry, with every listed file in it', async () => {
    const db = database.db;
    const siri = await demoActor(db, 'saksbehandler');
    const listed = (await listJournalEntries({ db, actor: siri, clock, config: config(), roundId })).entries;
    const zip = await exportArchiveZip({ db, actor: siri, clock, config: config(), roundId });
    expect(zip.contentType).toBe('application/zip');
    expect(zip.filename).toMatch(/^Arkivuttrekk .*\.zip$/);
    const files = unzipSync(new Uint8Array(zip.data));
    const json = JSON.parse(Buffer.from(files['journalposter.json']!).toString('utf8')) as {
      journalposter: { dokumenttype: string; id: string; journalposttype: string; dokumentnummer: string | null; filer: { filnavn: string; mangler: boolean }[] }[];
    };
    expect(json.journalposter.map((j) => [j.dokumenttype, j.id])).toEqual(listed.map((e) => [e.kind, e.id]));
    let count = 0;
    for (const j of json.journalposter)
      for (const f of j.filer) {
        expect(f.mangler, f.filnavn).toBe(false);
        expect(files[f.filnavn], f.filnavn).toBeDefined();
        count++;
      }
    // Nothing in the ZIP the JSON does not name.
    expect(Object.keys(files).sort()).toEqual(['journalposter.csv', 'journalposter.json', ...json.journalposter.flatMap((j) => j.filer.map((f) => f.filnavn))].sort());
    expect(count).toBeGreaterThan(listed.length);
    const letter = json.journalposter.find((j) => j.dokumenttype === 'vedtak')!;
    expect(Buffer.from(files[letter.filer[0]!.filnavn]!).subarray(0, 5).toString()).toBe('%PDF-');

    const csv = Buffer.from(files['journalposter.csv']!).toString('utf8');
    expect(csv.startsWith('\uFEFFdokumenttype;id;saksnummer;dokumentnummer;journalposttype;tittel;')).toBe(true);
    const rows = csv.trim().split('\r\n');
    expect(rows).toHaveLength(listed.length + 1);
    expect(rows.some((r) => r.startsWith(`klage;${listed.find((e) => e.kind === 'klage')!.id};`) && r.includes(';UO;Offl. § 13'))).toBe(true);
  }, 120_000);

  it('records a returned journalpost number per document: shown in the next listing, a letter’s in the decision', async () => {
    const db = database.db;
    const siri = await demoActor(db, 'saksbehandler');
    const before = (await listJournalEntries({ db, actor: siri, clock, config: config(), roundId })).entries;
    const submission = before.find((e) => e.kind === 'behovsmelding')!;
    const letter = before.find((e) => e.kind === 'vedtak')!;
    const audits = await auditCount(db);

    const recorded = await recordJournalpostNumber({ db, actor: siri, clock, config: config(), kind: 'behovsmelding', id: submission.id, input: { journalpostnummer: ' 2024/8245-31 ' } });
    expect(recorded).toMatchObject({ kind: 'behovsmelding', id: submission.id, journalpostnummer: '2024/8245-31' });
    await recordJournalpostNumber({ db, actor: siri, clock, config: config(), kind: 'vedtak', id: letter.id, input: { journalpostnummer: '24/08245-40' } });
    expect(await auditCount(db)).toBe(audits + 2);

    const after = (await listJournalEntries({ db, actor: siri, clock, config: config(), roundId })).entries;
    expect(after.find((e) => e.kind === 'behovsmelding' && e.id === submission.id)!.journalpostnummer).toBe('2024/8245-31');
    expect(after.find((e) => e.kind === 'vedtak' && e.id === letter.id)!.journalpostnummer).toBe('24/08245-40');
    const [row] = await db.select().from(vedtak).where(eq(vedtak.id, letter.id));
    expect(row!.archiveNumber).toBe('24/08245-40');

    // Empty clears it; an unknown document and another office's case officer are refused without a change.
    await recordJournalpostNumber({ db, actor: siri, clock, config: config(), kind: 'behovsmelding', id: submission.id, input: { journalpostnummer: '' } });
    expect((await listJournalEntries({ db, actor: siri, clock, config: config(), roundId })).entries.find((e) => e.id === submission.id)!.journalpostnummer).toBeNull();
    await expect(recordJournalpostNumber({ db, actor: siri, clock, config: config(), kind: 'behovsmelding', id: `${submission.id.split('/')[0]}/99`, input: { journalpostnummer: 'x' } })).rejects.toMatchObject({ status: 404 });
    const nora = await demoActor(db, 'saksbehandlerNordland');
    await expect(recordJournalpostNumber({ db, actor: nora, clock, config: config(), kind: 'vedtak', id: letter.id, input: { journalpostnummer: 'x' } })).rejects.toMatchObject({ status: 403 });
    await expect(listJournalEntries({ db, actor: await demoActor(db, 'forum'), clock, config: config(), roundId })).rejects.toMatchObject({ status: 403 });
  });
});
