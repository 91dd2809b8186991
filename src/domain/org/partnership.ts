// Partnerships: one or more owners with one or more UH, the units taking part, who applies and who is paid.
// The zod schema serves the form and the server; the rule checks are pure so the browser can run them too.
// Checks that need the database (organisation kinds, municipalities, people) take the looked-up facts as input.
import { z } from 'zod';
import { zExpectedVersion } from '../shared/version.ts';
import type { FieldError } from '../shared/app-error.ts';
import { ZKommunenummer, optionalField, zOptionalText, zText } from '../shared/fields.ts';
import { msg } from '../shared/message-keys.ts';
import { OWNER_KINDS, type OrganisationKind } from './organisation.ts';

export const MEMBER_ROLES = ['owner', 'uh'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const UNIT_KINDS = ['barnehage', 'skole', 'sfo', 'videregaende', 'ppt', 'barnevern', 'helsestasjon', 'annen'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

const zId = (message: string) => z.uuid({ message });
const zOptionalId = (message: string) =>
  z.preprocess((v) => (v === '' ? null : v), zId(message).nullish()).transform((v) => v ?? null);

export const ZPartnershipMember = z.object({
  organisationId: zId(msg('org.chooseOrganisation')),
  role: z.enum(MEMBER_ROLES, { message: msg('org.chooseMemberRole') }),
});

export const ZPartnershipUnit = z.object({
  name: zText(msg('org.label.unitName'), 200),
  kind: z.enum(UNIT_KINDS, { message: msg('org.chooseUnitKind') }),
  municipalityNumber: optionalField(ZKommunenummer),
  ownerId: zOptionalId(msg('org.chooseUnitOwner')),
});

export const ZPartnershipInput = z.object({
  name: zText(msg('shared.label.name'), 200),
  officeId: z.string({ error: msg('org.chooseOffice') }).trim().min(1, { message: msg('org.chooseOffice') }),
  schemeId: z.string().trim().nullish().transform((v) => v || null),
  description: zOptionalText(msg('shared.label.description'), 4000),
  applicantId: zId(msg('org.chooseApplicant')),
  payeeId: zId(msg('org.choosePayee')),
  coordinatorPersonId: zOptionalId(msg('org.chooseCoordinator')),
  members: z.array(ZPartnershipMember, { error: msg('org.addMembers') }).max(200, { message: msg('org.tooManyMembers', { max: 200 }) }),
  units: z.array(ZPartnershipUnit, { error: msg('org.invalidUnitList') }).max(1000, { message: msg('org.tooManyUnits', { max: 1000 }) }).default([]),
});
export type TPartnershipInput = z.output<typeof ZPartnershipInput>;
export type TPartnershipForm = z.input<typeof ZPartnershipInput>;

export const ZPartnershipUpdate = z.object({ expectedVersion: zExpectedVersion }).and(ZPartnershipInput);

export const ZPartnershipEditors = z.object({
  personIds: z.array(zId(msg('org.invalidPerson')), { error: msg('org.choosePeople') }).max(200, { message: msg('org.tooManyEditors', { max: 200 }) }),
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
      errors.push({ field: `members.${i}.organisationId`, message: msg('org.memberTwice') });
    seen.add(m.organisationId);
  });
  if (owners.size === 0) errors.push({ field: 'members', message: msg('org.needsOwner') });
  if (!p.members.some((m) => m.role === 'uh')) errors.push({ field: 'members', message: msg('org.needsUh') });
  if (!owners.has(p.applicantId)) errors.push({ field: 'applicantId', message: msg('org.applicantNotOwner') });
  if (!owners.has(p.payeeId)) errors.push({ field: 'payeeId', message: msg('org.payeeNotOwner') });
  p.units.forEach((u, i) => {
    if (u.ownerId && !owners.has(u.ownerId))
      errors.push({ field: `units.${i}.ownerId`, message: msg('org.unitOwnerNotOwner') });
  });
  return errors;
}

/** An owner must be an organisation that owns kindergartens or schools; a UH member must be a UH institution. */
export function checkMemberKinds(members: TPartnershipInput['members'], kindOf: (id: string) => string | undefined): FieldError[] {
  const errors: FieldError[] = [];
  members.forEach((m, i) => {
    const field = `members.${i}.organisationId`;
    const kind = kindOf(m.organisationId);
    if (kind === undefined) errors.push({ field, message: msg('org.organisationNotFound') });
    else if (m.role === 'owner' && !OWNER_KINDS.includes(kind as OrganisationKind))
      errors.push({ field, message: msg('org.cannotBeOwner') });
    else if (m.role === 'uh' && kind !== 'uh') errors.push({ field, message: msg('org.notUh') });
  });
  return errors;
}
