// Extensions of a round's deadline: who got a later deadline, until when and why; and, for the office's case
// officers, the form that grants one (a new grant for the same partnership replaces the earlier one) and a button
// that withdraws one (issue 12).
import { Button, Fieldset, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { ZExtensionInput } from '../../../../domain/behovsmelding/round.ts';
import { ApiError } from '../../../api.ts';
import { behovsmeldingApi } from '../../../clients/behovsmelding.ts';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { TableScroll } from '../../../components/table-scroll.tsx';
import { FormFrame } from '../../../forms/form-frame.tsx';
import { SelectField, TextField } from '../../../forms/fields.tsx';
import { useForm } from '../../../forms/use-form.ts';
import { orgApi } from '../../../clients/org.ts';
import { useCall } from '../../../hooks/use-call.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import { useStatus } from '../../../layout/status-context.tsx';
import type { Extension, RoundDetail } from '../../../types/behovsmelding.ts';
import { DateTimeField } from './date-time-field.tsx';
import { emptyExtensionValues, extensionBody } from './extension-form-values.ts';
import { formatLocalDateTimeNo } from './local-date-time.ts';

export function ExtensionSection({ round, onGranted }: { round: RoundDetail; onGranted: () => void }) {
  const t = useT();
  // Remounting the form after a grant empties it for the next one; focus moves to the heading above the updated list
  // (the button that had it is gone with the old form).
  const [formKey, setFormKey] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <section aria-labelledby="round-extensions" className="kl-section">
      <Heading level={2} data-size="sm" id="round-extensions" ref={heading} tabIndex={-1}>
        {t('round.extensions')}
      </Heading>
      {round.extensions.length === 0 ? (
        <Paragraph>{t('round.noExtensions')}</Paragraph>
      ) : (
        <ExtensionTable
          round={round}
          onWithdrawn={() => {
            heading.current?.focus();
            onGranted();
          }}
        />
      )}
      {round.allowed.includes('extend') && (
        <GrantExtensionForm
          key={formKey}
          round={round}
          onGranted={() => {
            setFormKey((k) => k + 1);
            heading.current?.focus();
            onGranted();
          }}
        />
      )}
    </section>
  );
}

function ExtensionTable({ round, onWithdrawn }: { round: RoundDetail; onWithdrawn: () => void }) {
  const t = useT();
  const { announce } = useStatus();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const extensions: Extension[] = round.extensions;
  const canWithdraw = round.allowed.includes('withdraw-extension');
  const withdraw = async (e: Extension) => {
    setFailure(null);
    try {
      await behovsmeldingApi.withdrawExtension({ params: { id: round.id, partnershipId: e.partnershipId } });
      announce(t('round.extensionWithdrawn', { name: e.partnershipName }));
      onWithdrawn();
    } catch (error) {
      setFailure(error instanceof ApiError ? error : new ApiError(0, 'UNKNOWN', null));
    }
  };
  // The server sends a reason only to the office and the partnership concerned; without any, no empty column.
  const withReasons = extensions.some((e) => e.reason !== null);
  return (
    <>
      {failure && <ApiErrorAlert error={failure} />}
      <TableScroll>
        <Table zebra className="kl-table">
          <caption>{t('round.extensionsCaption', { count: extensions.length })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('round.partnership')}</Table.HeaderCell>
              <Table.HeaderCell>{t('round.extendedUntil')}</Table.HeaderCell>
              {withReasons && <Table.HeaderCell>{t('round.extensionReason')}</Table.HeaderCell>}
              <Table.HeaderCell>{t('round.grantedBy')}</Table.HeaderCell>
              {canWithdraw && <Table.HeaderCell>{t('round.withdrawExtension')}</Table.HeaderCell>}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {extensions.map((e) => (
              <Table.Row key={e.partnershipId}>
                <Table.HeaderCell scope="row">{e.partnershipName}</Table.HeaderCell>
                <Table.Cell>{formatLocalDateTimeNo(e.untilLocal, t)}</Table.Cell>
                {withReasons && <Table.Cell className="kl-pre-line">{e.reason}</Table.Cell>}
                <Table.Cell>{t('round.grantedByAt', { name: e.grantedByName, at: formatDateTime(e.grantedAt) })}</Table.Cell>
                {canWithdraw && (
                  <Table.Cell>
                    <Button type="button" variant="tertiary" data-size="sm" aria-label={t('round.withdrawExtensionFor', { name: e.partnershipName })} onClick={() => void withdraw(e)}>
                      {t('round.withdrawExtension')}
                    </Button>
                  </Table.Cell>
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </>
  );
}

function GrantExtensionForm({ round, onGranted }: { round: RoundDetail; onGranted: () => void }) {
  const t = useT();
  const { announce } = useStatus();
  const partnerships = useCall(orgApi.listPartnerships).data?.partnerships ?? [];
  const ofOffice = partnerships.filter((p) => p.officeId === round.officeId).sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  const form = useForm({
    initial: emptyExtensionValues(),
    toBody: extensionBody,
    schema: ZExtensionInput,
    fieldPrefix: 'extension',
    onSubmit: async (body) => {
      await behovsmeldingApi.grantExtension({ params: { id: round.id }, body });
      announce(t('round.extensionGranted'));
      onGranted();
    },
  });
  const { values, set, errorFor } = form;
  return (
    <FormFrame form={form} label={t('round.grantExtension')}>
      <Fieldset>
        <Fieldset.Legend>{t('round.grantExtension')}</Fieldset.Legend>
        <Fieldset.Description>{t('round.grantExtensionHelp', { deadline: formatLocalDateTimeNo(round.deadlineLocal, t) })}</Fieldset.Description>
        <SelectField
          name="extension.partnershipId"
          label={t('round.partnership')}
          required
          value={values.partnershipId}
          error={errorFor('extension.partnershipId')}
          onChange={(v) => set('partnershipId', v)}
          placeholder={t('form.choose')}
          options={ofOffice.map((p) => ({ value: p.id, label: p.name }))}
        />
        <DateTimeField
          name="extension.untilLocal"
          label={t('round.newDeadline')}
          description={t('round.newDeadlineHelp')}
          required
          value={values.until}
          error={errorFor('extension.untilLocal')}
          onChange={(v) => set('until', v)}
        />
        <TextField
          name="extension.reason"
          label={t('round.extensionReason')}
          required
          multiline
          value={values.reason}
          error={errorFor('extension.reason')}
          onChange={(v) => set('reason', v)}
        />
      </Fieldset>
      <div className="kl-actions">
        <Button type="submit" loading={form.submitting} aria-disabled={form.submitting || undefined}>
          {t('round.grantExtensionSubmit')}
        </Button>
      </div>
    </FormFrame>
  );
}
