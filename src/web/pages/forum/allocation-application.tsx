// One application on the allocation screen (issue 13, point 4): a table per part and year with what it asks (owner;
// UH as one amount, as the behovsmelding has it) and what the scenario proposes (owner, and one input per UH
// institution of the partnership: the split), parts of another office read-only with the reason; its priority and
// the reason a partnership gets when it is not prioritised or reduced; the Dekomp co-funding shortfall per year.
// Saved per application with "Lagre" (Enter in any field submits too): amounts first, then priority and reason, each
// with the scenario's version, so a change someone else made meanwhile is a conflict, never overwritten.
import { Alert, Button, Fieldset, Heading, Input, Paragraph, Radio, Table, ValidationMessage } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';
import type { z } from 'zod';
import type { ZAllocationScreen } from '../../../domain/forum/allocation-contract.ts';
import { formatKrSuffix } from '../../../domain/shared/money.ts';
import { TableScroll } from '../../components/table-scroll.tsx';
import { fieldId } from '../../forms/field-id.ts';
import { TextField } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { formatMoney } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/catalogs.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import {
  amountCells,
  applicationFormBody,
  applicationFormSchema,
  applicationSignature,
  applicationValues,
  changedChoice,
  changedLines,
  editableYears,
  ownerKey,
  uhKey,
  type AllocationApplication,
  type ApplicationFormBody,
} from './allocation-form-values.ts';

export type AllocationScreen = z.output<typeof ZAllocationScreen>;

type Props = {
  app: AllocationApplication;
  years: readonly number[];
  editable: boolean;
  /** The scheme asks "no individual further education" of each application (Dekomp). */
  checklist: boolean;
  gaps: AllocationScreen['gaps'];
  /** Writes the changes (lines, then priority and reason) and takes the server's screen. */
  onSave: (app: AllocationApplication, lines: ReturnType<typeof changedLines>, choice: ReturnType<typeof changedChoice>) => Promise<void>;
};

const GAP_TEXT: Record<AllocationScreen['gaps'][number]['kind'], MessageKey> = {
  'not-prioritised': 'allocation.gap.not-prioritised',
  reduced: 'allocation.gap.reduced',
  'priority-missing': 'allocation.gap.priority-missing',
  'individual-education-unchecked': 'allocation.gap.individual-education-unchecked',
};

export function ApplicationAllocation({ app, years, editable, checklist, gaps, onSave }: Props) {
  const t = useT();
  const headingId = `fa-app-${app.id}`;
  const ownGaps = gaps.filter((g) => g.applicationId === app.id);
  const missing = (app.cofunding ?? []).filter((c) => c.missingKr > 0);
  return (
    <section aria-labelledby={headingId} className="kl-section fa-application">
      <Heading level={3} data-size="xs" id={headingId}>
        {app.partnershipName}
      </Heading>
      <Paragraph data-size="sm" className="kl-muted">
        {[app.documentNumber, t(app.status === 'returnert' ? 'allocation.statusReturned' : 'allocation.statusSent')].filter(Boolean).join(' · ')}
      </Paragraph>
      {app.consumesReservations.length > 0 && (
        <Paragraph data-size="sm">
          {t('allocation.consumes', { list: app.consumesReservations.map((r) => `${r.year}: ${formatKrSuffix(r.amountKr)}`).join(', ') })}
        </Paragraph>
      )}
      {/* What the office held over from an earlier tilsagn of the measure (issue 15): the forum weighs the net need. */}
      {app.years
        .filter((y) => y.heldOverKr > 0)
        .map((y) => (
          <Paragraph key={y.year} data-size="sm">
            {t('allocation.heldOverNetNeed', { year: y.year, heldOver: formatKrSuffix(y.heldOverKr), net: formatKrSuffix(y.netNeedKr) })}
          </Paragraph>
        ))}
      {missing.length > 0 && (
        <Alert data-color="warning" className="kl-block">
          <Paragraph>{t('allocation.cofundingShort')}</Paragraph>
          <ul>
            {missing.map((c) => (
              <li key={c.year}>{t('allocation.cofundingMissing', { year: c.year, missing: formatKrSuffix(c.missingKr), required: formatKrSuffix(c.requiredKr), declared: formatKrSuffix(c.declaredKr) })}</li>
            ))}
          </ul>
        </Alert>
      )}
      {ownGaps.length > 0 && (
        <ul className="fa-gaps">
          {ownGaps.map((g) => (
            <li key={g.kind}>{t(GAP_TEXT[g.kind])}</li>
          ))}
        </ul>
      )}
      {editable ? <ApplicationForm app={app} years={years} checklist={checklist} onSave={onSave} /> : <ReadOnlyApplication app={app} years={years} checklist={checklist} />}
    </section>
  );
}

