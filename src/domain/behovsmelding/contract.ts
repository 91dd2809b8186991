// The behovsmelding module's API (ADR 017): rounds (round-contract.ts) and applications (application-contract.ts),
// one contract for the routes, the browser's client (src/web/clients/behovsmelding.ts) and the OpenAPI document.
import { applicationContract } from './application-contract.ts';
import { roundContract } from './round-contract.ts';

export const behovsmeldingContract = { ...roundContract, ...applicationContract } as const;
