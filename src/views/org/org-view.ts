// Organisations and partnerships as the API shows them (src/domain/org/contract.ts): the contract's fields, never
// the rows' bookkeeping (timestamps, grant times) or a column added later. The rows hold kinds and roles as text;
// the forms only ever store the domain's values, and the route's strict schema checks each answer.
import type { OrganisationRow } from '../../db/org-repository.ts';
import type { PartnershipDetail as PartnershipRows, PartnershipEditorView, PartnershipMemberView, PartnershipSummary as SummaryRow } from '../../db/partnership-repository.ts';
import type { Organisation, Partnership, PartnershipEditor, PartnershipMember, PartnershipSummary, PartnershipUnit } from '../../domain/org/contract.ts';
import type { OrganisationKind } from '../../domain/org/organisation.ts';
import type { MemberRole, UnitKind } from '../../domain/org/partnership.ts';

export function organisationOut(o: OrganisationRow): Organisation {
  return {
    id: o.id,
    kind: o.kind as OrganisationKind,
    name: o.name,
    orgnr: o.orgnr,
    kontonr: o.kontonr,
    email: o.email,
    phone: o.phone,
    address: o.address,
    municipalityNumber: o.municipalityNumber,
    officeId: o.officeId,
    regionId: o.regionId,
    rskForm: o.rskForm as Organisation['rskForm'],
    hostOrganisationId: o.hostOrganisationId,
    version: o.version,
  };
}

const memberOut = (m: PartnershipMemberView): PartnershipMember => ({
  organisationId: m.organisationId,
  name: m.name,
  kind: m.kind as OrganisationKind,
  role: m.role as MemberRole,
});

export const editorOut = (e: Pick<PartnershipEditorView, 'personId' | 'name' | 'organisationName'>): PartnershipEditor => ({
  personId: e.personId,
  name: e.name,
  organisationName: e.organisationName,
});

export function partnershipSummaryOut(p: Pick<SummaryRow, 'id' | 'name' | 'officeId' | 'schemeId' | 'applicant' | 'payee' | 'members' | 'version'>): PartnershipSummary {
  return {
    id: p.id,
    name: p.name,
    officeId: p.officeId,
    schemeId: p.schemeId,
    applicant: { id: p.applicant.id, name: p.applicant.name },
    payee: { id: p.payee.id, name: p.payee.name },
    members: p.members.map(memberOut),
    version: p.version,
  };
}

/** The whole partnership with its members, units and editors. */
export function partnershipOut(p: PartnershipRows): Partnership {
  return {
    ...partnershipSummaryOut(p),
    description: p.description,
    applicantId: p.applicantId,
    payeeId: p.payeeId,
    coordinatorPersonId: p.coordinatorPersonId,
    units: p.units.map(
      (u): PartnershipUnit => ({ id: u.id, name: u.name, kind: u.kind as UnitKind, municipalityNumber: u.municipalityNumber, ownerId: u.ownerId }),
    ),
    editors: p.editors.map(editorOut),
  };
}
