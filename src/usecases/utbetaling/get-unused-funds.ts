// One row of unused money with its decision, claim and what has come in (partnership-money.read): the office's money
// readers and the partnership's own people; the answer lists the verbs the actor has.
import { loadUnusedFunds, unusedFundsAnswer } from '../../loaders/utbetaling/load-unused-funds.ts';
import type { UseCaseContext } from '../context.ts';

export async function getUnusedFunds({ db, actor, id }: Omit<UseCaseContext, 'clock'> & { id: string }) {
  const { row, ctx, resource } = await loadUnusedFunds(db, actor, id, 'read');
  return { unused: await unusedFundsAnswer(db, actor, row, ctx, resource) };
}
