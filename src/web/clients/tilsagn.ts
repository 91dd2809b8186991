// The tilsagn module's client (issue 14): decisions and their approval, recipients, letters, acceptance and klage,
// as src/domain/tilsagn/contract.ts declares them.
import { tilsagnContract } from '../../domain/tilsagn/contract.ts';
import { client } from './client.ts';

export const tilsagnApi = client(tilsagnContract);
