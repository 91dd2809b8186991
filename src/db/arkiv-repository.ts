// Reads for the archive handover (issue 15, point 4): a round's archived documents from their own tables, with the
// korrespondanseparter's names and orgnr, and the journalpost numbers the archive returned (archive_reference; a
// letter's number lives in vedtak.archive_number). No access decisions here: the use cases make them.
import { and, asc, eq, ilike, inArray, isNotNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './client.ts';
import {
  archiveReference,
  behovsmelding,
  behovsmeldingSubmission,
  emailOutbox,
  klage,
  organisation,
  partnership,
  unusedFunds,
  vedtak,
} from './schema/index.ts';
import { isUuid } from '../domain/shared/fields.ts';

/** Every submission of the round's applications, oldest first, with the applicant and the snapshot's attachments. */
export async function listRoundSubmissions(db: DbOrTx, roundId: string) {
  return db
    .select({
      applicationId: behovsmeldingSubmission.applicationId,
      sequence: behovsmeldingSubmission.sequence,
      documentNumber: behovsmeldingSubmission.documentNumber,
      submittedAt: behovsmeldingSubmission.submittedAt,
      partnershipName: partnership.name,
      applicantName: organisation.name,
      applicantOrgnr: organisation.orgnr,
      attachments: sql<{ id: string; filename: string; contentType: string }[] | null>`${behovsmeldingSubmission.snapshot}->'attachments'`,
    })
    .from(behovsmeldingSubmission)
    .innerJoin(behovsmelding, eq(behovsmelding.id, behovsmeldingSubmission.applicationId))
    .innerJoin(partnership, eq(partnership.id, behovsmelding.partnershipId))
    .innerJoin(organisation, eq(organisation.id, partnership.applicantId))
    .where(eq(behovsmelding.roundId, roundId))
    .orderBy(asc(behovsmeldingSubmission.submittedAt), asc(behovsmeldingSubmission.sequence));
}

/** The receipt mails in the outbox that name one of `documentNumbers` (one row per recipient; oldest first). Told
 * apart by their kind, or for rows from before kinds by the subject the submit writes. */
export async function listReceiptMails(db: DbOrTx, documentNumbers: string[]) {
  if (documentNumbers.length === 0) return [];
  return db
    .select({ id: emailOutbox.id, subject: emailOutbox.subject, text: emailOutbox.text, createdAt: emailOutbox.createdAt })
    .from(emailOutbox)
    .where(
      and(
        or(eq(emailOutbox.kind, 'kvittering'), ilike(emailOutbox.subject, 'kvittering%')),
        or(...documentNumbers.map((n) => sql`position(${n} in ${emailOutbox.text}) > 0`)),
      ),
    )
    .orderBy(asc(emailOutbox.createdAt), asc(emailOutbox.id));
}

/** The round's issued decisions, with the applicant they are addressed to. */
export async function listIssuedVedtak(db: DbOrTx, roundId: string) {
  return db
    .select({ vedtak, partnershipName: partnership.name, applicantName: organisation.name, applicantOrgnr: organisation.orgnr })
    .from(vedtak)
    .innerJoin(behovsmelding, eq(behovsmelding.id, vedtak.applicationId))
    .innerJoin(partnership, eq(partnership.id, behovsmelding.partnershipId))
    .innerJoin(organisation, eq(organisation.id, partnership.applicantId))
    .where(and(eq(vedtak.roundId, roundId), isNotNull(vedtak.documentNumber), isNotNull(vedtak.issuedAt)))
    .orderBy(asc(vedtak.issuedAt));
}

/** The klager on the round's decisions, with the decision's number and partnership. */
export async function listRoundKlager(db: DbOrTx, roundId: string) {
  return db
    .select({ klage, vedtakDocumentNumber: vedtak.documentNumber, vedtakArchiveNumber: vedtak.archiveNumber, partnershipName: partnership.name })
    .from(klage)
    .innerJoin(vedtak, eq(vedtak.id, klage.vedtakId))
    .innerJoin(behovsmelding, eq(behovsmelding.id, vedtak.applicationId))
    .innerJoin(partnership, eq(partnership.id, behovsmelding.partnershipId))
    .where(eq(vedtak.roundId, roundId))
    .orderBy(asc(klage.registeredAt));
}

const recipientOrg = alias(organisation, 'recipient_org');

/** The repayment claims (numbered claim letters) on the round's decisions, with the recipient of the money. */
export async function listRoundClaims(db: DbOrTx, roundId: string) {
  return db
    .select({ funds: unusedFunds, partnershipName: partnership.name, recipientName: recipientOrg.name, recipientOrgnr: recipientOrg.orgnr })
    .from(unusedFunds)
    .innerJoin(vedtak, eq(vedtak.id, unusedFunds.vedtakId))
    .innerJoin(partnership, eq(partnership.id, unusedFunds.partnershipId))
    .innerJoin(recipientOrg, eq(recipientOrg.id, unusedFunds.recipientOrgId))
    .where(and(eq(vedtak.roundId, roundId), isNotNull(unusedFunds.claimDocumentNumber)))
    .orderBy(asc(unusedFunds.decidedAt));
}

/** The office as a korrespondansepart: its organisation row (kind 'statsforvalter'), for the orgnr. */
export async function findOfficeOrganisation(db: DbOrTx, officeId: string) {
  const [row] = await db
    .select({ name: organisation.name, orgnr: organisation.orgnr })
    .from(organisation)
    .where(and(eq(organisation.officeId, officeId), eq(organisation.kind, 'statsforvalter')))
    .limit(1);
  return row;
}

export type ArchiveReferenceRow = typeof archiveReference.$inferSelect;

/** The recorded journalpost numbers of the given documents of one kind. */
export async function listArchiveReferences(db: DbOrTx, documentKind: string, documentIds: string[]): Promise<ArchiveReferenceRow[]> {
  if (documentIds.length === 0) return [];
  return db
    .select()
    .from(archiveReference)
    .where(and(eq(archiveReference.documentKind, documentKind), inArray(archiveReference.documentId, documentIds)));
}

/** Records (or replaces) a document's journalpost number; null removes it. */
export async function saveArchiveReference(tx: DbOrTx, v: { documentKind: string; documentId: string; archiveNumber: string | null; byName: string; at: Date }) {
  if (v.archiveNumber === null) {
    await tx.delete(archiveReference).where(and(eq(archiveReference.documentKind, v.documentKind), eq(archiveReference.documentId, v.documentId)));
    return;
  }
  await tx
    .insert(archiveReference)
    .values({ documentKind: v.documentKind, documentId: v.documentId, archiveNumber: v.archiveNumber, recordedByName: v.byName, recordedAt: v.at })
    .onConflictDoUpdate({
      target: [archiveReference.documentKind, archiveReference.documentId],
      set: { archiveNumber: v.archiveNumber, recordedByName: v.byName, recordedAt: v.at },
    });
}

/** Which round a document belongs to, from its kind and id (the route names a document, not its round). */
export async function findDocumentRound(db: DbOrTx, kind: string, id: string): Promise<string | undefined> {
  const head = id.split('/')[0] ?? '';
  if (!isUuid(head)) return undefined;
  const one = async (q: Promise<{ roundId: string }[]>) => (await q)[0]?.roundId;
  switch (kind) {
    case 'behovsmelding':
    case 'kvittering':
      return one(db.select({ roundId: behovsmelding.roundId }).from(behovsmelding).where(eq(behovsmelding.id, head)));
    case 'innstilling':
      return head;
    case 'vedtak':
      return one(db.select({ roundId: vedtak.roundId }).from(vedtak).where(eq(vedtak.id, head)));
    case 'krav':
      return one(db.select({ roundId: vedtak.roundId }).from(unusedFunds).innerJoin(vedtak, eq(vedtak.id, unusedFunds.vedtakId)).where(eq(unusedFunds.id, head)));
    case 'klage':
      return one(db.select({ roundId: vedtak.roundId }).from(klage).innerJoin(vedtak, eq(vedtak.id, klage.vedtakId)).where(eq(klage.id, head)));
    default:
      return undefined;
  }
}
