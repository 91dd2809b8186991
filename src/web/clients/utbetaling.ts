// The utbetaling module's client (issue 15; ADR 027): payment plans and accounts, payment batches and their files,
// unused money and the money overview, as src/domain/utbetaling/contract.ts declares them.
import { utbetalingContract } from '../../domain/utbetaling/contract.ts';
import { client } from './client.ts';

export const utbetalingApi = client(utbetalingContract);
