// Rows for the letters' tests (issue 14, point 3), written straight into the tables: a round with its case number in
// one county, submitted applications (optionally with a submission that already took a document number in the case),
// and an APPROVED approval list with one decision per application — what T1's prepare/submit/approve use cases make.
// Issuing, rendering and reading letters only read these rows, so their tests do not wait for those use cases.
import type { Db } from '../db/client.ts';
import { behovsmelding, behovsmeldingField, behovsmeldingRound, behovsmeldingRoundCase, behovsmeldingSubmission, vedtak, vedtakBatch, vedtakLine } from '../db/schema/index.ts';

export type FixtureLine = { year: number; recipient: 'owner' | 'uh'; recipientOrgId: string; amountKr: number; conditional?: boolean };
export type FixtureDecision = {
  partnershipId: string;
  kind: 'tilsagn' | 'avslag';
  lines?: FixtureLine[];
  reasons?: string;
  deviationReason?: string | null;
  /** A submission already numbered in the case (`2081/77-1`): the letters are numbered after it. */
  submittedDocumentNumber?: string;
  ownerKr?: number;
  uhKr?: number;
};

export type ApprovedRound = { roundId: string; batchId: string; vedtakIds: string[]; applicationIds: string[] };

/** A round of `officeId` in `year` whose county `countyNumber` has case `caseNumber`, and an approved list for it. */
export async function insertApprovedRound(
  db: Db,
  input: {
    officeId: string;
    schemeId?: string;
    year: number;
    countyNumber: string;
    caseNumber: string;
    decisions: FixtureDecision[];
    preparedByName?: string;
    approvedByName?: string;
    batchState?: 'utkast' | 'til-godkjenning' | 'godkjent';
  },
): Promise<ApprovedRound> {
  const year = input.year;
  const [round] = await db
    .insert(behovsmeldingRound)
    .values({
      officeId: input.officeId,
      schemeId: input.schemeId ?? 'kompetanseloftet',
      year,
      title: `Behovsmeldinger ${year}`,
      opensAtLocal: `${year - 1}-09-01T08:00:00`,
      deadlineLocal: `${year - 1}-12-01T23:59:59`,
    })
    .returning();
  await db.insert(behovsmeldingRoundCase).values({ roundId: round!.id, countyNumber: input.countyNumber, caseNumber: input.caseNumber });
  const [batch] = await db
    .insert(vedtakBatch)
    .values({
      roundId: round!.id,
      officeId: input.officeId,
      state: input.batchState ?? 'godkjent',
      reportDueLocal: `${year + 1}-03-01`,
      submittedAt: new Date(`${year}-02-01T10:00:00Z`),
      submittedByName: input.preparedByName ?? 'Siri Saksbehandler',
      approvedAt: input.batchState && input.batchState !== 'godkjent' ? null : new Date(`${year}-02-02T10:00:00Z`),
      approvedByName: input.batchState && input.batchState !== 'godkjent' ? null : (input.approvedByName ?? 'Bjørn Disponent'),
    })
    .returning();
  const vedtakIds: string[] = [];
  const applicationIds: string[] = [];
  for (const d of input.decisions) {
    const [app] = await db
      .insert(behovsmelding)
      .values({ roundId: round!.id, partnershipId: d.partnershipId, countyNumber: input.countyNumber, status: 'sendt', submittedAt: new Date(`${year - 1}-11-20T12:00:00Z`) })
      .returning();
    const values: Record<string, unknown> = {
      's1.tema': 'Lesing og skriving i alle fag',
      's2.overordnetMal': 'Alle barn og unge får en god start på lesingen.',
      parts: [{ id: 'hoved', name: 'Hoveddel', otherOfficeId: null, budgetYear: year }],
      'parts.hoved.grantUse': {
        heldOverOwnerKr: null,
        heldOverUhKr: null,
        years: [{ year, ownerKr: d.ownerKr ?? 200_000, uhKr: d.uhKr ?? 100_000, shares: { kartlegging: 0, planlegging: 10, gjennomforing: 90 } }],
        coordinatorJustification: { owner: null, uh: null },
      },
    };
    for (const [key, value] of Object.entries(values))
      await db.insert(behovsmeldingField).values({ applicationId: app!.id, key, value, version: 1, changeId: 0, updatedByName: 'Test' });
    if (d.submittedDocumentNumber)
      await db.insert(behovsmeldingSubmission).values({
        applicationId: app!.id,
        sequence: 1,
        documentNumber: d.submittedDocumentNumber,
        submittedAt: new Date(`${year - 1}-11-20T12:00:00Z`),
        submittedByName: 'Test',
        snapshot: { values },
      });
    const [v] = await db
      .insert(vedtak)
      .values({
        batchId: batch!.id,
        roundId: round!.id,
        applicationId: app!.id,
        kind: d.kind,
        reasons: d.reasons ?? (d.kind === 'avslag' ? 'Tiltaket ble ikke prioritert innenfor rammen.' : ''),
        deviationReason: d.deviationReason ?? null,
        preparedByName: input.preparedByName ?? 'Siri Saksbehandler',
      })
      .returning();
    for (const l of d.lines ?? [])
      await db.insert(vedtakLine).values({ vedtakId: v!.id, year: l.year, recipient: l.recipient, recipientOrgId: l.recipientOrgId, amountKr: l.amountKr, conditional: l.conditional ?? false });
    vedtakIds.push(v!.id);
    applicationIds.push(app!.id);
  }
  return { roundId: round!.id, batchId: batch!.id, vedtakIds, applicationIds };
}
