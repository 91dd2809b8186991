// Builds the policy's view of a partnership (stored or as submitted), so every partnership use case asks the
// policy the same question in the same way.
import type { PartnershipResource } from './policy.ts';

export type PartnershipFacts = {
  officeId: string;
  applicantId: string;
  coordinatorPersonId: string | null;
  members: { organisationId: string }[];
  editorPersonIds?: string[];
  editors?: { personId: string }[];
};

export function partnershipResource(p: PartnershipFacts): PartnershipResource {
  return {
    type: 'partnership',
    officeId: p.officeId,
    applicantId: p.applicantId,
    coordinatorPersonId: p.coordinatorPersonId,
    memberIds: p.members.map((m) => m.organisationId),
    editorPersonIds: p.editorPersonIds ?? (p.editors ?? []).map((e) => e.personId),
  };
}
