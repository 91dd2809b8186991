// Every archived document of a round (issue 15, point 4; docs/archive.md): each submission of each behovsmelding with
// its attachments, each submission's receipt mail, the forum's adopted innstilling (once in each county's case), each
// issued decision letter (its Sámi copy beside it), each repayment claim and each klage — as journal entries
// (src/domain/arkiv/journal-entry.ts) with a reader per file. Reading is left to the sink that needs the bytes: the
// list of entries renders nothing. A file the platform does not have is named with `mangler`, never left out.
import { findAttachmentFileKey } from '../../db/behovsmelding-attachment-repository.ts';
import type { RoundView } from '../../db/behovsmelding-round-repository.ts';
import type { DbOrTx } from '../../db/client.ts';
import type { FileStore } from '../../db/file-store.ts';
import { findInnstilling } from '../../db/forum-innstilling-repository.ts';
import {
  findOfficeOrganisation,
  listArchiveReferences,
  listIssuedVedtak,
  listReceiptMails,
  listRoundClaims,
  listRoundKlager,
  listRoundSubmissions,
} from '../../db/arkiv-repository.ts';
import { findLetter } from '../../db/tilsagn-letter-repository.ts';
import { renderInnstillingPdf } from '../../documents/forum/innstilling-pdf.ts';
import {
  behovsmeldingEntry,
  innstillingEntry,
  klageEntry,
  kravEntry,
  kvitteringEntry,
  sortEntries,
  vedtakEntry,
  type ArchiveDocumentKind,
  type JournalEntry,
  type Party,
} from '../../domain/arkiv/journal-entry.ts';
import { servedAttachment } from '../../domain/behovsmelding/attachment-type.ts';
import { formatOsloDateTime } from '../../domain/shared/oslo-time.ts';
import { klageText } from '../../domain/tilsagn/klage.ts';
import { isLetterLanguage, osloDateOf } from '../../domain/tilsagn/issue-letters.ts';
import type { TLetterLanguage } from '../../domain/tilsagn/letter-input.ts';
import { submittedDocument, submittedSnapshot } from '../../views/behovsmelding/current-snapshot.ts';
import { innstillingData } from '../../views/forum/innstilling-view.ts';
import { renderRepaymentClaim, repaymentClaimContent } from '../../views/utbetaling/repayment-claim-letter.ts';
import { renderVedtakLetter } from '../../views/tilsagn/vedtak-letter.ts';

/** A file's bytes, or null when the platform has none. */
export type FileReader = () => Promise<Buffer | null>;
/** An entry with a reader for each of its files, by file name. */
export type ArchiveDocument = { entry: JournalEntry; read: Record<string, FileReader> };

const utf8 = (text: string) => Buffer.from(text.endsWith('\n') ? text : `${text}\n`, 'utf8');

