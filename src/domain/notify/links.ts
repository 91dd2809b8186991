// The pages a message links to (ADR 027: every message links to what it is about). The application's and the round's
// addresses are the behovsmelding module's; the decision is a section of the application's page (the partnership's
// view of its vedtak, src/web/pages/tilsagn/application-decision.tsx), reached by its heading's id.
import { applicationLink, roundLink } from '../behovsmelding/email-links.ts';

export { applicationLink, roundLink };

/** The decision section of the application's page, where the coordinator reads the letter and accepts. */
export const decisionLink = (publicUrl: string | undefined, applicationId: string): string => `${applicationLink(publicUrl, applicationId)}#tilsagn-decision-heading`;

/** `2071-03-01` → `01.03.2071`: an Oslo calendar date as a message shows it (the same in both standards). */
export function formatDateLocal(dateLocal: string): string {
  const [year, month, day] = dateLocal.slice(0, 10).split('-');
  return `${day}.${month}.${year}`;
}
