// Section 6 of a part read-only, laid out as the paper form: one row per question, one column per year.
import { Paragraph, Table } from '@digdir/designsystemet-react';
import { SHARE_KEYS } from '../../../../domain/behovsmelding/grant-use.ts';
import { formatNumber } from '../../../../domain/shared/money.ts';
import { TableScroll } from '../../../components/table-scroll.tsx';
import { formatMoney } from '../../../i18n/format.ts';
import type { MessageKey } from '../../../i18n/catalogs.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import type { DraftGrantUse, DraftGrantYear } from './draft-types.ts';
import { fieldAnchorId } from './field-anchor.ts';
import { HeldOverByOffice } from './held-over-by-office.tsx';
import type { Application } from '../../../types/behovsmelding.ts';
import { ReadOnlyValue, TextBlock } from './read-only-value.tsx';

const money = (v: number | null | undefined) => (typeof v === 'number' ? formatMoney(v) : '');
const percent = (v: number | null | undefined) => (typeof v === 'number' ? `${formatNumber(v)}\u00a0%` : '');

const ROWS: { label: MessageKey; cell: (y: DraftGrantYear) => string }[] = [
  { label: 'bm.grant.ownerKr', cell: (y) => money(y.ownerKr) },
  { label: 'bm.grant.uhKr', cell: (y) => money(y.uhKr) },
  { label: 'bm.grant.statedTotalKr', cell: (y) => money(y.statedTotalKr) },
  { label: 'bm.grant.coFundingKr', cell: (y) => money(y.coFundingKr) },
  { label: 'bm.grant.coFundingPurpose', cell: (y) => y.coFundingPurpose ?? '' },
  ...SHARE_KEYS.map((s) => ({ label: `bm.grant.share.${s}` as const, cell: (y: DraftGrantYear) => percent(y.shares?.[s]) })),
  { label: 'bm.grant.coordinatorOwnerKr', cell: (y) => money(y.coordinatorOwnerKr) },
  { label: 'bm.grant.coordinatorUhKr', cell: (y) => money(y.coordinatorUhKr) },
  { label: 'bm.grant.coordinatorNote', cell: (y) => y.coordinatorNote ?? '' },
];

export function GrantUseTable({
  path,
  partName,
  grantUse,
  heldOverByOffice = null,
}: {
  path: string;
  partName: string;
  grantUse: DraftGrantUse | null;
  /** The office's decided hold-over, shown beside 6.1 (the first part only). */
  heldOverByOffice?: Application['heldOverByOffice'];
}) {
  const t = useT();
  if (!grantUse)
    return (
      <>
        <ReadOnlyValue path={path} label={t('bm.grant.legend', { part: partName })}>
          {null}
        </ReadOnlyValue>
        <HeldOverByOffice heldOver={heldOverByOffice} />
      </>
    );
  return (
    <div id={fieldAnchorId(path)} className="bm-field">
      <Paragraph>
        {t('bm.grant.heldOverOwner')}: {money(grantUse.heldOverOwnerKr) || t('common.notGiven')} · {t('bm.grant.heldOverUh')}:{' '}
        {money(grantUse.heldOverUhKr) || t('common.notGiven')}
      </Paragraph>
      <HeldOverByOffice heldOver={heldOverByOffice} />
      <TableScroll>
        <Table zebra className="kl-table" data-size="sm">
          <caption>{t('bm.grant.legend', { part: partName })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('bm.grant.question')}</Table.HeaderCell>
              {grantUse.years.map((y, i) => (
                <Table.HeaderCell key={i}>{y.year ?? t('bm.grant.yearN', { n: i + 1 })}</Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {ROWS.map((r) => (
              <Table.Row key={r.label}>
                <Table.HeaderCell scope="row">{t(r.label)}</Table.HeaderCell>
                {grantUse.years.map((y, i) => (
                  <Table.Cell key={i}>{r.cell(y)}</Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      <ReadOnlyValue path={`${path}.coordinatorJustification.owner`} label={t('bm.grant.justificationOwner')}>
        {grantUse.coordinatorJustification.owner && <TextBlock text={grantUse.coordinatorJustification.owner} />}
      </ReadOnlyValue>
      <ReadOnlyValue path={`${path}.coordinatorJustification.uh`} label={t('bm.grant.justificationUh')}>
        {grantUse.coordinatorJustification.uh && <TextBlock text={grantUse.coordinatorJustification.uh} />}
      </ReadOnlyValue>
    </div>
  );
}
