// One application with its fields, validation, deadline and history of submissions.
import type { UseCaseContext } from '../shared/context.ts';
import { applicationView } from './application-view.ts';
import { loadApplication } from './application-access.ts';

export async function getApplication({ db, actor, clock, id }: UseCaseContext & { id: string }) {
  return applicationView(db, actor, await loadApplication(db, actor, id, 'read'), clock);
}
