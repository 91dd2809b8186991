// The organisation form, for new and edit. RSK-specific fields appear only for kind "rsk", as the schema
// (ZOrganisationInput) asks for them only then.
import { Fieldset } from '@digdir/designsystemet-react';
import type { z } from 'zod';
import { ORGANISATION_KINDS, RSK_FORMS, type OrganisationKind, type TOrganisationForm } from '../../../domain/org/organisation.ts';
import { useLabels } from '../../components/labels.ts';
import { FormActions } from '../../forms/form-actions.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { SelectField, TextField } from '../../forms/fields.tsx';
import { useForm } from '../../forms/use-form.ts';
import { useMunicipalities, useOffices, useOrganisations, useRegions } from '../../hooks/use-reference.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import type { Organisation } from '../../types/org.ts';

export type OrganisationFormValues = Record<
  'kind' | 'name' | 'orgnr' | 'kontonr' | 'email' | 'phone' | 'address' | 'municipalityNumber' | 'officeId' | 'regionId' | 'rskForm' | 'hostOrganisationId',
  string
>;

export function organisationFormValues(o?: Organisation): OrganisationFormValues {
  return {
    kind: o?.kind ?? '',
    name: o?.name ?? '',
    orgnr: o?.orgnr ?? '',
    kontonr: o?.kontonr ?? '',
    email: o?.email ?? '',
    phone: o?.phone ?? '',
    address: o?.address ?? '',
    municipalityNumber: o?.municipalityNumber ?? '',
    officeId: o?.officeId ?? '',
    regionId: o?.regionId ?? '',
    rskForm: o?.rskForm ?? '',
    hostOrganisationId: o?.hostOrganisationId ?? '',
  };
}

/** The request body: an empty choice of RSK form is "not given" (null), which is what the schema accepts. The selects
 * hold the kind and the RSK form as text ('' for "not chosen"); useForm checks the body with the schema before it is
 * sent, so only a kind and an RSK form of the domain's lists reach the server: the two casts name what that check
 * proves. */
export function organisationBody(v: OrganisationFormValues): TOrganisationForm {
  return { ...v, kind: v.kind as OrganisationKind, rskForm: (v.rskForm || null) as TOrganisationForm['rskForm'] };
}
export type OrganisationBody = ReturnType<typeof organisationBody>;

type Props<B> = {
  initial: OrganisationFormValues;
  schema: z.ZodType;
  toBody: (values: OrganisationFormValues) => B;
  onSubmit: (body: B) => Promise<void>;
  submitLabel: string;
  cancelTo: string;
};

export function OrganisationForm<B>({ initial, schema, toBody, onSubmit, submitLabel, cancelTo }: Props<B>) {
  const t = useT();
  const { kindLabel, rskFormLabel } = useLabels();
  const form = useForm({ initial, schema, toBody, onSubmit });
  const { values, set, errorFor } = form;
  const municipalities = useMunicipalities().data?.municipalities ?? [];
  const offices = useOffices().data?.offices ?? [];
  const regions = useRegions().data?.regions ?? [];
  const kommuner = useOrganisations({ kind: 'kommune' }).data?.organisations ?? [];
  const text = (name: keyof OrganisationFormValues) => ({ name, value: values[name], error: errorFor(name), onChange: (v: string) => set(name, v) });

  return (
    <FormFrame form={form} label={submitLabel}>
      <SelectField
        {...text('kind')}
        label={t('field.kind')}
        required
        placeholder={t('form.choose')}
        options={ORGANISATION_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
      />
      <TextField {...text('name')} label={t('field.name')} required autoComplete="organization" />
      <TextField {...text('orgnr')} label={t('field.orgnr')} inputMode="numeric" description={t('field.orgnrHelp')} />
      <TextField {...text('kontonr')} label={t('field.kontonr')} inputMode="numeric" description={t('field.kontonrHelp')} />
      <TextField {...text('email')} label={t('field.email')} type="email" autoComplete="email" />
      <TextField {...text('phone')} label={t('field.phone')} type="tel" autoComplete="tel" />
      <TextField {...text('address')} label={t('field.address')} autoComplete="street-address" />
      <SelectField
        {...text('municipalityNumber')}
        label={t('field.municipality')}
        required={values.kind === 'kommune'}
        placeholder={t('form.none')}
        options={[...municipalities].sort((a, b) => a.name.localeCompare(b.name, 'nb')).map((m) => ({ value: m.number, label: `${m.name} (${m.number})` }))}
      />
      <SelectField {...text('officeId')} label={t('field.office')} placeholder={t('form.none')} options={offices.map((o) => ({ value: o.id, label: o.name }))} />
      {values.kind === 'rsk' && (
        <Fieldset>
          <Fieldset.Legend>{t('organisation.rskLegend')}</Fieldset.Legend>
          <SelectField
            {...text('rskForm')}
            label={t('field.rskForm')}
            required
            placeholder={t('form.choose')}
            options={RSK_FORMS.map((f) => ({ value: f, label: rskFormLabel(f) }))}
          />
          {values.rskForm === 'vertskommune' && (
            <SelectField
              {...text('hostOrganisationId')}
              label={t('field.hostOrganisation')}
              required
              placeholder={t('form.choose')}
              options={kommuner.map((k) => ({ value: k.id, label: k.name }))}
            />
          )}
          <SelectField {...text('regionId')} label={t('field.region')} placeholder={t('form.none')} options={regions.map((r) => ({ value: r.id, label: r.name }))} />
        </Fieldset>
      )}
      <FormActions submitting={form.submitting} submitLabel={submitLabel} cancelTo={cancelTo} />
    </FormFrame>
  );
}
