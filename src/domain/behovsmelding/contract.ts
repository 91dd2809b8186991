// The behovsmelding module's API (ADR 017): rounds (round-contract.ts), applications (application-contract.ts) and
// the start pages (start-contract.ts): one contract for the routes, the browser's client
// (src/web/clients/behovsmelding.ts) and the OpenAPI document.
import { applicationContract } from './application-contract.ts';
import { roundContract } from './round-contract.ts';
import { startContract } from './start-contract.ts';

export const behovsmeldingContract = { ...roundContract, ...applicationContract, ...startContract } as const;
