// The office's recipients (issue 14 point 2): every organisation of its partnerships, what it is there, how it
// receives state money (a state UH: statlig overføring, no acceptance and no appeal notice), its written standard and
// the language its letter is written in, and a Sámi language it gets a copy in. A row the actor may edit (its
// organisation belongs to the actor's office) opens a small form in a disclosure, keyboard-operable as it stands.
import { Button, Details, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { RECEIPTS, RECIPIENT_WRITTEN_STANDARDS, SAMI_LANGUAGES, ZRecipientProfileInput } from '../../../domain/tilsagn/recipient.ts';
import type { OfficeRecipient } from '../../../domain/tilsagn/settings-contract.ts';
import { tilsagnApi } from '../../clients/tilsagn.ts';
import { TableScroll } from '../../components/table-scroll.tsx';
import { SelectField } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { useT, type TFunction } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { recipientFormBody, recipientValues, type RecipientFormValues } from './settings-form-values.ts';

const ROLE_KEYS = { applicant: 'tilsagn.settings.role.applicant', payee: 'tilsagn.settings.role.payee', owner: 'tilsagn.settings.role.owner', uh: 'tilsagn.settings.role.uh' } as const;
const RECEIPT_KEYS = { utbetaling: 'tilsagn.settings.receipt.utbetaling', 'statlig-overforing': 'tilsagn.settings.receipt.transfer' } as const;
const STANDARD_KEYS = { bokmal: 'tilsagn.settings.standard.bokmal', nynorsk: 'tilsagn.settings.standard.nynorsk', noytral: 'tilsagn.settings.standard.noytral' } as const;
const SAMI_KEYS = { se: 'tilsagn.settings.sami.se', smj: 'tilsagn.settings.sami.smj', sma: 'tilsagn.settings.sami.sma' } as const;

const samiName = (t: TFunction, language: OfficeRecipient['samiLanguage']) => (language ? t(SAMI_KEYS[language]) : t('tilsagn.settings.sami.none'));

export function RecipientsTable({ recipients, onChanged }: { recipients: OfficeRecipient[]; onChanged: () => void }) {
  const t = useT();
  if (recipients.length === 0) return <Paragraph>{t('tilsagn.settings.recipientsNone')}</Paragraph>;
  const anyEditable = recipients.some((r) => r.allowed.includes('edit'));
  return (
    <TableScroll>
      <Table zebra className="kl-table">
        <caption>{t('tilsagn.settings.recipientsCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('tilsagn.settings.col.organisation')}</Table.HeaderCell>
            <Table.HeaderCell>{t('tilsagn.settings.col.roles')}</Table.HeaderCell>
            <Table.HeaderCell>{t('tilsagn.settings.col.receipt')}</Table.HeaderCell>
            <Table.HeaderCell>{t('tilsagn.settings.col.writtenStandard')}</Table.HeaderCell>
            <Table.HeaderCell>{t('tilsagn.settings.col.letterLanguage')}</Table.HeaderCell>
            <Table.HeaderCell>{t('tilsagn.settings.col.samiLanguage')}</Table.HeaderCell>
            {anyEditable && <Table.HeaderCell>{t('tilsagn.settings.col.actions')}</Table.HeaderCell>}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {recipients.map((r) => (
            <Table.Row key={r.organisationId}>
              <Table.HeaderCell scope="row">
                {r.organisationName}
                {r.version === 0 && (
                  <>
                    {' '}
                    <Tag data-size="sm" data-color="neutral">
                      {t('tilsagn.settings.defaultProfile')}
                    </Tag>
                  </>
                )}
              </Table.HeaderCell>
              <Table.Cell>{r.roles.map((role) => t(ROLE_KEYS[role])).join(', ')}</Table.Cell>
              <Table.Cell>{t(RECEIPT_KEYS[r.receipt])}</Table.Cell>
              <Table.Cell>{t(STANDARD_KEYS[r.writtenStandard])}</Table.Cell>
              <Table.Cell>{t(r.letterLanguage === 'nn' ? 'tilsagn.settings.standard.nynorsk' : 'tilsagn.settings.standard.bokmal')}</Table.Cell>
              <Table.Cell>{samiName(t, r.samiLanguage)}</Table.Cell>
              {anyEditable && (
                <Table.Cell>
                  {r.allowed.includes('edit') ? (
                    <Details data-size="sm">
                      <Details.Summary>
                        {t('tilsagn.settings.edit')}
                        <span className="ds-sr-only"> {r.organisationName}</span>
                      </Details.Summary>
                      <Details.Content>
                        <RecipientForm recipient={r} onSaved={onChanged} />
                      </Details.Content>
                    </Details>
                  ) : (
                    <span className="kl-muted">{t('tilsagn.settings.notYours')}</span>
                  )}
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

/** Stays mounted across saves (focus stays on its button); `toBody` reads the version of the latest answer. */
function RecipientForm({ recipient, onSaved }: { recipient: OfficeRecipient; onSaved: () => void }) {
  const t = useT();
  const { announce } = useStatus();
  const form = useForm({
    initial: recipientValues(recipient),
    toBody: (v: RecipientFormValues) => recipientFormBody(v, recipient.version),
    schema: ZRecipientProfileInput,
    fieldPrefix: `recipient-${recipient.organisationId}`,
    // The body passed the schema above; parsed again here it has the types the client expects.
    onSubmit: async (body) => {
      await tilsagnApi.updateRecipientProfile({ params: { id: recipient.organisationId }, body: ZRecipientProfileInput.parse(body) });
      announce(t('tilsagn.settings.profileSaved', { name: recipient.organisationName }));
      onSaved();
    },
  });
  const { values, set, errorFor } = form;
  const name = (field: string) => `recipient-${recipient.organisationId}.${field}`;
  return (
    <FormFrame form={form} label={t('tilsagn.settings.editFor', { name: recipient.organisationName })}>
      <SelectField
        name={name('receipt')}
        label={t('tilsagn.settings.col.receipt')}
        description={t('tilsagn.settings.receiptHelp')}
        required
        value={values.receipt}
        error={errorFor(name('receipt'))}
        onChange={(v) => set('receipt', v)}
        options={RECEIPTS.map((r) => ({ value: r, label: t(RECEIPT_KEYS[r]) }))}
      />
      <SelectField
        name={name('writtenStandard')}
        label={t('tilsagn.settings.col.writtenStandard')}
        description={t('tilsagn.settings.recipientStandardHelp')}
        required
        value={values.writtenStandard}
        error={errorFor(name('writtenStandard'))}
        onChange={(v) => set('writtenStandard', v)}
        options={RECIPIENT_WRITTEN_STANDARDS.map((s) => ({ value: s, label: t(STANDARD_KEYS[s]) }))}
      />
      <SelectField
        name={name('samiLanguage')}
        label={t('tilsagn.settings.samiLabel')}
        description={t('tilsagn.settings.samiHelp')}
        value={values.samiLanguage}
        error={errorFor(name('samiLanguage'))}
        onChange={(v) => set('samiLanguage', v)}
        options={[{ value: '', label: t('tilsagn.settings.sami.none') }, ...SAMI_LANGUAGES.map((l) => ({ value: l, label: t(SAMI_KEYS[l]) }))]}
      />
      <div className="kl-actions">
        <Button type="submit" data-size="sm" loading={form.submitting} aria-disabled={form.submitting || undefined}>
          {t('tilsagn.settings.saveProfile')}
          <span className="ds-sr-only"> {recipient.organisationName}</span>
        </Button>
      </div>
    </FormFrame>
  );
}
