// A frozen submission (the latest, or by its sequence number) as it was sent.
import { findSubmission } from '../../db/behovsmelding-application-repository.ts';
import type { TApplicationSnapshot } from '../../domain/behovsmelding/application-snapshot.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import type { UseCaseContext } from '../context.ts';
import { loadApplication } from '../../loaders/behovsmelding/load-application.ts';

export async function getSubmission({ db, actor, id, sequence }: UseCaseContext & { id: string; sequence?: number | undefined }) {
  const { app } = await loadApplication(db, actor, id, 'read');
  const seq = sequence !== undefined && Number.isSafeInteger(sequence) && sequence > 0 ? sequence : undefined;
  const row = await findSubmission(db, app.id, seq);
  if (!row) throw AppError.notFound(msg('behovsmelding.notSubmitted'));
  return row.snapshot as TApplicationSnapshot;
}
