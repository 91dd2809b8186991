// Where a decision's page links to the partnership's payments (/utbetaling/partnerskap/:id): only a tilsagn has
// money, and only those the money policy lets read it get the link (the forum, which reads decisions, sees no
// payment). One rule for the office's decision page and the coordinator's application page.
import { can } from '../access/policy.ts';
import type { Actor } from '../access/roles.ts';
import { partnershipResource, type PartnershipFacts } from '../org/partnership-resource.ts';

export function moneyPartnershipId(actor: Actor, partnership: PartnershipFacts & { id: string }, kind: string): string | null {
  if (kind === 'avslag') return null;
  const resource = { type: 'partnership-money' as const, officeId: partnership.officeId, partnership: partnershipResource(partnership) };
  return can(actor, 'read', resource) ? partnership.id : null;
}
