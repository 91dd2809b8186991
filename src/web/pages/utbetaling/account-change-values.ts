// What a decided account change did to the payment batches, for the status message a case officer hears.
import type { z } from 'zod';
import type { ZAccountChangeDecision } from '../../../domain/utbetaling/accounts-contract.ts';

type Decision = z.output<typeof ZAccountChangeDecision>;

/** Batches the confirmation sent back to 'utkast': they were sent for or had approval and need a new one. Batches
 * still in draft took the new account too, but nobody has to approve them again. */
export const batchesReturned = (d: Pick<Decision, 'batches'>): number => d.batches.filter((b) => b.stateBefore !== b.state).length;
