// The admin's scheme form, checked with ZSchemeUpdate as on the server. Name and description have a field per UI
// language (LocalizedTextFields). The values and the body they save are scheme-form-values.ts (numbers typed as text,
// the stored rules kept); the budget chapter/post and grant rules are what the tilsagnsbrev names (issue 14).
import { Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import { referenceApi } from '../../clients/reference.ts';
import { useState } from 'react';
import { ZSchemeUpdate } from '../../../domain/reference/scheme.ts';
import { CheckboxGroup } from '../../forms/checkbox-group.tsx';
import { FormActions } from '../../forms/form-actions.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { CheckboxField, SelectField, TextField } from '../../forms/fields.tsx';
import { LocalizedTextFields } from '../../forms/localized-text-fields.tsx';
import { fieldId } from '../../forms/field-id.ts';
import { useForm } from '../../forms/use-form.ts';
import { useI18n, useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import type { Scheme } from '../../types/reference.ts';
import { GRANT_RULES_STANDARDS, schemeFormValues, schemeUpdateBody, type SchemeFormValues } from './scheme-form-values.ts';
import { KNOWN_SECTORS, useSectorLabel } from './sector-label.ts';

export function SchemeForm({ scheme: s }: { scheme: Scheme }) {
  const t = useT();
  const { languages } = useI18n();
  // The form stays on the page after saving, so it carries the version the server returned for the next save.
  const [version, setVersion] = useState(s.version);
  const { announce } = useStatus();
  const sectorLabel = useSectorLabel();
  const form = useForm({
    initial: schemeFormValues(s),
    schema: ZSchemeUpdate,
    toBody: (v: SchemeFormValues) => schemeUpdateBody(s, v, version),
    onSubmit: async (body) => {
      const { scheme } = await referenceApi.updateScheme({ params: { id: s.id }, body });
      setVersion(scheme.version);
      announce(t('status.saved'));
    },
  });
  const { values, set, errorFor } = form;
  const sectors = [...new Set([...KNOWN_SECTORS, ...values.sectors])];

  return (
    <FormFrame form={form} label={t('scheme.formLabel')}>
      <LocalizedTextFields name="name" label={t('field.name')} required value={values.name} errorFor={errorFor} onChange={(v) => set('name', v)} />
      <TextField name="shortName" label={t('field.shortName')} required value={values.shortName} error={errorFor('shortName')} onChange={(v) => set('shortName', v)} />
      <LocalizedTextFields name="description" label={t('field.description')} multiline value={values.description} errorFor={errorFor} onChange={(v) => set('description', v)} />
      <CheckboxField name="active" label={t('scheme.activeLabel')} checked={values.active} error={errorFor('active')} onChange={(v) => set('active', v)} />
      <CheckboxGroup
        name="rules.sectors"
        legend={t('scheme.sectors')}
        error={errorFor('rules.sectors')}
        options={sectors.map((code) => ({ value: code, label: sectorLabel(code) }))}
        selected={values.sectors}
        onChange={(v) => set('sectors', v)}
      />
      <TextField name="rules.areas" label={t('scheme.areas')} description={t('scheme.areasHelp')} multiline value={values.areas} error={errorFor('rules.areas')} onChange={(v) => set('areas', v)} />
      <SelectField
        name="rules.maxCommitmentYears"
        label={t('scheme.maxCommitmentYears')}
        value={values.maxCommitmentYears}
        error={errorFor('rules.maxCommitmentYears')}
        onChange={(v) => set('maxCommitmentYears', v)}
        options={['1', '2', '3'].map((y) => ({ value: y, label: y }))}
      />
      <TextField
        name="rules.ownerCofundingPercent"
        label={t('scheme.ownerCofundingPercent')}
        description={t('scheme.ownerCofundingHelp')}
        inputMode="decimal"
        value={values.ownerCofundingPercent}
        error={errorFor('rules.ownerCofundingPercent')}
        onChange={(v) => set('ownerCofundingPercent', v)}
      />
      <CheckboxField name="rules.coordinatorFundingAllowed" label={t('scheme.coordinatorFundingAllowed')} checked={values.coordinatorFundingAllowed} error={errorFor('rules.coordinatorFundingAllowed')} onChange={(v) => set('coordinatorFundingAllowed', v)} />
      <CheckboxField name="rules.uhShareRequired" label={t('scheme.uhShareRequired')} checked={values.uhShareRequired} error={errorFor('rules.uhShareRequired')} onChange={(v) => set('uhShareRequired', v)} />
      <CheckboxField
        name="rules.noIndividualEducation"
        label={t('scheme.noIndividualEducation')}
        checked={values.noIndividualEducation}
        error={errorFor('rules.noIndividualEducation')}
        onChange={(v) => set('noIndividualEducation', v)}
      />
      <TextField
        name="rules.budgetChapterPost"
        label={t('scheme.budgetChapterPost')}
        description={t('scheme.budgetChapterPostHelp')}
        value={values.budgetChapterPost}
        error={errorFor('rules.budgetChapterPost')}
        onChange={(v) => set('budgetChapterPost', v)}
      />
      {/* The title per written standard: a nynorsk letter quotes the nynorsk one (issue 14, point 3). */}
      <Fieldset id={fieldId('rules.grantRules')}>
        <Fieldset.Legend>{t('scheme.grantRules')}</Fieldset.Legend>
        <Fieldset.Description>{t('scheme.grantRulesHelp')}</Fieldset.Description>
        {GRANT_RULES_STANDARDS.map((code) => {
          const language = languages.find((l) => l.code === code);
          return (
            <TextField
              key={code}
              name={`rules.grantRules.${code}`}
              label={t('form.textInLanguage', { field: t('scheme.grantRules'), language: language?.name ?? code })}
              lang={language?.htmlLang ?? code}
              multiline
              value={values.grantRules[code]}
              error={errorFor(`rules.grantRules.${code}`)}
              onChange={(v) => set('grantRules', { ...values.grantRules, [code]: v })}
            />
          );
        })}
        {errorFor('rules.grantRules') && <ValidationMessage>{errorFor('rules.grantRules')}</ValidationMessage>}
      </Fieldset>
      <FormActions submitting={form.submitting} submitLabel={t('common.save')} cancelTo="/referanse/ordninger" />
    </FormFrame>
  );
}
