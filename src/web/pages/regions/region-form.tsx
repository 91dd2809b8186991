// The region form (new and edit), checked with ZRegionInput / ZRegionUpdate like on the server.
import { useCall } from '../../hooks/use-call.ts';
import { referenceApi } from '../../clients/reference.ts';
import type { z } from 'zod';
import { FormActions } from '../../forms/form-actions.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { SelectField, TextField } from '../../forms/fields.tsx';
import { useForm } from '../../forms/use-form.ts';
import { useMunicipalities, useOffices } from '../../hooks/use-reference.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import type { Region } from '../../types/reference.ts';
import { MunicipalityPicker } from './municipality-picker.tsx';

export type RegionFormValues = { name: string; officeId: string; description: string; municipalityNumbers: string[] };

export function regionFormValues(r?: Region): RegionFormValues {
  return { name: r?.name ?? '', officeId: r?.officeId ?? '', description: r?.description ?? '', municipalityNumbers: r?.municipalities.map((m) => m.number) ?? [] };
}

type Props<B> = {
  initial: RegionFormValues;
  schema: z.ZodType;
  toBody: (values: RegionFormValues) => B;
  onSubmit: (body: B) => Promise<void>;
  submitLabel: string;
  /** The offices this user may keep a region in (the list's `creates`; a region's case officers also move it). */
  officeIds: readonly string[];
  cancelTo: string;
};

export function RegionForm<B>({ initial, schema, toBody, onSubmit, submitLabel, cancelTo, officeIds }: Props<B>) {
  const t = useT();
  const form = useForm({ initial, schema, toBody, onSubmit });
  const { values, set, errorFor } = form;
  const offices = useOffices().data?.offices ?? [];
  const municipalities = useMunicipalities().data?.municipalities ?? [];
  const counties = useCall(referenceApi.listCounties, { query: { division: '2024' } }).data?.counties ?? [];

  return (
    <FormFrame form={form} label={submitLabel}>
      <TextField name="name" label={t('field.name')} required value={values.name} error={errorFor('name')} onChange={(v) => set('name', v)} autoComplete="off" />
      <SelectField
        name="officeId"
        label={t('field.office')}
        required
        value={values.officeId}
        error={errorFor('officeId')}
        onChange={(v) => set('officeId', v)}
        placeholder={t('form.choose')}
        options={offices.filter((o) => officeIds.includes(o.id) || o.id === initial.officeId).map((o) => ({ value: o.id, label: o.name }))}
      />
      <TextField
        name="description"
        label={t('field.description')}
        multiline
        value={values.description}
        error={errorFor('description')}
        onChange={(v) => set('description', v)}
      />
      <MunicipalityPicker
        name="municipalityNumbers"
        selected={values.municipalityNumbers}
        onChange={(numbers) => set('municipalityNumbers', numbers)}
        error={form.errors.find((e) => e.field.startsWith('municipalityNumbers'))?.message}
        municipalities={municipalities}
        counties={counties}
      />
      <FormActions submitting={form.submitting} submitLabel={submitLabel} cancelTo={cancelTo} />
    </FormFrame>
  );
}
