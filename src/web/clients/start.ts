// The start pages' client: one call, the overview of the actor's own work (src/domain/behovsmelding/start-contract.ts).
// Apart from behovsmeldingApi so the start page's chunk does not carry the whole behovsmelding contract.
import { startContract } from '../../domain/behovsmelding/start-contract.ts';
import { client } from './client.ts';

export const startApi = client(startContract);
