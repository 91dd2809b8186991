// The samarbeidsforum module's API (issue 13; ADR 017), one part per area: members and meetings, the review, the
// budget frames, the allocation and the innstilling.
import { allocationContract } from './allocation-contract.ts';
import { framesContract } from './frames-contract.ts';
import { innstillingContract } from './innstilling-contract.ts';
import { membersContract } from './members-contract.ts';
import { reviewContract } from './review-contract.ts';

export const forumContract = { ...membersContract, ...reviewContract, ...framesContract, ...allocationContract, ...innstillingContract } as const;