function ReadOnlyApplication({ app, years, checklist }: { app: AllocationApplication; years: readonly number[]; checklist: boolean }) {
  const t = useT();
  return (
    <>
      <AmountsTable app={app} years={years} />
      <Paragraph>
        {t('allocation.priority')}: {app.priority ?? t('allocation.notPrioritised')}
      </Paragraph>
      {app.reason && (
        <Paragraph className="kl-pre-line">
          {t('allocation.reason')}: {app.reason}
        </Paragraph>
      )}
      {checklist && (
        <Paragraph>
          {t('allocation.education')}: {t(app.noIndividualEducation === null ? 'allocation.educationUnanswered' : app.noIndividualEducation ? 'allocation.educationYes' : 'allocation.educationNo')}
        </Paragraph>
      )}
    </>
  );
}

function ApplicationForm({ app, years, checklist, onSave }: Pick<Props, 'app' | 'years' | 'checklist' | 'onSave'>) {
  const t = useT();
  const keys = amountCells(app, years).map((c) => c.key);
  const labelOf = amountLabel(t, app);
  const prefix = `fa-${app.id}`;
  const form = useForm({
    initial: applicationValues(app, years),
    toBody: applicationFormBody,
    schema: applicationFormSchema(keys, labelOf),
    fieldPrefix: prefix,
    onSubmit: (body: ApplicationFormBody) => onSave(app, changedLines(app, years, body), changedChoice(app, body, checklist)),
  });
  const { values, setValues, set, errorFor } = form;
  // The server's answer to a save (this block's or a copy's): its values replace what is shown. Another block's save
  // leaves the signature, and so this block's unsaved input, as it is.
  const signature = applicationSignature(app);
  const [shown, setShown] = useState(signature);
  if (shown !== signature) {
    setShown(signature);
    setValues(applicationValues(app, years));
  }
  const reasonRequired = app.reasonNeeded !== null;
  return (
    <FormFrame form={form} label={t('allocation.formLabel', { name: app.partnershipName })}>
      <AmountsTable
        app={app}
        years={years}
        input={(key) => (
          <AmountInput
            name={`${prefix}.amounts.${key}`}
            label={labelOf(key)}
            value={values.amounts[key] ?? ''}
            error={errorFor(`${prefix}.amounts.${key}`)}
            onChange={(v) => set('amounts', { ...values.amounts, [key]: v })}
          />
        )}
      />
      <div className="fa-choice">
        <TextField
          name={`${prefix}.priority`}
          label={t('allocation.priorityLabel', { name: app.partnershipName })}
          description={t('allocation.priorityHelp')}
          value={values.priority}
          error={errorFor(`${prefix}.priority`)}
          onChange={(v) => set('priority', v)}
          inputMode="numeric"
          autoComplete="off"
        />
        <TextField
          name={`${prefix}.reason`}
          label={t('allocation.reasonLabel', { name: app.partnershipName })}
          description={t(app.reasonNeeded === 'not-prioritised' ? 'allocation.reasonNotPrioritised' : app.reasonNeeded === 'reduced' ? 'allocation.reasonReduced' : 'allocation.reasonHelp')}
          required={reasonRequired}
          multiline
          value={values.reason}
          error={errorFor(`${prefix}.reason`)}
          onChange={(v) => set('reason', v)}
        />
        {checklist && (
          <Fieldset id={fieldId(`${prefix}.noIndividualEducation`)}>
            <Fieldset.Legend>{t('allocation.educationLegend', { name: app.partnershipName })}</Fieldset.Legend>
            <Fieldset.Description>{t('allocation.educationHelp')}</Fieldset.Description>
            <Radio name={`${prefix}.education`} value="yes" label={t('allocation.educationYes')} checked={values.education === 'yes'} onChange={() => set('education', 'yes')} />
            <Radio name={`${prefix}.education`} value="no" label={t('allocation.educationNo')} checked={values.education === 'no'} onChange={() => set('education', 'no')} />
            {errorFor(`${prefix}.noIndividualEducation`) && <ValidationMessage>{errorFor(`${prefix}.noIndividualEducation`)}</ValidationMessage>}
          </Fieldset>
        )}
      </div>
      <div className="kl-actions">
        <Button type="submit" loading={form.submitting} aria-disabled={form.submitting || undefined} aria-label={t('allocation.saveFor', { name: app.partnershipName })}>
          {t('allocation.save')}
        </Button>
      </div>
    </FormFrame>
  );
}

