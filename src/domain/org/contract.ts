// The org module's API (ADR 017): organisations, their contact persons and the partnerships. Request bodies are the
// schemas the use cases parse; answers are strict (src/views/org/ picks their fields from the rows).
import { z } from 'zod';
import { endpoint, ZIdParams } from '../shared/endpoint.ts';
import { ORGANISATION_KINDS, RSK_FORMS, ZOrganisationInput, ZOrganisationUpdate } from './organisation.ts';
import { MEMBER_ROLES, UNIT_KINDS, ZPartnershipEditors, ZPartnershipInput, ZPartnershipUpdate } from './partnership.ts';
import { ZPersonInput, ZPersonUpdate } from './person.ts';
import type { OrganisationVerb, PartnershipVerb, PersonVerb } from './policy.ts';

const ORGANISATION_VERBS = ['read', 'create', 'edit'] as const satisfies readonly OrganisationVerb[];
const PERSON_VERBS = ['read', 'create', 'edit'] as const satisfies readonly PersonVerb[];
const PARTNERSHIP_VERBS = ['read', 'create', 'edit', 'delete', 'manage-editors', 'move'] as const satisfies readonly PartnershipVerb[];

// ---- Organisations ---------------------------------------------------------------------------------------------

export const ZOrganisation = z.strictObject({
  id: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  name: z.string(),
  orgnr: z.string().nullable(),
  kontonr: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  municipalityNumber: z.string().nullable(),
  officeId: z.string().nullable(),
  regionId: z.string().nullable(),
  rskForm: z.enum(RSK_FORMS).nullable(),
  hostOrganisationId: z.string().nullable(),
  version: z.number(),
});
export type Organisation = z.output<typeof ZOrganisation>;

/** With the verbs this user may use on it and on its people (the server's policy). */
export const ZOrganisationDetail = z.strictObject({
  ...ZOrganisation.shape,
  allowed: z.array(z.enum(ORGANISATION_VERBS)),
  peopleAllowed: z.array(z.enum(PERSON_VERBS)),
});
export type OrganisationDetail = z.output<typeof ZOrganisationDetail>;

/** The list's `creates`: the offices to register an organisation in (null in the list: a national body; null
 * `organisation`: nothing to offer). */
export const ZOrganisationCreates = z.strictObject({ organisation: z.strictObject({ officeIds: z.array(z.string().nullable()) }).nullable() });
export type OrganisationCreates = z.output<typeof ZOrganisationCreates>;

/** GET /api/organisations: filters, each optional (the repository ignores an empty one). */
export const ZOrganisationListQuery = z.object({ kind: z.string().optional(), q: z.string().optional(), officeId: z.string().optional() });

// ---- People ------------------------------------------------------------------------------------------------------

export const ZPerson = z.strictObject({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  title: z.string().nullable(),
  organisationId: z.string(),
  organisationName: z.string(),
  version: z.number(),
});
export type Person = z.output<typeof ZPerson>;

export const ZPersonDetail = z.strictObject({ ...ZPerson.shape, allowed: z.array(z.enum(PERSON_VERBS)) });
export type PersonDetail = z.output<typeof ZPersonDetail>;

/** The organisations to add a person to — of the one listed, when the list is of one (null: nothing to offer). */
export const ZPersonCreates = z.strictObject({ person: z.strictObject({ organisationIds: z.array(z.string()) }).nullable() });
export type PersonCreates = z.output<typeof ZPersonCreates>;
/** The organisations whose people the user may read (the list's filter offers only these). */
export const ZPersonFilters = z.strictObject({ organisationIds: z.array(z.string()) });
export type PersonFilters = z.output<typeof ZPersonFilters>;

/** GET /api/people: the people of one organisation, or all the user may read. */
export const ZPersonListQuery = z.object({ organisationId: z.string().optional() });

// ---- Partnerships ------------------------------------------------------------------------------------------------

const ZNamed = z.strictObject({ id: z.string(), name: z.string() });

export const ZPartnershipMemberOut = z.strictObject({
  organisationId: z.string(),
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  role: z.enum(MEMBER_ROLES),
});
export type PartnershipMember = z.output<typeof ZPartnershipMemberOut>;

