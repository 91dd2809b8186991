// Builds the frozen record of a submission from what is stored now (inside the submit transaction). Its messages are
// frozen in Bokmål (the record's language), not as message tokens.
import { listAttachments } from '../../db/behovsmelding-attachment-repository.ts';
import { listOffices } from '../../db/reference-repository.ts';
import { servedAttachment } from '../../domain/behovsmelding/attachment-type.ts';
import type { DbOrTx } from '../../db/client.ts';
import { SNAPSHOT_FORMAT, type TApplicationSnapshot } from '../../domain/behovsmelding/application-snapshot.ts';
import { warningsOf } from '../../domain/behovsmelding/budget-issue.ts';
import { renderIssues, renderTotals } from '../../domain/behovsmelding/render-issues.ts';
import { renderNb } from '../../domain/shared/message-catalogs.ts';
import type { TApplicationValidation, TFieldValues } from '../../domain/behovsmelding/validate-application.ts';
import type { LoadedApplication } from '../../loaders/behovsmelding/load-application.ts';
import { partnershipOut } from './application-view.ts';

export async function buildSnapshot(
  tx: DbOrTx,
  loaded: LoadedApplication,
  input: { values: TFieldValues; validation: TApplicationValidation; documentNumber: string; sequence: number; submittedAt: Date; submittedByName: string; onExtension: boolean },
): Promise<TApplicationSnapshot> {
  const { app, round, partnership } = loaded;
  const attachments = await listAttachments(tx, app.id);
  const offices = await listOffices(tx);
  const p = partnershipOut(partnership);
  return {
    format: SNAPSHOT_FORMAT,
    applicationId: app.id,
    documentNumber: input.documentNumber,
    sequence: input.sequence,
    submittedAt: input.submittedAt.toISOString(),
    submittedByName: input.submittedByName,
    onExtension: input.onExtension,
    round: {
      id: round.id,
      title: round.title,
      year: round.year,
      officeId: round.officeId,
      officeName: round.officeName,
      schemeId: round.schemeId,
      schemeName: round.schemeName,
      deadlineLocal: round.deadlineLocal,
      caseNumber: round.caseNumbers[app.countyNumber] ?? '',
      countyNumber: app.countyNumber,
      coordinatorAllowed: round.coordinatorAllowed,
      officeNames: Object.fromEntries(offices.map((o) => [o.id, o.name])),
    },
    partnership: { id: p.id, name: p.name, applicantName: partnership.applicant.name, owners: p.owners, uh: p.uh },
    values: input.values,
    totals: renderTotals(input.validation.totals, renderNb),
    warnings: renderIssues(warningsOf(input.validation.issues), renderNb) as TApplicationSnapshot['warnings'],
    attachments: attachments.map((a) => ({ id: a.id, ...servedAttachment(a), size: a.size, sha256: a.sha256 })),
  };
}
