// The table of a round's applications: one row per application with its status, partnership (and parts applied for
// at another office), owners and UH, what is asked per year (section 6), the budget sums, when it was submitted,
// its flags and its error and warning counts; a sums row at the foot. Sortable columns are buttons in their
// headers (Designsystemet's sort cells) with aria-sort, so they work by keyboard and are announced.
import { Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { RowLink } from '../../../components/list-table.tsx';
import { TableScroll } from '../../../components/table-scroll.tsx';
import { byId, useNameMap, useOffices } from '../../../hooks/use-reference.ts';
import { formatDate, formatDateTime, formatMoney } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import type { RoundApplicationList, RoundApplicationRow, RoundDetail } from '../../../types/behovsmelding.ts';
import { amountsFor, yearSums, yearsOf, type SortKey } from './application-list-query.ts';
import { APPLICATION_STATUS_COLOR, useRoundLabels } from './round-labels.ts';

type TableProps = {
  round: RoundDetail;
  list: RoundApplicationList;
  sortOf: (key: SortKey) => 'ascending' | 'descending' | 'none';
  onSort: (key: SortKey) => void;
};

export function ApplicationTable({ round, list, sortOf, onSort }: TableProps) {
  const t = useT();
  const rows = list.applications;
  // The action column appears when this user may return some application of the list (the office's case officers).
  const mayReturn = rows.some((row) => row.allowed.includes('return'));
  const years = yearsOf(rows);
  const sums = yearSums(rows, years);
  const offices = useNameMap(useOffices().data?.offices, byId);
  const sortable = (key: SortKey, label: string) => (
    <Table.HeaderCell sort={sortOf(key)} onClick={() => onSort(key)}>
      {label}
    </Table.HeaderCell>
  );
  return (
    <TableScroll>
      <Table zebra className="kl-table">
        <caption>{t('round.applicationsCaption', { title: round.title })}</caption>
        <Table.Head>
          <Table.Row>
            {sortable('status', t('field.status'))}
            {sortable('partnership', t('round.partnership'))}
            <Table.HeaderCell>{t('round.owners')}</Table.HeaderCell>
            <Table.HeaderCell>{t('round.uh')}</Table.HeaderCell>
            {years.flatMap((year) => [
              <Table.HeaderCell key={`o${year}`} className="kl-num">
                {t('round.askedOwnerYear', { year })}
              </Table.HeaderCell>,
              <Table.HeaderCell key={`u${year}`} className="kl-num">
                {t('round.askedUhYear', { year })}
              </Table.HeaderCell>,
            ])}
            <Table.HeaderCell className="kl-num">{t('round.budgetOwner')}</Table.HeaderCell>
            <Table.HeaderCell className="kl-num">{t('round.budgetUh')}</Table.HeaderCell>
            {sortable('total', t('round.budgetTotal'))}
            {sortable('submitted', t('round.submitted'))}
            <Table.HeaderCell>{t('round.flags')}</Table.HeaderCell>
            <Table.HeaderCell className="kl-num">{t('round.errors')}</Table.HeaderCell>
            <Table.HeaderCell className="kl-num">{t('round.warnings')}</Table.HeaderCell>
            {mayReturn && <Table.HeaderCell>{t('common.action')}</Table.HeaderCell>}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <ApplicationRow key={row.id} row={row} years={years} canReturn={mayReturn} offices={offices} />
          ))}
        </Table.Body>
        <tfoot>
          <Table.Row>
            <Table.HeaderCell scope="row" colSpan={4}>
              {t('round.sumRow')}
            </Table.HeaderCell>
            {sums.flatMap((s) => [
              <Table.Cell key={`o${s.year}`} className="kl-num">
                {formatMoney(s.ownerKr)}
              </Table.Cell>,
              <Table.Cell key={`u${s.year}`} className="kl-num">
                {formatMoney(s.uhKr)}
              </Table.Cell>,
            ])}
            <Table.Cell className="kl-num">{formatMoney(list.sums.ownerKr)}</Table.Cell>
            <Table.Cell className="kl-num">{formatMoney(list.sums.uhKr)}</Table.Cell>
            <Table.Cell className="kl-num">{formatMoney(list.sums.totalKr)}</Table.Cell>
            <Table.Cell colSpan={mayReturn ? 5 : 4} />
          </Table.Row>
        </tfoot>
      </Table>
    </TableScroll>
  );
}

