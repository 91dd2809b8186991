// Partnerships: one or more owners with one or more UH, the units taking part, who applies and who is paid.
// The zod schema serves the form and the server; the rule checks are pure so the browser can run them too.
// Checks that need the database (organisation kinds, municipalities, people) take the looked-up facts as input.
import { z } from 'zod';
import { zExpectedVersion } from '../shared/version.ts';
import type { FieldError } from '../shared/app-error.ts';
import { ZKommunenummer, optionalField, zOptionalText, zText } from '../shared/fields.ts';
import { OWNER_KINDS, type OrganisationKind } from './organisation.ts';

export const MEMBER_ROLES = ['owner', 'uh'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const UNIT_KINDS = ['barnehage', 'skole', 'sfo', 'videregaende', 'ppt', 'barnevern', 'helsestasjon', 'annen'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

const zId = (message: string) => z.uuid({ message });
const zOptionalId = (message: string) =>
  z.preprocess((v) => (v === '' ? null : v), zId(message).nullish()).transform((v) => v ?? null);

export const ZPartnershipMember = z.object({
  organisationId: zId('Velg organisasjon'),
  role: z.enum(MEMBER_ROLES, { message: 'Velg om organisasjonen er eier eller UH' }),
});

export const ZPartnershipUnit = z.object({
  name: zText('Navn på enheten', 200),
  kind: z.enum(UNIT_KINDS, { message: 'Velg type enhet' }),
  municipalityNumber: optionalField(ZKommunenummer),
  ownerId: zOptionalId('Velg eieren av enheten'),
});

export const ZPartnershipInput = z.object({
  name: zText('Navn', 200),
  officeId: z.string({ error: 'Velg statsforvalterembete' }).trim().min(1, { message: 'Velg statsforvalterembete' }),
  schemeId: z.string().trim().nullish().transform((v) => v || null),
  description: zOptionalText('Beskrivelse', 4000),
  applicantId: zId('Velg søker'),
  payeeId: zId('Velg hvem som mottar eiernes midler'),
  coordinatorPersonId: zOptionalId('Velg koordinator'),
  members: z.array(ZPartnershipMember, { error: 'Legg til eiere og UH' }).max(200, { message: 'For mange deltakere (maks 200)' }),
  units: z.array(ZPartnershipUnit, { error: 'Ugyldig liste over enheter' }).max(1000, { message: 'For mange enheter (maks 1000)' }).default([]),
});
export type TPartnershipInput = z.output<typeof ZPartnershipInput>;
export type TPartnershipForm = z.input<typeof ZPartnershipInput>;

export const ZPartnershipUpdate = z.object({ expectedVersion: zExpectedVersion }).and(ZPartnershipInput);

export const ZPartnershipEditors = z.object({
  personIds: z.array(zId('Ugyldig person'), { error: 'Velg personer' }).max(200, { message: 'For mange redaktører (maks 200)' }),
  /** Optional: the editor list is a whole set, so last writer wins; a client that sends the version gets a 409 on a stale page. */
  expectedVersion: zExpectedVersion.optional(),
});

/** The rules of a partnership that need no database: who may be applicant, payee and unit owner. */
export function checkPartnershipRules(p: TPartnershipInput): FieldError[] {
  const errors: FieldError[] = [];
  const owners = new Set(p.members.filter((m) => m.role === 'owner').map((m) => m.organisationId));
  const seen = new Set<string>();
  p.members.forEach((m, i) => {
    if (seen.has(m.organisationId))
      errors.push({ field: `members.${i}.organisationId`, message: 'Organisasjonen er allerede med i partnerskapet' });
    seen.add(m.organisationId);
  });
  if (owners.size === 0) errors.push({ field: 'members', message: 'Partnerskapet må ha minst én eier' });
  if (!p.members.some((m) => m.role === 'uh')) errors.push({ field: 'members', message: 'Partnerskapet må ha minst én UH-institusjon' });
  if (!owners.has(p.applicantId)) errors.push({ field: 'applicantId', message: 'Søkeren må være en av eierne i partnerskapet' });
  if (!owners.has(p.payeeId)) errors.push({ field: 'payeeId', message: 'Mottakeren av eiernes midler må være en av eierne i partnerskapet' });
  p.units.forEach((u, i) => {
    if (u.ownerId && !owners.has(u.ownerId))
      errors.push({ field: `units.${i}.ownerId`, message: 'Eieren av enheten må være en av eierne i partnerskapet' });
  });
  return errors;
}

/** An owner must be an organisation that owns kindergartens or schools; a UH member must be a UH institution. */
export function checkMemberKinds(members: TPartnershipInput['members'], kindOf: (id: string) => string | undefined): FieldError[] {
  const errors: FieldError[] = [];
  members.forEach((m, i) => {
    const field = `members.${i}.organisationId`;
    const kind = kindOf(m.organisationId);
    if (kind === undefined) errors.push({ field, message: 'Fant ikke organisasjonen' });
    else if (m.role === 'owner' && !OWNER_KINDS.includes(kind as OrganisationKind))
      errors.push({ field, message: 'Organisasjonen kan ikke være eier (må være kommune, fylkeskommune, privat eier eller region)' });
    else if (m.role === 'uh' && kind !== 'uh') errors.push({ field, message: 'Organisasjonen er ikke en UH-institusjon' });
  });
  return errors;
}
