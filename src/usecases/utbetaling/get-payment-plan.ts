// A round's payment plan as the office sees it (issue 15 point 1; utbetaling.read): the lines per recipient and year,
// accounts and flags, what is paid and in batches, the tilsagn awaiting acceptance, and what the actor may do.
// Another office's people, the forum and partnerships are refused before anything is read.
import { assertCan } from '../../domain/access/policy.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';
import { paymentPlanAnswer } from '../../views/utbetaling/payment-plan-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function getPaymentPlan({ db, actor, roundId }: Omit<UseCaseContext, 'clock'> & { roundId: string }) {
  const round = await loadRound(db, roundId);
  assertCan(actor, 'read', { type: 'utbetaling', officeId: round.officeId });
  return paymentPlanAnswer(db, actor, round);
}