/** "Foreslått til eier for Region Sør-Troms 2027, Kompetanseløftet Sør-Troms og Evenes". */
function amountLabel(t: ReturnType<typeof useT>, app: AllocationApplication) {
  return (key: string) => {
    const [partKey, year, recipient, orgId] = key.split('|');
    const part = app.parts.find((p) => p.key === partKey)?.name ?? partKey ?? '';
    const to = recipient === 'owner' ? t('allocation.owner') : (app.uhRecipients.find((u) => u.orgId === orgId)?.name ?? '');
    return t('allocation.amountLabel', { to, part, year: year ?? '', application: app.partnershipName });
  };
}

function AmountInput({ name, label, value, error, onChange }: { name: string; label: string; value: string; error: string | undefined; onChange: (v: string) => void }) {
  const id = fieldId(name);
  return (
    <div className="fa-amount">
      <label htmlFor={id} className="ds-sr-only">
        {label}
      </label>
      <Input id={id} name={name} value={value} inputMode="numeric" autoComplete="off" aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} onChange={(e) => onChange(e.target.value)} />
      {error && <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage>}
    </div>
  );
}

/** The application's parts and years; `input` puts an amount input where this office may allocate. */
function AmountsTable({ app, years, input }: { app: AllocationApplication; years: readonly number[]; input?: (key: string) => ReactNode }) {
  const t = useT();
  const uh = app.uhRecipients;
  const proposedColumns = 2 + uh.length;
  return (
    <TableScroll>
      <Table className="kl-table fa-amounts">
        <caption className="ds-sr-only">{t('allocation.amountsCaption', { name: app.partnershipName })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('allocation.part')}</Table.HeaderCell>
            <Table.HeaderCell>{t('allocation.year')}</Table.HeaderCell>
            <Table.HeaderCell className="kl-num">{t('allocation.askedOwner')}</Table.HeaderCell>
            <Table.HeaderCell className="kl-num">{t('allocation.askedUh')}</Table.HeaderCell>
            <Table.HeaderCell className="kl-num">{t('allocation.proposedOwner')}</Table.HeaderCell>
            {uh.map((u) => (
              <Table.HeaderCell key={u.orgId} className="kl-num">
                {t('allocation.proposedTo', { name: u.name })}
              </Table.HeaderCell>
            ))}
            <Table.HeaderCell className="kl-num">{t('allocation.proposedSum')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {app.parts.flatMap((part) => {
            const editable = new Set(editableYears(part, years).map((y) => y.year));
            return part.years.map((y, i) => (
              <Table.Row key={`${part.key}|${y.year}`}>
                {i === 0 && (
                  <Table.HeaderCell scope="rowgroup" rowSpan={part.years.length}>
                    {part.name}
                  </Table.HeaderCell>
                )}
                <Table.HeaderCell scope="row">{y.year}</Table.HeaderCell>
                <Table.Cell className="kl-num">{formatMoney(y.asked.ownerKr)}</Table.Cell>
                <Table.Cell className="kl-num">{formatMoney(y.asked.uhKr)}</Table.Cell>
                {!part.ownOffice ? (
                  <Table.Cell colSpan={proposedColumns}>{t('allocation.otherOffice', { office: part.otherOfficeName ?? '' })}</Table.Cell>
                ) : (
                  <>
                    <Table.Cell className="kl-num">{input && editable.has(y.year) ? input(ownerKey(part.key, y.year)) : formatMoney(y.proposed?.ownerKr ?? 0)}</Table.Cell>
                    {uh.map((u) => (
                      <Table.Cell key={u.orgId} className="kl-num">
                        {input && editable.has(y.year) ? input(uhKey(part.key, y.year, u.orgId)) : formatMoney(y.proposed?.uh.find((x) => x.orgId === u.orgId)?.amountKr ?? 0)}
                      </Table.Cell>
                    ))}
                    <Table.Cell className="kl-num">{formatMoney((y.proposed?.ownerKr ?? 0) + (y.proposed?.uhKr ?? 0))}</Table.Cell>
                  </>
                )}
              </Table.Row>
            ));
          })}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