export const ZPartnershipUnitOut = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  municipalityNumber: z.string().nullable(),
  ownerId: z.string().nullable(),
});
export type PartnershipUnit = z.output<typeof ZPartnershipUnitOut>;

export const ZPartnershipEditor = z.strictObject({ personId: z.string(), name: z.string(), organisationName: z.string() });
export type PartnershipEditor = z.output<typeof ZPartnershipEditor>;

/** A partnership in a list. */
export const ZPartnershipSummary = z.strictObject({
  id: z.string(),
  name: z.string(),
  officeId: z.string(),
  schemeId: z.string().nullable(),
  applicant: ZNamed,
  payee: ZNamed,
  members: z.array(ZPartnershipMemberOut),
  version: z.number(),
});
export type PartnershipSummary = z.output<typeof ZPartnershipSummary>;

/** The whole partnership, as saved (the answer to a create or an update). */
export const ZPartnership = z.strictObject({
  ...ZPartnershipSummary.shape,
  description: z.string().nullable(),
  applicantId: z.string(),
  payeeId: z.string(),
  coordinatorPersonId: z.string().nullable(),
  units: z.array(ZPartnershipUnitOut),
  editors: z.array(ZPartnershipEditor),
});
export type Partnership = z.output<typeof ZPartnership>;

export const ZPartnershipDetail = z.strictObject({
  ...ZPartnership.shape,
  coordinator: ZNamed.nullable(),
  /** The verbs this user may use on the partnership (the server's policy); offer exactly these (`move`: may change
   * the office at all; the server also checks the office chosen). */
  allowed: z.array(z.enum(PARTNERSHIP_VERBS)),
});
export type PartnershipDetail = z.output<typeof ZPartnershipDetail>;

/** The list's `creates`: the offices where the user may create one whatever its applicant, and the organisations
 * that may be its applicant (null: nothing to offer). */
export const ZPartnershipListCreates = z.strictObject({
  partnership: z.strictObject({ officeIds: z.array(z.string()), applicantIds: z.array(z.string()) }).nullable(),
});
export type PartnershipListCreates = z.output<typeof ZPartnershipListCreates>;

/** Someone the editor picker offers: a person of a member organisation, without contact details. */
export const ZPartnershipCandidate = z.strictObject({ id: z.string(), name: z.string(), organisationName: z.string() });
export type PartnershipCandidate = z.output<typeof ZPartnershipCandidate>;

const ownOrganisationOrOffice = 'saksbehandler i embetet organisasjonen hører til (nasjonale organer: enhver saksbehandler) og organisasjonens egne roller';

