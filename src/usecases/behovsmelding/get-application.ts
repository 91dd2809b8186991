// One application with its fields, validation, deadline and history of submissions.
import { applicationView } from './application-view.ts';
import { loadApplication } from './application-access.ts';
import type { BehovsmeldingContext } from './context.ts';

export async function getApplication({ db, actor, clock, id }: BehovsmeldingContext & { id: string }) {
  return applicationView(db, actor, await loadApplication(db, actor, id, 'read'), clock);
}
