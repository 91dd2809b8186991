// The org module's client: organisations, contact persons, partnerships.
import { orgContract } from '../../domain/org/contract.ts';
import { client } from './client.ts';

export const orgApi = client(orgContract);
