// Organisations of the field: owners, UH, offices, study centres, businesses and the bodies that sit in a forum.
import { z } from 'zod';
import { zExpectedVersion } from '../shared/version.ts';
import { ZEmail, ZKommunenummer, ZKontonr, ZOrgnr, ZPhone, optionalField, zOptionalText, zText } from '../shared/fields.ts';
import { msg } from '../shared/message-keys.ts';

export const ORGANISATION_KINDS = [
  'kommune',
  'fylkeskommune',
  'privat-barnehageeier',
  'privat-skoleeier',
  'rsk',
  'uh',
  'statsforvalter',
  'studiesenter',
  'virksomhet',
  'ks',
  'pbl',
  'fagforening',
  'sametinget',
  'statped',
  'udir',
  'annen',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Kinds that own kindergartens or schools and can be an owner in a partnership. */
export const OWNER_KINDS: readonly OrganisationKind[] = ['kommune', 'fylkeskommune', 'privat-barnehageeier', 'privat-skoleeier', 'rsk'];

export const RSK_FORMS = ['forening', 'vertskommune'] as const;

export const ZOrganisationInput = z
  .object({
    kind: z.enum(ORGANISATION_KINDS, { message: msg('org.chooseOrganisationKind') }),
    name: zText(msg('shared.label.name'), 200),
    orgnr: optionalField(ZOrgnr),
    kontonr: optionalField(ZKontonr),
    email: optionalField(ZEmail),
    phone: optionalField(ZPhone),
    address: zOptionalText(msg('org.label.address'), 300),
    municipalityNumber: optionalField(ZKommunenummer),
    officeId: z.string().nullish().transform((v) => v || null),
    regionId: z.string().nullish().transform((v) => v || null),
    rskForm: z.enum(RSK_FORMS, { message: msg('org.chooseRskForm') }).nullish().transform((v) => v ?? null),
    hostOrganisationId: z.string().nullish().transform((v) => v || null),
  })
  .superRefine((o, ctx) => {
    if (o.kind === 'kommune' && !o.municipalityNumber)
      ctx.addIssue({ code: 'custom', path: ['municipalityNumber'], message: msg('org.chooseMunicipality') });
    if (o.kind === 'rsk' && !o.rskForm)
      ctx.addIssue({ code: 'custom', path: ['rskForm'], message: msg('org.chooseAssociationOrHost') });
    if (o.kind === 'rsk' && o.rskForm === 'vertskommune' && !o.hostOrganisationId)
      ctx.addIssue({ code: 'custom', path: ['hostOrganisationId'], message: msg('org.chooseHostMunicipality') });
  })
  .transform((o) => ({
    ...o,
    rskForm: o.kind === 'rsk' ? o.rskForm : null,
    hostOrganisationId: o.kind === 'rsk' && o.rskForm === 'vertskommune' ? o.hostOrganisationId : null,
    regionId: o.kind === 'rsk' ? o.regionId : null,
  }));
export type TOrganisationInput = z.output<typeof ZOrganisationInput>;
export type TOrganisationForm = z.input<typeof ZOrganisationInput>;

export const ZOrganisationUpdate = z.object({ expectedVersion: zExpectedVersion }).and(ZOrganisationInput);
