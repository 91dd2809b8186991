// The journal entry builders (docs/archive.md): type, parties, case from the document number, screening per kind,
// file names that unpack everywhere and the archive's order.
import { describe, expect, it } from 'vitest';
import { archiveFileName, behovsmeldingEntry, innstillingEntry, klageEntry, kravEntry, kvitteringEntry, SCREENED, sortEntries, vedtakEntry } from './journal-entry.ts';

const office = { name: 'Statsforvalteren i Troms og Finnmark', orgnr: '967311014' };
const applicant = { name: 'Kvæfjord kommune', orgnr: '964011913' };
const APP = '11111111-1111-4111-8111-111111111111';

describe('journal entries', () => {
  it('a submission is incoming from the applicant, numbered in its case, open, with its attachments as Vedlegg', () => {
    const e = behovsmeldingEntry({
      applicationId: APP,
      sequence: 2,
      documentNumber: '2024/8245-3',
      // 23:30 UTC on 30 November is 1 December in Oslo: the dates are Oslo's.
      submittedAt: new Date('2023-11-30T23:30:00Z'),
      partnershipName: 'Kompetanseløftet Sør-Troms',
      roundYear: 2024,
      applicant,
      office,
      caseOfficer: null,
      attachments: [
        { filename: 'Budsjett: UiT?.pdf', stored: true },
        { filename: 'plan', stored: false },
      ],
      journalpostnummer: null,
    });
    expect(e).toMatchObject({
      id: `${APP}/2`,
      saksnummer: '2024/8245',
      journalposttype: 'I',
      avsender: applicant,
      mottaker: office,
      dokumentdato: '2023-12-01',
      tilgangskode: null,
      hjemmel: null,
      tittel: 'Behovsmelding 2024 – Kompetanseløftet Sør-Troms (rettet, innsending 2)',
    });
    expect(e.files).toEqual([
      { filnavn: '2024-8245-3 Behovsmelding Kompetanseløftet Sør-Troms.pdf', format: 'pdf', tilknyttetRegistreringSom: 'Hoveddokument', variantformat: 'Arkivformat', mangler: false },
      { filnavn: '2024-8245-3 Vedlegg Budsjett- UiT-.pdf', format: 'pdf', tilknyttetRegistreringSom: 'Vedlegg', variantformat: 'Arkivformat', mangler: false },
      { filnavn: '2024-8245-3 Vedlegg plan.bin', format: 'other', tilknyttetRegistreringSom: 'Vedlegg', variantformat: 'Arkivformat', mangler: true },
    ]);
  });

  it('letters and claims are outgoing from the office; a DOCX is the production format; a missing claim file is named', () => {
    const v = vedtakEntry({
      vedtakId: 'v1',
      kind: 'avslag',
      amends: false,
      documentNumber: '2024/8245-5',
      issuedAt: new Date('2024-01-25T09:00:00Z'),
      partnershipName: 'Nord-Troms',
      applicant,
      office,
      preparedByName: 'Siri',
      samiLanguage: 'se',
      archiveNumber: '24/08245-5',
    });
    expect(v).toMatchObject({ journalposttype: 'U', avsender: office, mottaker: applicant, tittel: 'Vedtak om avslag – Nord-Troms', journalpostnummer: '24/08245-5' });
    expect(v.files.map((f) => [f.filnavn, f.tilknyttetRegistreringSom, f.variantformat])).toEqual([
      ['2024-8245-5 Vedtak.pdf', 'Hoveddokument', 'Arkivformat'],
      ['2024-8245-5 Vedtak.docx', 'Hoveddokument', 'Produksjonsformat'],
      ['2024-8245-5-se Vedtak.pdf', 'Vedlegg', 'Arkivformat'],
    ]);
    const k = kravEntry({
      unusedFundsId: 'u1',
      documentNumber: '2025/100-9',
      decidedAt: new Date('2025-06-02T10:00:00Z'),
      year: 2024,
      partnershipName: 'Sør-Troms',
      recipient: applicant,
      office,
      decidedByName: 'Siri',
      hasPdf: true,
      hasDocx: false,
      journalpostnummer: null,
    });
    expect(k).toMatchObject({ journalposttype: 'U', saksnummer: '2025/100', tilgangskode: null });
    expect(k.files.map((f) => f.mangler)).toEqual([false, true]);
  });

  it('the innstilling is internal (N), the receipt outgoing, the klage incoming and screened under offentleglova § 13', () => {
    const i = innstillingEntry({ roundId: 'r', roundYear: 2024, countyNumber: '55', caseNumber: '2024/8245', officeName: 'Troms og Finnmark', office, adoptedAt: new Date('2024-01-18T12:00:00Z'), adoptedByName: 'Frode', journalpostnummer: null });
    expect(i).toMatchObject({ id: 'r/55', journalposttype: 'N', saksnummer: '2024/8245', dokumentnummer: null, mottaker: office, tilgangskode: null });
    const r = kvitteringEntry({ applicationId: APP, sequence: 1, documentNumber: '2024/8245-1', sentAt: new Date('2023-11-20T12:00:00Z'), partnershipName: 'P', applicant, office, journalpostnummer: null });
    expect(r).toMatchObject({ journalposttype: 'U', avsender: office, mottaker: applicant, dokumentnummer: null, gjelderDokumentnummer: '2024/8245-1', saksbehandler: null });
    expect(r.files[0]!.filnavn).toBe('2024-8245-1 Kvittering.txt');
    const kl = klageEntry({ klageId: 'abcdef12-0000', vedtakDocumentNumber: '2024/8245-5', receivedOnLocal: '2024-02-05', registeredAt: new Date('2024-02-06T08:00:00Z'), fromName: 'Nordreisa kommune', partnershipName: 'P', office, registeredByName: 'Siri', journalpostnummer: null });
    expect(kl).toMatchObject({ journalposttype: 'I', saksnummer: '2024/8245', dokumentdato: '2024-02-05', journaldato: '2024-02-06', ...SCREENED, avsender: { name: 'Nordreisa kommune', orgnr: null } });

    // By case and number; a receipt right after its submission, a klage after its letter; the innstilling last.
    const b1 = behovsmeldingEntry({ applicationId: APP, sequence: 1, documentNumber: '2024/8245-1', submittedAt: new Date('2023-11-20T12:00:00Z'), partnershipName: 'P', roundYear: 2024, applicant, office, caseOfficer: null, attachments: [], journalpostnummer: null });
    const b10 = { ...b1, id: 'x', dokumentnummer: '2024/8245-10' };
    const v5 = { ...b1, kind: 'vedtak' as const, id: 'v', dokumentnummer: '2024/8245-5', journaldato: '2024-01-25' };
    expect(sortEntries([i, kl, b10, v5, r, b1]).map((e) => `${e.kind}:${e.dokumentnummer ?? e.gjelderDokumentnummer ?? ''}`)).toEqual([
      'behovsmelding:2024/8245-1',
      'kvittering:2024/8245-1',
      'vedtak:2024/8245-5',
      'klage:2024/8245-5',
      'behovsmelding:2024/8245-10',
      'innstilling:',
    ]);
  });

  it('file names lose what would not unpack everywhere', () => {
    expect(archiveFileName(' ../a/b:c*  d. ', 'txt')).toBe('-a-b-c- d.txt');
    expect(archiveFileName('...', 'pdf')).toBe('dokument.pdf');
  });
});