type RowProps = { row: RoundApplicationRow; years: number[]; canReturn: boolean; offices: Map<string, string> };

function ApplicationRow({ row, years, canReturn, offices }: RowProps) {
  const t = useT();
  const { applicationStatusLabel } = useRoundLabels();
  return (
    <Table.Row>
      <Table.Cell>
        <Tag data-color={APPLICATION_STATUS_COLOR[row.status]} data-size="sm">
          {applicationStatusLabel(row.status)}
        </Tag>
      </Table.Cell>
      <Table.HeaderCell scope="row">
        <RowLink to={`/behovsmeldinger/${row.id}`}>{row.partnershipName}</RowLink>
        {row.otherOfficeParts.map((part) => (
          <Paragraph key={`${part.name}:${part.officeId}`} data-size="sm" className="kl-muted">
            {t('round.otherOfficePart', { part: part.name, office: offices.get(part.officeId) ?? part.officeId, amount: formatMoney(part.totalKr) })}
          </Paragraph>
        ))}
      </Table.HeaderCell>
      <Table.Cell>
        <NameList names={row.owners} summary={t('round.ownerCount', { count: row.owners.length })} />
      </Table.Cell>
      <Table.Cell>{row.uh.join(', ')}</Table.Cell>
      {years.flatMap((year) => {
        const a = amountsFor(row, year);
        return [
          <Table.Cell key={`o${year}`} className="kl-num">
            {formatMoney(a.ownerKr)}
          </Table.Cell>,
          <Table.Cell key={`u${year}`} className="kl-num">
            {formatMoney(a.uhKr)}
          </Table.Cell>,
        ];
      })}
      <Table.Cell className="kl-num">{formatMoney(row.ownerKr)}</Table.Cell>
      <Table.Cell className="kl-num">{formatMoney(row.uhKr)}</Table.Cell>
      <Table.Cell className="kl-num">{formatMoney(row.totalKr)}</Table.Cell>
      <Table.Cell>
        {row.submittedAt ? formatDateTime(row.submittedAt) : ''}
        {row.documentNumber && <div className="kl-muted">{row.documentNumber}</div>}
      </Table.Cell>
      <Table.Cell>
        <span className="kl-tags">
          {row.late && (
            <Tag data-color="warning" data-size="sm">
              {t('round.flagLate')}
            </Tag>
          )}
          {row.returned && (
            <Tag data-color="info" data-size="sm">
              {t('round.flagReturned')}
            </Tag>
          )}
          {/* A submission the partnership took back (issue 12): shown while it is a draft again. */}
          {row.withdrawnAt && row.status === 'utkast' && (
            <Tag data-color="neutral" data-size="sm">
              {t('round.withdrawnTag', { date: formatDate(row.withdrawnAt) })}
            </Tag>
          )}
        </span>
      </Table.Cell>
      <Table.Cell className="kl-num">{row.errors}</Table.Cell>
      <Table.Cell className="kl-num">{row.warnings}</Table.Cell>
      {canReturn && (
        <Table.Cell>
          {row.status === 'sendt' && row.allowed.includes('return') && (
            <RowLink to={`/behovsmeldinger/${row.id}/returner`}>
              {t('round.returnShort')}
              <span className="ds-sr-only"> {t('round.returnFor', { name: row.partnershipName })}</span>
            </RowLink>
          )}
        </Table.Cell>
      )}
    </Table.Row>
  );
}

/** A few names inline; a long list (a partnership may have 16 owners) folded behind its count, so rows stay short. */
function NameList({ names, summary }: { names: string[]; summary: string }) {
  if (names.length <= 3) return <>{names.join(', ')}</>;
  return (
    <details className="kl-cell-details">
      <summary>{summary}</summary>
      <ul>
        {names.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </details>
  );
}
