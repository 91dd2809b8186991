// The samarbeidsforum module's client (issue 13): members and meetings, the review, budget frames, the allocation
// and the innstilling, as src/domain/forum/contract.ts declares them.
import { forumContract } from '../../domain/forum/contract.ts';
import { client } from './client.ts';

export const forumApi = client(forumContract);