export async function loadRoundDocuments(db: DbOrTx, round: RoundView, files: FileStore): Promise<ArchiveDocument[]> {
  const officeOrg = await findOfficeOrganisation(db, round.officeId);
  const office: Party = { name: officeOrg?.name ?? round.officeName, orgnr: officeOrg?.orgnr ?? null };
  const docs: ArchiveDocument[] = [];
  const numbers = async (kind: ArchiveDocumentKind, ids: string[]) =>
    new Map((await listArchiveReferences(db, kind, ids)).map((r) => [r.documentId, r.archiveNumber]));
  const stored = async (key: string | null | undefined) => (key ? ((await files.get(key))?.data ?? null) : null);

  // The decisions first: their preparer is the case officer of the application's entries too.
  const issued = await listIssuedVedtak(db, round.id);
  const caseOfficerOf = new Map(issued.map((v) => [v.vedtak.applicationId, v.vedtak.preparedByName]));

  const submissions = await listRoundSubmissions(db, round.id);
  const subIds = submissions.map((s) => `${s.applicationId}/${s.sequence}`);
  const subNumbers = await numbers('behovsmelding', subIds);
  const receiptNumbers = await numbers('kvittering', subIds);
  const mails = await listReceiptMails(db, submissions.map((s) => s.documentNumber));
  for (const s of submissions) {
    const id = `${s.applicationId}/${s.sequence}`;
    const applicant: Party = { name: s.applicantName, orgnr: s.applicantOrgnr };
    const attachments: { filename: string; key: string | undefined }[] = [];
    for (const a of s.attachments ?? []) {
      const key = await findAttachmentFileKey(db, s.applicationId, a.id);
      attachments.push({ filename: servedAttachment(a).filename, key });
    }
    const entry = behovsmeldingEntry({
      applicationId: s.applicationId,
      sequence: s.sequence,
      documentNumber: s.documentNumber,
      submittedAt: s.submittedAt,
      partnershipName: s.partnershipName,
      roundYear: round.year,
      applicant,
      office,
      caseOfficer: caseOfficerOf.get(s.applicationId) ?? null,
      attachments: attachments.map((a) => ({ filename: a.filename, stored: a.key !== undefined })),
      journalpostnummer: subNumbers.get(id) ?? null,
    });
    const [pdf, ...vedlegg] = entry.files;
    const read: Record<string, FileReader> = {
      [pdf!.filnavn]: async () => {
        const snapshot = await submittedSnapshot(db, s.applicationId, s.sequence);
        return snapshot ? submittedDocument(files, snapshot, { applicationId: s.applicationId, sequence: s.sequence }, 'pdf') : null;
      },
    };
    vedlegg.forEach((f, i) => (read[f.filnavn] = () => stored(attachments[i]?.key)));
    docs.push({ entry, read });

    // The receipt: one mail per recipient with the same text; the first is the document, all are named.
    const own = mails.filter((m) => new RegExp(`${s.documentNumber.replace(/[/-]/g, '\\$&')}(?!\\d)`).test(m.text));
    const first = own[0];
    if (first) {
      const receipt = kvitteringEntry({ ...s, sentAt: first.createdAt, applicant, office, journalpostnummer: receiptNumbers.get(id) ?? null });
      const text = [`Emne: ${first.subject}`, `Sendt: ${formatOsloDateTime(first.createdAt)}`, '', first.text].join('\n');
      docs.push({ entry: receipt, read: { [receipt.files[0]!.filnavn]: async () => utf8(text) } });
    }
  }

  const innstilling = await findInnstilling(db, round.id);
  if (innstilling?.state === 'vedtatt' && innstilling.adoptedAt) {
    const adoptedAt = innstilling.adoptedAt;
    let pdf: Promise<Buffer> | undefined;
    const render = () => (pdf ??= innstillingData(db, round).then((d) => renderInnstillingPdf(d.content, adoptedAt)));
    const counties = Object.entries(round.caseNumbers);
    const innstillingNumbers = await numbers('innstilling', counties.map(([county]) => `${round.id}/${county}`));
    for (const [countyNumber, caseNumber] of counties) {
      const entry = innstillingEntry({
        roundId: round.id,
        roundYear: round.year,
        countyNumber,
        caseNumber,
        officeName: round.officeName,
        office,
        adoptedAt,
        adoptedByName: innstilling.adoptedByName,
        journalpostnummer: innstillingNumbers.get(`${round.id}/${countyNumber}`) ?? null,
      });
      docs.push({ entry, read: { [entry.files[0]!.filnavn]: render } });
    }
  }

  for (const { vedtak: v, partnershipName, applicantName, applicantOrgnr } of issued) {
    const language = isLetterLanguage(v.language ?? '') ? (v.language as TLetterLanguage) : 'nb';
    const sami = v.samiLanguage && isLetterLanguage(v.samiLanguage) ? (v.samiLanguage as TLetterLanguage) : null;
    const entry = vedtakEntry({
      vedtakId: v.id,
      kind: v.kind,
      amends: v.amendsId !== null,
      documentNumber: v.documentNumber!,
      issuedAt: v.issuedAt!,
      partnershipName,
      applicant: { name: applicantName, orgnr: applicantOrgnr },
      office,
      preparedByName: v.preparedByName,
      samiLanguage: sami,
      archiveNumber: v.archiveNumber,
    });
    // The files the render job stored (the letter as sent); a letter still queued is rendered from the same rows.
    const letterFile = (lang: TLetterLanguage, format: 'pdf' | 'docx'): FileReader => async () => {
      const found = await findLetter(db, v.id, lang);
      const l = found?.state === 'klar' ? found : undefined;
      return (await stored(format === 'pdf' ? l?.pdfKey : l?.docxKey)) ?? renderVedtakLetter(db, v.id, lang, format);
    };
    const [pdf, docx, samiPdf] = entry.files;
    const read: Record<string, FileReader> = { [pdf!.filnavn]: letterFile(language, 'pdf'), [docx!.filnavn]: letterFile(language, 'docx') };
    if (samiPdf && sami) read[samiPdf.filnavn] = letterFile(sami, 'pdf');
    docs.push({ entry, read });
  }

  const claims = await listRoundClaims(db, round.id);
  const claimNumbers = await numbers('krav', claims.map((c) => c.funds.id));
  for (const { funds: f, partnershipName, recipientName, recipientOrgnr } of claims) {
    const entry = kravEntry({
      unusedFundsId: f.id,
      documentNumber: f.claimDocumentNumber!,
      decidedAt: f.decidedAt ?? f.updatedAt,
      year: f.year,
      partnershipName,
      recipient: { name: recipientName, orgnr: recipientOrgnr },
      office,
      decidedByName: f.decidedByName,
      // A claim letter still queued for rendering is rendered from its row, as a letter is: never "mangler".
      hasPdf: true,
      hasDocx: true,
      journalpostnummer: claimNumbers.get(f.id) ?? null,
    });
    const [pdf, docx] = entry.files;
    const claimFile = (format: 'pdf' | 'docx'): FileReader => async () =>
      (await stored(format === 'pdf' ? f.claimPdfKey : f.claimDocxKey)) ?? renderRepaymentClaim(await repaymentClaimContent(db, f), f.decidedAt ?? f.updatedAt, format);
    docs.push({ entry, read: { [pdf!.filnavn]: claimFile('pdf'), [docx!.filnavn]: claimFile('docx') } });
  }

  const klager = await listRoundKlager(db, round.id);
  const klageNumbers = await numbers('klage', klager.map((k) => k.klage.id));
  for (const { klage: k, vedtakDocumentNumber, vedtakArchiveNumber, partnershipName } of klager) {
    const entry = klageEntry({
      klageId: k.id,
      vedtakDocumentNumber,
      receivedOnLocal: k.receivedOnLocal,
      registeredAt: k.registeredAt,
      fromName: k.fromName,
      partnershipName,
      office,
      registeredByName: k.registeredByName,
      journalpostnummer: klageNumbers.get(k.id) ?? null,
    });
    const letterDate = issued.find((v) => v.vedtak.id === k.vedtakId)?.vedtak.issuedAt;
    const text = klageText({
      documentNumber: vedtakArchiveNumber ?? vedtakDocumentNumber,
      partnershipName,
      letterDateLocal: letterDate ? osloDateOf(letterDate) : null,
      receivedOnLocal: k.receivedOnLocal,
      fromName: k.fromName,
      summary: k.summary,
      registeredByName: k.registeredByName,
      assessment: k.state === 'oversendt' || k.state === 'avgjort' ? k.reasons : null,
    });
    docs.push({ entry, read: { [entry.files[0]!.filnavn]: async () => utf8(text) } });
  }

  const order = sortEntries(docs.map((d) => d.entry));
  return order.map((e) => docs.find((d) => d.entry === e)!);
}
