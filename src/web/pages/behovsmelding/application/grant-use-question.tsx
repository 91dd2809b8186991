// Section 6 "Bruk av tilskuddsmidler" for one part: 6.1 funds held over, then per year (up to 3) 6.3–6.8 — what owner
// and UH ask, the stated total, own co-funding, the shares kartlegging / planlegging / gjennomføring and the
// coordinator amounts — and 6.8.1 why a coordinator is needed. Read-only it is GrantUseTable.
import { Button, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { Fragment } from 'react';
import { partFieldKey } from '../../../../domain/behovsmelding/application-fields.ts';
import { SHARE_KEYS } from '../../../../domain/behovsmelding/grant-use.ts';
import { formatNumber } from '../../../../domain/shared/money.ts';
import { formatMoney } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import { useApplicationForm } from './application-context.ts';
import { blankGrantYear, type DraftGrantUse, type DraftGrantYear } from './draft-types.ts';
import { fieldAnchorId } from './field-anchor.ts';
import { FieldShell } from './field-shell.tsx';
import { grantUseOf, partsOf, removeAt, replaceAt, textOf } from './field-values.ts';
import { GrantUseTable } from './grant-use-table.tsx';
import { HeldOverByOffice } from './held-over-by-office.tsx';
import { IssueMessages } from './issue-messages.tsx';
import { errorText, issuesAt, remainingIssues } from './issues.ts';
import { NumberField } from './number-field.tsx';
import type { NumberKind } from './number-text.ts';
import { useField } from './use-field.ts';
import { useFocusAfterRender } from './use-focus-after-render.ts';

const YEAR_MONEY = ['ownerKr', 'uhKr', 'statedTotalKr', 'coFundingKr', 'coordinatorOwnerKr', 'coordinatorUhKr'] as const;

export function GrantUseQuestion({ partId, partName, budgetYear }: { partId: string; partName: string; budgetYear: number | null }) {
  const t = useT();
  const { application, fields } = useApplicationForm();
  const field = useField(partFieldKey(partId, 'grantUse'));
  // The office's hold-over is the partnership's, so it is shown once: beside the first part's 6.1.
  const heldOverByOffice = partsOf(fields.values.parts)[0]?.id === partId ? application.heldOverByOffice : null;
  const focusLater = useFocusAfterRender();
  const key = field.key;
  const g = grantUseOf(field.value);
  if (!field.editable) return <GrantUseTable path={key} partName={partName} grantUse={field.value === null ? null : g} heldOverByOffice={heldOverByOffice} />;

  const set = (next: DraftGrantUse) => field.set(next);
  const setYear = (i: number, y: DraftGrantYear) => set({ ...g, years: replaceAt(g.years, i, y) });
  const num = (path: string, label: string, kind: NumberKind, value: number | null | undefined, onChange: (v: number | null) => void) => (
    <NumberField
      id={fieldAnchorId(path)}
      label={label}
      kind={kind}
      narrow={kind !== 'kroner'}
      value={value}
      error={errorText(issuesAt(field.issues, path))}
      onChange={onChange}
      onBlur={field.commit}
    />
  );
  const text = (path: string, label: string, value: string | null | undefined, onChange: (v: string | null) => void) => (
    <Textfield
      id={fieldAnchorId(path)}
      name={path}
      label={label}
      multiline
      value={textOf(value)}
      error={errorText(issuesAt(field.issues, path))}
      onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      onBlur={field.commit}
    />
  );
  const shown = [
    `${key}.heldOverOwnerKr`,
    `${key}.heldOverUhKr`,
    `${key}.coordinatorJustification.owner`,
    `${key}.coordinatorJustification.uh`,
    ...g.years.flatMap((_, i) => [
      ...['year', ...YEAR_MONEY, 'coFundingPurpose', 'coordinatorNote'].map((f) => `${key}.years.${i}.${f}`),
      ...SHARE_KEYS.map((s) => `${key}.years.${i}.shares.${s}`),
      `${key}.years.${i}.shares`,
    ]),
  ];
  const nextYear = () => {
    const last = g.years.at(-1)?.year;
    return typeof last === 'number' ? last + 1 : (budgetYear ?? application.round.year);
  };

  return (
    <FieldShell field={field} rest={remainingIssues(field.issues, key, shown)}>
      <Fieldset id={fieldAnchorId(key)} className="bm-rows">
        <Fieldset.Legend>{t('bm.grant.legend', { part: partName })}</Fieldset.Legend>
        <Fieldset className="bm-row">
          <Fieldset.Legend>{t('bm.grant.heldOver')}</Fieldset.Legend>
          <div className="bm-row-cells">
            {num(`${key}.heldOverOwnerKr`, t('bm.grant.heldOverOwner'), 'kroner', g.heldOverOwnerKr, (v) => set({ ...g, heldOverOwnerKr: v }))}
            {num(`${key}.heldOverUhKr`, t('bm.grant.heldOverUh'), 'kroner', g.heldOverUhKr, (v) => set({ ...g, heldOverUhKr: v }))}
          </div>
          <HeldOverByOffice heldOver={heldOverByOffice} />
        </Fieldset>
        {g.years.map((y, i) => {
          const yp = `${key}.years.${i}`;
          const yearName = typeof y.year === 'number' ? String(y.year) : t('bm.grant.yearN', { n: i + 1 });
          const shares = y.shares ?? blankGrantYear(null).shares;
          const shareSum = SHARE_KEYS.reduce((s, k) => s + (shares[k] ?? 0), 0);
          return (
            <Fieldset key={i} className="bm-row" id={fieldAnchorId(yp)}>
              <Fieldset.Legend>{t('bm.grant.year', { year: yearName })}</Fieldset.Legend>
              <div className="bm-row-cells">
                {num(`${yp}.year`, t('bm.grant.yearField'), 'year', y.year, (v) => setYear(i, { ...y, year: v }))}
                {num(`${yp}.ownerKr`, t('bm.grant.ownerKr'), 'kroner', y.ownerKr, (v) => setYear(i, { ...y, ownerKr: v }))}
                {num(`${yp}.uhKr`, t('bm.grant.uhKr'), 'kroner', y.uhKr, (v) => setYear(i, { ...y, uhKr: v }))}
                {num(`${yp}.statedTotalKr`, t('bm.grant.statedTotalKr'), 'kroner', y.statedTotalKr, (v) => setYear(i, { ...y, statedTotalKr: v }))}
              </div>
              <Paragraph data-size="sm">{t('bm.grant.computedTotal', { amount: formatMoney((y.ownerKr ?? 0) + (y.uhKr ?? 0)) })}</Paragraph>
              <div className="bm-row-cells">
                {num(`${yp}.coFundingKr`, t('bm.grant.coFundingKr'), 'kroner', y.coFundingKr, (v) => setYear(i, { ...y, coFundingKr: v }))}
                <div className="bm-cell-wide">{text(`${yp}.coFundingPurpose`, t('bm.grant.coFundingPurpose'), y.coFundingPurpose, (v) => setYear(i, { ...y, coFundingPurpose: v }))}</div>
              </div>
              <Fieldset id={fieldAnchorId(`${yp}.shares`)} className="bm-shares">
                <Fieldset.Legend>{t('bm.grant.shares')}</Fieldset.Legend>
                <div className="bm-row-cells">
                  {SHARE_KEYS.map((s) => (
                    <Fragment key={s}>{num(`${yp}.shares.${s}`, t(`bm.grant.share.${s}`), 'decimal', shares[s], (v) => setYear(i, { ...y, shares: { ...shares, [s]: v } }))}</Fragment>
                  ))}
                </div>
              </Fieldset>
              <Paragraph data-size="sm">{t('bm.grant.shareSum', { sum: formatNumber(Number(shareSum.toFixed(2))) })}</Paragraph>
              <IssueMessages issues={issuesAt(field.issues, `${yp}.shares`)} />
              <div className="bm-row-cells">
                {num(`${yp}.coordinatorOwnerKr`, t('bm.grant.coordinatorOwnerKr'), 'kroner', y.coordinatorOwnerKr, (v) => setYear(i, { ...y, coordinatorOwnerKr: v }))}
                {num(`${yp}.coordinatorUhKr`, t('bm.grant.coordinatorUhKr'), 'kroner', y.coordinatorUhKr, (v) => setYear(i, { ...y, coordinatorUhKr: v }))}
                <div className="bm-cell-wide">{text(`${yp}.coordinatorNote`, t('bm.grant.coordinatorNote'), y.coordinatorNote, (v) => setYear(i, { ...y, coordinatorNote: v }))}</div>
              </div>
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                onClick={() => {
                  set({ ...g, years: removeAt(g.years, i) });
                  focusLater(fieldAnchorId(key));
                }}
              >
                {t('bm.grant.removeYear', { year: yearName })}
              </Button>
            </Fieldset>
          );
        })}
        {g.years.length < 3 && (
          <div>
            <Button
              type="button"
              variant="secondary"
              data-size="sm"
              onClick={() => {
                set({ ...g, years: [...g.years, blankGrantYear(nextYear())] });
                focusLater(fieldAnchorId(`${key}.years.${g.years.length}.ownerKr`));
              }}
            >
              {t('bm.grant.addYear')}
            </Button>
          </div>
        )}
        {!application.round.coordinatorAllowed && <Paragraph data-size="sm">{t('bm.grant.noCoordinator')}</Paragraph>}
        <Fieldset className="bm-row">
          <Fieldset.Legend>{t('bm.grant.justification')}</Fieldset.Legend>
          {text(`${key}.coordinatorJustification.owner`, t('bm.grant.justificationOwner'), g.coordinatorJustification.owner, (v) =>
            set({ ...g, coordinatorJustification: { ...g.coordinatorJustification, owner: v } }),
          )}
          {text(`${key}.coordinatorJustification.uh`, t('bm.grant.justificationUh'), g.coordinatorJustification.uh, (v) =>
            set({ ...g, coordinatorJustification: { ...g.coordinatorJustification, uh: v } }),
          )}
        </Fieldset>
      </Fieldset>
    </FieldShell>
  );
}
