// Reads and writes of the notify module (issue 15, ADR 027): who a partnership's messages go to (its coordinator and
// the contact person its application names), which written standard its applicant has chosen, the rounds and
// decisions a reminder may be due for, and the record that a reminder was queued (notice_sent). No access decisions
// and no rules here: the use cases apply src/domain/notify.
import { and, asc, eq, gte, inArray, isNotNull, isNull, lte, or } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import {
  behovsmelding,
  behovsmeldingField,
  behovsmeldingRound,
  noticeSent,
  office,
  partnership,
  person,
  recipientProfile,
  tilsagnSetting,
  vedtak,
  vedtakLetter,
} from './schema/index.ts';

/**
 * Records that a message was queued for this subject and occasion; false when it already was. Called in the
 * transaction that queues it, so a message is queued once however often (or concurrently) the scheduler runs.
 */
export async function recordNoticeSent(tx: DbOrTx, v: { kind: string; subjectId: string; occasion: string; at: Date }): Promise<boolean> {
  const rows = await tx.insert(noticeSent).values({ kind: v.kind, subjectId: v.subjectId, occasion: v.occasion, sentAt: v.at }).onConflictDoNothing().returning({ kind: noticeSent.kind });
  return rows.length > 0;
}

export async function listNoticesSent(db: DbOrTx, kind: string) {
  return db.select().from(noticeSent).where(eq(noticeSent.kind, kind)).orderBy(asc(noticeSent.sentAt));
}

/** The partnership's applicant and coordinator's e-mail (null without a coordinator). */
export async function findPartnershipContact(db: DbOrTx, partnershipId: string) {
  const [row] = await db
    .select({ id: partnership.id, name: partnership.name, officeId: partnership.officeId, applicantId: partnership.applicantId, coordinatorEmail: person.email })
    .from(partnership)
    .leftJoin(person, eq(person.id, partnership.coordinatorPersonId))
    .where(eq(partnership.id, partnershipId));
  return row;
}

/** The contact person's e-mail an application names (section 4), as stored (the caller checks it). */
export async function findContactEmailField(db: DbOrTx, applicationId: string): Promise<unknown> {
  const [row] = await db
    .select({ value: behovsmeldingField.value })
    .from(behovsmeldingField)
    .where(and(eq(behovsmeldingField.applicationId, applicationId), eq(behovsmeldingField.key, 's4.kontaktEpost')));
  return row?.value;
}

/** The organisation's written-standard row and its office's letter settings (either may be absent). */
export async function findWrittenStandardRows(db: DbOrTx, organisationId: string, officeId: string) {
  const [profile] = await db.select().from(recipientProfile).where(eq(recipientProfile.organisationId, organisationId));
  const [setting] = await db.select().from(tilsagnSetting).where(eq(tilsagnSetting.officeId, officeId));
  return { profile, setting };
}

/** Rounds whose deadline day is today or later and which have opened: the candidates for a deadline reminder. */
export async function listRoundsBeforeDeadline(db: DbOrTx, todayLocal: string) {
  return db
    .select({ round: behovsmeldingRound, officeName: office.name })
    .from(behovsmeldingRound)
    .innerJoin(office, eq(office.id, behovsmeldingRound.officeId))
    .where(gte(behovsmeldingRound.deadlineLocal, todayLocal))
    .orderBy(asc(behovsmeldingRound.deadlineLocal));
}

/** The office's partnerships for a scheme (those with no scheme set belong to every scheme of the office). */
export async function listPartnershipsOf(db: DbOrTx, officeId: string, schemeId: string) {
  return db
    .select({ id: partnership.id, name: partnership.name })
    .from(partnership)
    .where(and(eq(partnership.officeId, officeId), or(isNull(partnership.schemeId), eq(partnership.schemeId, schemeId))))
    .orderBy(asc(partnership.name));
}

/** A round's applications with their status, per partnership. */
export async function listRoundApplicationStatuses(db: DbOrTx, roundId: string) {
  return db.select({ id: behovsmelding.id, partnershipId: behovsmelding.partnershipId, status: behovsmelding.status }).from(behovsmelding).where(eq(behovsmelding.roundId, roundId));
}

/** Issued decisions awaiting acceptance whose last day is at most `untilLocal`: the candidates for a reminder. */
export async function listDecisionsAwaitingAcceptance(db: DbOrTx, untilLocal: string) {
  return db
    .select({ vedtak, partnershipId: partnership.id, partnershipName: partnership.name, roundTitle: behovsmeldingRound.title, officeId: behovsmeldingRound.officeId, officeName: office.name })
    .from(vedtak)
    .innerJoin(behovsmelding, eq(behovsmelding.id, vedtak.applicationId))
    .innerJoin(partnership, eq(partnership.id, behovsmelding.partnershipId))
    .innerJoin(behovsmeldingRound, eq(behovsmeldingRound.id, vedtak.roundId))
    .innerJoin(office, eq(office.id, behovsmeldingRound.officeId))
    .where(
      and(
        isNotNull(vedtak.issuedAt),
        isNotNull(vedtak.acceptanceDueLocal),
        isNull(vedtak.acceptedAt),
        isNull(vedtak.supersededById),
        lte(vedtak.acceptanceDueLocal, untilLocal),
      ),
    )
    .orderBy(asc(vedtak.acceptanceDueLocal), asc(vedtak.id));
}

/** One issued decision with what its message says, locked: the last of its letters to be rendered queues the mail,
 * and two render jobs finishing at once must not both (or neither) see all letters ready. */
export async function lockDecisionForNotice(tx: DbOrTx, vedtakId: string) {
  const [locked] = await tx.select({ id: vedtak.id }).from(vedtak).where(eq(vedtak.id, vedtakId)).for('update');
  if (!locked) return undefined;
  const [row] = await tx
    .select({ vedtak, partnershipId: partnership.id, partnershipName: partnership.name, roundTitle: behovsmeldingRound.title, officeId: behovsmeldingRound.officeId, officeName: office.name })
    .from(vedtak)
    .innerJoin(behovsmelding, eq(behovsmelding.id, vedtak.applicationId))
    .innerJoin(partnership, eq(partnership.id, behovsmelding.partnershipId))
    .innerJoin(behovsmeldingRound, eq(behovsmeldingRound.id, vedtak.roundId))
    .innerJoin(office, eq(office.id, behovsmeldingRound.officeId))
    .where(eq(vedtak.id, vedtakId));
  if (!row) return undefined;
  const letters = await tx.select().from(vedtakLetter).where(inArray(vedtakLetter.vedtakId, [vedtakId]));
  return { ...row, letters };
}
