// The allocation screen's totals (issue 13, point 4): per year of the scenario the frame (an estimate marked
// "anslag"), what earlier promises reserve, what this round's applications use up of them, what is proposed, the sum
// and how far over or under the frame it is. And the live region that says, after every change, how far this year's
// proposal is over or under its frame: it is always in the page (a region that appears with its text is often not
// announced) and its sentence is replaced on each save, so the same figure is said again after a save too.
import { Table, Tag } from '@digdir/designsystemet-react';
import type { z } from 'zod';
import type { ZYearTotals } from '../../../domain/forum/allocation-contract.ts';
import { formatKrSuffix } from '../../../domain/shared/money.ts';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatMoney } from '../../i18n/format.ts';
import { useT, type TFunction } from '../../i18n/i18n-context.tsx';

export type YearTotals = z.output<typeof ZYearTotals>;

/** "Forslaget er 125 000 kr over rammen for 2027" — or under it, on it, or no frame yet. */
export function overUnderSentence(t: TFunction, totals: YearTotals): string {
  const { year, overKr } = totals;
  if (overKr === null) return t('allocation.noFrameSentence', { year, amount: formatKrSuffix(totals.totalKr) });
  if (overKr > 0) return t('allocation.overSentence', { year, amount: formatKrSuffix(overKr) });
  if (overKr < 0) return t('allocation.underSentence', { year, amount: formatKrSuffix(-overKr) });
  return t('allocation.onFrameSentence', { year });
}

export function OverUnderCell({ totals }: { totals: YearTotals }) {
  const t = useT();
  if (totals.overKr === null) return <>{t('allocation.noFrame')}</>;
  if (totals.overKr > 0) return <span className="fa-over">{t('allocation.over', { amount: formatKrSuffix(totals.overKr) })}</span>;
  if (totals.overKr < 0) return <>{t('allocation.under', { amount: formatKrSuffix(-totals.overKr) })}</>;
  return <>{t('allocation.onFrame')}</>;
}

export function FrameCell({ frame }: { frame: YearTotals['frame'] }) {
  const t = useT();
  if (!frame) return <>{t('allocation.noFrame')}</>;
  return (
    <>
      {formatMoney(frame.amountKr)}
      {!frame.confirmed && (
        <>
          {' '}
          <Tag data-color="warning" data-size="sm">
            {t('allocation.estimate')}
          </Tag>
        </>
      )}
    </>
  );
}

/** `caption`: for screen readers; the heading above the table says it for everyone. */
export function TotalsTable({ totals, caption }: { totals: readonly YearTotals[]; caption: string }) {
  const t = useT();
  return (
    <TableScroll>
      <Table zebra className="kl-table">
        <caption className="ds-sr-only">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('allocation.year')}</Table.HeaderCell>
            <Table.HeaderCell className="kl-num">{t('allocation.frame')}</Table.HeaderCell>
            <Table.HeaderCell className="kl-num">{t('allocation.reserved')}</Table.HeaderCell>
            <Table.HeaderCell className="kl-num">{t('allocation.consumed')}</Table.HeaderCell>
            <Table.HeaderCell className="kl-num">{t('allocation.proposed')}</Table.HeaderCell>
            <Table.HeaderCell className="kl-num">{t('allocation.total')}</Table.HeaderCell>
            <Table.HeaderCell className="kl-num">{t('allocation.overUnder')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {totals.map((y) => (
            <Table.Row key={y.year}>
              <Table.HeaderCell scope="row">{y.year}</Table.HeaderCell>
              <Table.Cell className="kl-num">
                <FrameCell frame={y.frame} />
              </Table.Cell>
              <Table.Cell className="kl-num">{formatMoney(y.reservedKr)}</Table.Cell>
              <Table.Cell className="kl-num">{formatMoney(y.consumedKr)}</Table.Cell>
              <Table.Cell className="kl-num">{formatMoney(y.proposedKr)}</Table.Cell>
              <Table.Cell className="kl-num">{formatMoney(y.totalKr)}</Table.Cell>
              <Table.Cell className="kl-num">
                <OverUnderCell totals={y} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

/** `said`: bumped on every save, so the sentence is replaced (and said) even when the figure stays the same. */
export function OverUnderStatus({ totals, prefix, said }: { totals: YearTotals | undefined; prefix: string | null; said: number }) {
  const t = useT();
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className="fa-status">
      {totals && (
        <p key={said} className="ds-paragraph">
          {prefix && `${prefix} `}
          {overUnderSentence(t, totals)}
        </p>
      )}
    </div>
  );
}
