// Every module's contract, by module (the OpenAPI document's tags). A new module adds its line here as it adds its
// routes in routes/index.ts.
import type { Contract } from '../../domain/shared/endpoint.ts';
import { accessContract } from '../../domain/access/contract.ts';
import { auditContract } from '../../domain/audit/contract.ts';
import { behovsmeldingContract } from '../../domain/behovsmelding/contract.ts';
import { forumContract } from '../../domain/forum/contract.ts';
import { tilsagnContract } from '../../domain/tilsagn/contract.ts';
import { utbetalingContract } from '../../domain/utbetaling/contract.ts';
import { arkivContract } from '../../domain/arkiv/contract.ts';
import { orgContract } from '../../domain/org/contract.ts';
import { platformContract } from '../../domain/platform/contract.ts';
import { questionnaireContract } from '../../domain/questionnaire/contract.ts';
import { referenceContract } from '../../domain/reference/contract.ts';

export const CONTRACTS: Record<string, Contract> = {
  access: accessContract,
  audit: auditContract,
  behovsmelding: behovsmeldingContract,
  forum: forumContract,
  org: orgContract,
  platform: platformContract,
  questionnaire: questionnaireContract,
  reference: referenceContract,
  tilsagn: tilsagnContract,
  utbetaling: utbetalingContract,
  arkiv: arkivContract,
};

/** The endpoint registered as 'GET /api/regions/:id', if any contract declares it. */
export function endpointOf(route: string) {
  for (const contract of Object.values(CONTRACTS))
    for (const e of Object.values(contract)) if (`${e.method} ${e.path}` === route) return e;
  return undefined;
}
