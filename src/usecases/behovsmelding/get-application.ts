// One application with its fields, validation, deadline and history of submissions.
import type { UseCaseContext } from '../context.ts';
import { applicationView } from '../../views/behovsmelding/application-view.ts';
import { loadApplication } from '../../loaders/behovsmelding/load-application.ts';

export async function getApplication({ db, actor, clock, id }: UseCaseContext & { id: string }) {
  return applicationView(db, actor, await loadApplication(db, actor, id, 'read'), clock);
}
