// Form state of a partnership and its conversion to the request body (ZPartnershipInput's shape). Units carry a
// client-only key so React can keep each row's inputs apart while rows are added and removed.
import type { MemberRole, TPartnershipForm, UnitKind } from '../../../domain/org/partnership.ts';
import type { PartnershipDetail } from '../../types/org.ts';

export type MemberValue = { organisationId: string; role: MemberRole };
export type UnitValue = { key: string; name: string; kind: UnitKind | ''; municipalityNumber: string; ownerId: string };

export type PartnershipFormValues = {
  name: string;
  officeId: string;
  schemeId: string;
  description: string;
  applicantId: string;
  payeeId: string;
  coordinatorPersonId: string;
  members: MemberValue[];
  units: UnitValue[];
};

let nextKey = 0;
export const newUnitKey = () => `unit-${++nextKey}`;

export function partnershipFormValues(p?: PartnershipDetail, officeId = ''): PartnershipFormValues {
  return {
    name: p?.name ?? '',
    officeId: p?.officeId ?? officeId,
    schemeId: p?.schemeId ?? '',
    description: p?.description ?? '',
    applicantId: p?.applicant.id ?? '',
    payeeId: p?.payee.id ?? '',
    coordinatorPersonId: p?.coordinatorPersonId ?? p?.coordinator?.id ?? '',
    members: p?.members.map((m) => ({ organisationId: m.organisationId, role: m.role })) ?? [],
    units:
      p?.units.map((u) => ({ key: newUnitKey(), name: u.name, kind: u.kind, municipalityNumber: u.municipalityNumber ?? '', ownerId: u.ownerId ?? '' })) ?? [],
  };
}

/** The request body. A unit's kind select holds '' until one is chosen; useForm checks the body with the schema before
 * it is sent, so only the domain's unit kinds reach the server: the cast names what that check proves. */
export function partnershipBody(v: PartnershipFormValues): TPartnershipForm {
  return {
    name: v.name,
    officeId: v.officeId,
    schemeId: v.schemeId || null,
    description: v.description,
    applicantId: v.applicantId,
    payeeId: v.payeeId,
    coordinatorPersonId: v.coordinatorPersonId || null,
    members: v.members,
    units: v.units.map(({ name, kind, municipalityNumber, ownerId }) => ({ name, kind: kind as UnitKind, municipalityNumber, ownerId: ownerId || null })),
  };
}
export type PartnershipBody = ReturnType<typeof partnershipBody>;
