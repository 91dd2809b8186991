// Shapes of the organisation, person and partnership APIs as the UI reads them.
import type { OrganisationKind } from '../../domain/org/organisation.ts';
import type { MemberRole, UnitKind } from '../../domain/org/partnership.ts';
import type { PartnershipCreates } from '../../domain/access/offers.ts';
import type { OrganisationVerb, PartnershipVerb, PersonVerb } from '../../domain/org/policy.ts';

export type Organisation = {
  id: string;
  kind: OrganisationKind;
  name: string;
  orgnr: string | null;
  kontonr: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  municipalityNumber: string | null;
  officeId: string | null;
  regionId: string | null;
  rskForm: 'forening' | 'vertskommune' | null;
  hostOrganisationId: string | null;
  version: number;
};

/** GET /api/organisations/:id: with the verbs this user may use on it and on its people (the server's policy). */
export type OrganisationDetail = Organisation & { allowed: OrganisationVerb[]; peopleAllowed: PersonVerb[] };

/** A list's `creates`: what the user may create from it, and where (null: nothing to offer). */
export type OrganisationCreates = { organisation: { officeIds: (string | null)[] } | null };
export type PersonCreates = { person: { organisationIds: string[] } | null };
/** GET /api/people `filters`: the organisations whose people the user may read. */
export type PersonFilters = { organisationIds: string[] };
export type PartnershipListCreates = { partnership: PartnershipCreates | null };

export type Person = {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  title: string | null;
  organisationId: string;
  organisationName?: string;
  version: number;
};

/** GET /api/people/:id: with the verbs this user may use on the person. */
export type PersonDetail = Person & { allowed: PersonVerb[] };

export type PartnershipMember = { organisationId: string; name: string; kind: OrganisationKind; role: MemberRole };

export type PartnershipUnit = {
  id?: string;
  name: string;
  kind: UnitKind;
  municipalityNumber: string | null;
  ownerId: string | null;
};

export type PartnershipSummary = {
  id: string;
  name: string;
  officeId: string;
  schemeId: string | null;
  applicant: { id: string; name: string };
  payee: { id: string; name: string };
  members: PartnershipMember[];
  version: number;
};

export type PartnershipEditor = { personId: string; name: string; organisationName: string };

export type PartnershipDetail = PartnershipSummary & {
  description: string | null;
  coordinatorPersonId: string | null;
  units: PartnershipUnit[];
  editors: PartnershipEditor[];
  coordinator: { id: string; name: string } | null;
  /** The verbs this user may use on the partnership (the server's policy); offer exactly these (`move`: may change
   * the office at all; the server also checks the office chosen). */
  allowed: PartnershipVerb[];
};
