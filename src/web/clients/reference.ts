// The reference module's client: counties, municipalities, offices, schemes, regions.
import { referenceContract } from '../../domain/reference/contract.ts';
import { client } from './client.ts';

export const referenceApi = client(referenceContract);
