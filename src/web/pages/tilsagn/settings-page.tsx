// The office's letter settings and its recipients (issue 14 point 2; ADR 026): the written standard used for
// recipients who chose none, the appeal body named in every letter, and the days a recipient has to accept; then
// every organisation of the office's partnerships with how it receives state money and the language its letter is
// written in — what a case officer checks before issuing a round's letters. Editing is offered only where the
// answers' `allowed` lists it (the office's case officers); the others see the same facts read-only.
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { OFFICE_WRITTEN_STANDARDS, ZTilsagnSettingInput } from '../../../domain/tilsagn/recipient.ts';
import type { TilsagnSettings } from '../../../domain/tilsagn/settings-contract.ts';
import { tilsagnApi } from '../../clients/tilsagn.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { DetailList } from '../../components/detail-list.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { SelectField, TextField } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { useCall } from '../../hooks/use-call.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { RecipientsTable } from './recipients-table.tsx';
import { settingsFormBody, settingsValues, type SettingsFormValues } from './settings-form-values.ts';
import { SettingsOfficePicker, useSettingsOffice } from './settings-office.tsx';

export function TilsagnSettingsPage() {
  const t = useT();
  const office = useSettingsOffice();
  const args = office.officeId ? { params: { officeId: office.officeId } } : null;
  const settings = useCall(tilsagnApi.getTilsagnSettings, args);
  const recipients = useCall(tilsagnApi.listRecipientProfiles, args);
  const templatesPath = office.officeId ? `/tilsagn/brevmaler?embete=${encodeURIComponent(office.officeId)}` : '/tilsagn/brevmaler';
  return (
    <Page title={t('page.tilsagnSettings')}>
      <Paragraph>{t('tilsagn.settings.intro')}</Paragraph>
      <Paragraph>
        <Link to={templatesPath}>{t('tilsagn.settings.templatesLink')}</Link>
      </Paragraph>
      <SettingsOfficePicker office={office} />
      {office.none && <Paragraph>{t('tilsagn.settings.noOffice')}</Paragraph>}
      <section aria-labelledby="tilsagn-settings-letters" className="kl-section">
        <Heading level={2} data-size="sm" id="tilsagn-settings-letters">
          {t('tilsagn.settings.lettersHeading')}
        </Heading>
        {settings.error && <ApiErrorAlert error={settings.error} />}
        {office.officeId && !settings.data && !settings.error && <Loading />}
        {settings.data && (
          <LetterSettings
            key={settings.data.settings.officeId}
            settings={settings.data.settings}
            canEdit={settings.data.allowed.includes('edit-settings')}
            onSaved={() => {
              settings.reload();
              // The letter language of a recipient with no choice of its own follows the office's.
              recipients.reload();
            }}
          />
        )}
      </section>
      <section aria-labelledby="tilsagn-settings-recipients" className="kl-section">
        <Heading level={2} data-size="sm" id="tilsagn-settings-recipients">
          {t('tilsagn.settings.recipientsHeading')}
        </Heading>
        <Paragraph>{t('tilsagn.settings.recipientsIntro')}</Paragraph>
        {recipients.error && <ApiErrorAlert error={recipients.error} />}
        {office.officeId && !recipients.data && !recipients.error && <Loading />}
        {recipients.data && <RecipientsTable recipients={recipients.data.recipients} onChanged={recipients.reload} />}
      </section>
    </Page>
  );
}

function LetterSettings({ settings, canEdit, onSaved }: { settings: TilsagnSettings; canEdit: boolean; onSaved: () => void }) {
  const t = useT();
  const standardName = (s: string) => t(s === 'nynorsk' ? 'tilsagn.settings.standard.nynorsk' : 'tilsagn.settings.standard.bokmal');
  const defaultsNote = settings.version === 0 && <Paragraph className="kl-muted">{t('tilsagn.settings.defaultsNote')}</Paragraph>;
  if (!canEdit)
    return (
      <>
        {defaultsNote}
        <DetailList
          items={[
            { label: t('tilsagn.settings.writtenStandardLabel'), value: standardName(settings.writtenStandard) },
            { label: t('tilsagn.settings.appealBodyLabel'), value: settings.appealBody },
            { label: t('tilsagn.settings.acceptanceDaysLabel'), value: t('tilsagn.settings.days', { days: settings.acceptanceDays }) },
          ]}
        />
        <Paragraph>{t('tilsagn.settings.readOnly')}</Paragraph>
      </>
    );
  return (
    <>
      {defaultsNote}
      <SettingsForm settings={settings} onSaved={onSaved} standardName={standardName} />
    </>
  );
}

/** Stays mounted across saves (focus stays on its button); `toBody` reads the version of the latest answer. */
function SettingsForm({ settings, onSaved, standardName }: { settings: TilsagnSettings; onSaved: () => void; standardName: (s: string) => string }) {
  const t = useT();
  const { announce } = useStatus();
  const form = useForm({
    initial: settingsValues(settings),
    toBody: (v: SettingsFormValues) => settingsFormBody(v, settings.version),
    schema: ZTilsagnSettingInput,
    // The body passed the schema above; parsed again here it has the types the client expects.
    onSubmit: async (body) => {
      await tilsagnApi.updateTilsagnSettings({ params: { officeId: settings.officeId }, body: ZTilsagnSettingInput.parse(body) });
      announce(t('tilsagn.settings.saved'));
      onSaved();
    },
  });
  const { values, set, errorFor } = form;
  return (
    <FormFrame form={form} label={t('tilsagn.settings.lettersHeading')}>
      <SelectField
        name="writtenStandard"
        label={t('tilsagn.settings.writtenStandardLabel')}
        description={t('tilsagn.settings.writtenStandardHelp')}
        required
        value={values.writtenStandard}
        error={errorFor('writtenStandard')}
        onChange={(v) => set('writtenStandard', v)}
        options={OFFICE_WRITTEN_STANDARDS.map((s) => ({ value: s, label: standardName(s) }))}
      />
      <TextField
        name="appealBody"
        label={t('tilsagn.settings.appealBodyLabel')}
        description={t('tilsagn.settings.appealBodyHelp')}
        required
        value={values.appealBody}
        error={errorFor('appealBody')}
        onChange={(v) => set('appealBody', v)}
        autoComplete="organization"
      />
      <TextField
        name="acceptanceDays"
        label={t('tilsagn.settings.acceptanceDaysLabel')}
        description={t('tilsagn.settings.acceptanceDaysHelp')}
        required
        value={values.acceptanceDays}
        error={errorFor('acceptanceDays')}
        onChange={(v) => set('acceptanceDays', v)}
        inputMode="numeric"
        autoComplete="off"
      />
      <div className="kl-actions">
        <Button type="submit" loading={form.submitting} aria-disabled={form.submitting || undefined}>
          {t('tilsagn.settings.save')}
        </Button>
      </div>
    </FormFrame>
  );
}
