// `/utbetaling/innstillinger` (issue 15, point 2; ADR 027): the office's account that repayment claims name, and the
// days a claim gives to pay. Without an account no claim can be issued, so the page says so. Editing is offered only
// where the answer's `allowed` lists `edit-settings` (the office's case officers); the others see the same facts.
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { formatKontonr } from '../../../domain/shared/fields.ts';
import type { UtbetalingSettings } from '../../../domain/utbetaling/unused-contract.ts';
import { REPAYMENT_DAYS_MAX, REPAYMENT_DAYS_MIN, ZUtbetalingSettingInput } from '../../../domain/utbetaling/unused-funds.ts';
import { utbetalingApi } from '../../clients/utbetaling.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { DetailList } from '../../components/detail-list.tsx';
import { RowLink } from '../../components/list-table.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { TextField } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { useCall } from '../../hooks/use-call.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { utbetalingSettingsBody, utbetalingSettingsValues, type UtbetalingSettingsFormValues } from './settings-form-values.ts';
import { UtbetalingOfficePicker, utbetalingPath, useUtbetalingOffice } from './utbetaling-office.tsx';

export function UtbetalingSettingsPage() {
  const t = useT();
  const office = useUtbetalingOffice();
  const { officeId } = office;
  const settings = useCall(utbetalingApi.getUtbetalingSettings, officeId ? { query: { embete: officeId } } : null);
  const data = settings.data;
  return (
    <Page title={t('page.utbetalingSettings')}>
      <Paragraph>{t('utbetaling.settings.intro')}</Paragraph>
      <Paragraph>
        <RowLink to={utbetalingPath('/utbetaling', officeId)}>{t('utbetaling.settings.overviewLink')}</RowLink>
      </Paragraph>
      <UtbetalingOfficePicker office={office} />
      {office.none && <Paragraph>{t('utbetaling.overview.noOffice')}</Paragraph>}
      <section aria-labelledby="utbetaling-settings-repayment" className="kl-section">
        <Heading level={2} data-size="sm" id="utbetaling-settings-repayment">
          {t('utbetaling.settings.repaymentHeading')}
        </Heading>
        {settings.error && <ApiErrorAlert error={settings.error} />}
        {officeId && !data && !settings.error && <Loading />}
        {data && (
          <>
            {data.settings.version === 0 && <Paragraph className="kl-muted">{t('utbetaling.settings.defaultsNote')}</Paragraph>}
            {!data.settings.repaymentKontonr && <Paragraph>{t('utbetaling.settings.noAccount')}</Paragraph>}
            {data.allowed.includes('edit-settings') ? (
              <SettingsForm key={data.settings.officeId} settings={data.settings} onSaved={settings.reload} />
            ) : (
              <>
                <DetailList
                  items={[
                    { label: t('utbetaling.label.repaymentKontonr'), value: data.settings.repaymentKontonr ? formatKontonr(data.settings.repaymentKontonr) : '' },
                    { label: t('utbetaling.label.repaymentDays'), value: t('utbetaling.settings.days', { days: data.settings.repaymentDays }) },
                  ]}
                />
                <Paragraph>{t('utbetaling.settings.readOnly')}</Paragraph>
              </>
            )}
          </>
        )}
      </section>
    </Page>
  );
}

/** Stays mounted across saves (focus stays on its button); `toBody` reads the version of the latest answer. */
function SettingsForm({ settings, onSaved }: { settings: UtbetalingSettings; onSaved: () => void }) {
  const t = useT();
  const { announce } = useStatus();
  const form = useForm({
    initial: utbetalingSettingsValues(settings),
    toBody: (v: UtbetalingSettingsFormValues) => utbetalingSettingsBody(v, settings.version),
    schema: ZUtbetalingSettingInput,
    // The body passed the schema above; parsed again here it has the types the client expects.
    onSubmit: async (body) => {
      await utbetalingApi.updateUtbetalingSettings({ query: { embete: settings.officeId }, body: ZUtbetalingSettingInput.parse(body) });
      announce(t('utbetaling.settings.saved'));
      onSaved();
    },
  });
  const { values, set, errorFor } = form;
  return (
    <FormFrame form={form} label={t('utbetaling.settings.repaymentHeading')}>
      <TextField
        name="repaymentKontonr"
        label={t('utbetaling.label.repaymentKontonr')}
        description={t('utbetaling.settings.kontonrHelp')}
        value={values.repaymentKontonr}
        error={errorFor('repaymentKontonr')}
        onChange={(v) => set('repaymentKontonr', v)}
        inputMode="numeric"
        autoComplete="off"
      />
      <TextField
        name="repaymentDays"
        label={t('utbetaling.label.repaymentDays')}
        description={t('utbetaling.settings.daysHelp', { min: REPAYMENT_DAYS_MIN, max: REPAYMENT_DAYS_MAX })}
        required
        value={values.repaymentDays}
        error={errorFor('repaymentDays')}
        onChange={(v) => set('repaymentDays', v)}
        inputMode="numeric"
        autoComplete="off"
      />
      <div className="kl-actions">
        <Button type="submit" loading={form.submitting} aria-disabled={form.submitting || undefined}>
          {t('utbetaling.settings.save')}
        </Button>
      </div>
    </FormFrame>
  );
}
