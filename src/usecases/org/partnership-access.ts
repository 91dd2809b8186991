// Builds the policy's view of a partnership (stored or as submitted), so every partnership use case asks the
// policy the same question in the same way.
import type { PartnershipResource } from '../../domain/org/policy.ts';

type PartnershipFacts = {
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

/** What the audit log keeps of a partnership: the row with its members, units and editors, in one snapshot. */
export function partnershipSnapshot(p: {
  members: { organisationId: string; role: string }[];
  units: unknown[];
  editors: { personId: string }[];
  applicant?: unknown;
  payee?: unknown;
}) {
  const { applicant: _a, payee: _p, ...rest } = p;
  return {
    ...rest,
    members: p.members.map((m) => ({ organisationId: m.organisationId, role: m.role })),
    editors: p.editors.map((e) => e.personId),
  };
}