export const orgContract = {
  listOrganisations: endpoint({
    method: 'GET',
    path: '/api/organisations',
    summary: 'Organisasjonene, filtrert på type, navn og embete, og hvor brukeren kan registrere en',
    access: 'innloggede',
    query: ZOrganisationListQuery,
    response: z.strictObject({ organisations: z.array(ZOrganisation), creates: ZOrganisationCreates }),
  }),
  createOrganisation: endpoint({
    method: 'POST',
    path: '/api/organisations',
    summary: 'Registrerer en organisasjon',
    access: 'saksbehandler i embetet organisasjonen hører til (nasjonale organer: enhver saksbehandler)',
    body: ZOrganisationInput,
    status: 201,
    response: z.strictObject({ organisation: ZOrganisation }),
  }),
  getOrganisation: endpoint({
    method: 'GET',
    path: '/api/organisations/:id',
    summary: 'Én organisasjon, med hva brukeren kan gjøre med den og med personene i den',
    access: 'innloggede',
    params: ZIdParams,
    response: z.strictObject({ organisation: ZOrganisationDetail }),
  }),
  updateOrganisation: endpoint({
    method: 'PUT',
    path: '/api/organisations/:id',
    summary: 'Endrer en organisasjon',
    access: `${ownOrganisationOrOffice} (begge embeter ved flytting)`,
    params: ZIdParams,
    body: ZOrganisationUpdate,
    response: z.strictObject({ organisation: ZOrganisation }),
  }),
  listPeople: endpoint({
    method: 'GET',
    path: '/api/people',
    summary: 'Kontaktpersonene i én organisasjon eller alle brukeren kan se, med hvor brukeren kan legge til en',
    access: `${ownOrganisationOrOffice}; uten organisasjon viser listen bare personene brukeren kan se`,
    query: ZPersonListQuery,
    response: z.strictObject({ people: z.array(ZPerson), creates: ZPersonCreates, filters: ZPersonFilters }),
  }),
  createPerson: endpoint({
    method: 'POST',
    path: '/api/people',
    summary: 'Legger til en kontaktperson i en organisasjon',
    access: ownOrganisationOrOffice,
    body: ZPersonInput,
    status: 201,
    response: z.strictObject({ person: ZPerson }),
  }),
  getPerson: endpoint({
    method: 'GET',
    path: '/api/people/:id',
    summary: 'Én kontaktperson, med hva brukeren kan gjøre med den',
    access: ownOrganisationOrOffice,
    params: ZIdParams,
    response: z.strictObject({ person: ZPersonDetail }),
  }),
  updatePerson: endpoint({
    method: 'PUT',
    path: '/api/people/:id',
    summary: 'Endrer en kontaktperson, også hvilken organisasjon den hører til',
    access: `${ownOrganisationOrOffice} (begge organisasjoner ved flytting)`,
    params: ZIdParams,
    body: ZPersonUpdate,
    response: z.strictObject({ person: ZPerson }),
  }),
  listPartnerships: endpoint({
    method: 'GET',
    path: '/api/partnerships',
    summary: 'Partnerskapene brukeren kan lese, og hvor brukeren kan opprette et',
    access: 'innloggede (listen viser bare partnerskapene brukeren kan lese)',
    response: z.strictObject({ partnerships: z.array(ZPartnershipSummary), creates: ZPartnershipListCreates }),
  }),
  createPartnership: endpoint({
    method: 'POST',
    path: '/api/partnerships',
    summary: 'Oppretter et partnerskap med eiere, UH og enheter',
    access: 'saksbehandler i embetet, eller eierkoordinator med egen organisasjon som søker',
    body: ZPartnershipInput,
    status: 201,
    response: z.strictObject({ partnership: ZPartnership }),
  }),
  getPartnership: endpoint({
    method: 'GET',
    path: '/api/partnerships/:id',
    summary: 'Ett partnerskap med medlemmer, enheter og redaktører, og hva brukeren kan gjøre med det',
    access: 'embetet (saksbehandler, forum, leser), koordinatoren, redaktørene og medlemsorganisasjonene',
    params: ZIdParams,
    response: z.strictObject({ partnership: ZPartnershipDetail }),
  }),
  updatePartnership: endpoint({
    method: 'PUT',
    path: '/api/partnerships/:id',
    summary: 'Lagrer hele partnerskapsskjemaet: partnerskapet, medlemmene og enhetene',
    access:
      'saksbehandler i embetet, koordinatoren og redaktørene; søker, mottaker og koordinator bare saksbehandler og koordinator; ' +
      'flytting til et annet embete bare saksbehandler i begge embeter',
    params: ZIdParams,
    body: ZPartnershipUpdate,
    response: z.strictObject({ partnership: ZPartnership }),
  }),
  listPartnershipCandidates: endpoint({
    method: 'GET',
    path: '/api/partnerships/:id/candidates',
    summary: 'Personene i medlemsorganisasjonene som kan få redigeringsrett (uten kontaktopplysninger)',
    access: 'saksbehandler i embetet og koordinatoren',
    params: ZIdParams,
    response: z.strictObject({ people: z.array(ZPartnershipCandidate) }),
  }),
  setPartnershipEditors: endpoint({
    method: 'PUT',
    path: '/api/partnerships/:id/editors',
    summary: 'Bestemmer hvem i medlemsorganisasjonene som kan redigere partnerskapet',
    access: 'saksbehandler i embetet og koordinatoren',
    params: ZIdParams,
    body: ZPartnershipEditors,
    response: z.strictObject({ editors: z.array(ZPartnershipEditor) }),
  }),
} as const;
