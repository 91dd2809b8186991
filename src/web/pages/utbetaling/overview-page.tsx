// `/utbetaling` (issue 15, point 2): the office's money per year for a scheme or all its schemes — reserved
// (provisional and binding), decided, accepted, paid, held over, offset, claimed and received, with a total row —
// then the office's rounds with decisions, each leading to its payment plan and batches (and, for whom may, its
// archive handover), and the ways to the account changes waiting and the repayment settings. Read by the office's
// case officers, budsjettdisponenter and readers (utbetaling.read); the admin chooses the office.
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useSearchParams } from 'react-router';
import type { MoneyOverview } from '../../../domain/utbetaling/overview-contract.ts';
import { tilsagnApi } from '../../clients/tilsagn.ts';
import { utbetalingApi } from '../../clients/utbetaling.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { RowLink } from '../../components/list-table.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { SelectField } from '../../forms/fields.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { useSchemeNames } from '../../hooks/use-reference.ts';
import { formatInteger, formatMoney } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/catalogs.ts';
import { UtbetalingOfficePicker, utbetalingPath, useUtbetalingOffice } from './utbetaling-office.tsx';

type Figures = MoneyOverview['total'];

/** The table's money columns, in the order money moves: promised, decided, accepted, paid, then what came back. */
const COLUMNS: readonly [keyof Figures, MessageKey][] = [
  ['reservedProvisionalKr', 'utbetaling.overview.col.reservedProvisional'],
  ['reservedBindingKr', 'utbetaling.overview.col.reservedBinding'],
  ['decidedKr', 'utbetaling.overview.col.decided'],
  ['acceptedKr', 'utbetaling.overview.col.accepted'],
  ['paidKr', 'utbetaling.overview.col.paid'],
  ['heldOverKr', 'utbetaling.overview.col.heldOver'],
  ['offsetKr', 'utbetaling.overview.col.offset'],
  ['claimedKr', 'utbetaling.overview.col.claimed'],
  ['receivedKr', 'utbetaling.overview.col.received'],
];

export function UtbetalingOverviewPage() {
  const t = useT();
  const office = useUtbetalingOffice();
  const { officeId } = office;
  const [search, setSearch] = useSearchParams();
  const schemeId = search.get('ordning') ?? '';
  const overview = useCall(utbetalingApi.getMoneyOverview, officeId ? { query: { embete: officeId, ...(schemeId ? { ordning: schemeId } : {}) } } : null);
  const rounds = useCall(tilsagnApi.listTilsagnRounds, officeId ? { params: { officeId } } : null);
  const data = overview.data;
  // Only those the policy lets read account changes (case officers, budsjettdisponenter) are asked or shown them.
  const mayReadChanges = data?.accountChangesAllowed.includes('read') ?? false;
  const changes = useCall(utbetalingApi.listAccountChanges, officeId && mayReadChanges ? { query: { embete: officeId } } : null);
  const waiting = changes.data?.changes.filter((c) => c.state === 'venter').length;
  // The archive handover is the case officers' (arkiv/policy.ts), as is preparing batches: the same people.
  const mayArchive = data?.allowed.includes('prepare-batch') ?? false;
  const chooseScheme = (id: string) => {
    const next = new URLSearchParams(search);
    if (id) next.set('ordning', id);
    else next.delete('ordning');
    setSearch(next, { replace: true });
  };
  return (
    <Page title={t('page.utbetaling')}>
      <Paragraph>{t('utbetaling.overview.intro')}</Paragraph>
      <UtbetalingOfficePicker office={office} />
      {office.none && <Paragraph>{t('utbetaling.overview.noOffice')}</Paragraph>}
      {overview.error && <ApiErrorAlert error={overview.error} />}
      {officeId && !data && !overview.error && <Loading />}
      {data && (
        <section aria-labelledby="utbetaling-money" className="kl-section">
          <Heading level={2} data-size="sm" id="utbetaling-money">
            {t('utbetaling.overview.moneyHeading')}
          </Heading>
          {data.schemes.length > 1 && <SchemePicker overview={data} value={schemeId} onChange={chooseScheme} />}
          {data.years.length === 0 ? <Paragraph>{t('utbetaling.overview.noMoney')}</Paragraph> : <MoneyTable overview={data} />}
        </section>
      )}
      <section aria-labelledby="utbetaling-rounds" className="kl-section">
        <Heading level={2} data-size="sm" id="utbetaling-rounds">
          {t('utbetaling.overview.roundsHeading')}
        </Heading>
        {rounds.error && <ApiErrorAlert error={rounds.error} />}
        {officeId && !rounds.data && !rounds.error && <Loading />}
        {rounds.data &&
          (rounds.data.rounds.length === 0 ? (
            <Paragraph>{t('utbetaling.overview.noRounds')}</Paragraph>
          ) : (
            <TableScroll>
              <Table zebra className="kl-table">
                <caption>{t('utbetaling.overview.roundsCaption')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('utbetaling.overview.round')}</Table.HeaderCell>
                    <Table.HeaderCell className="kl-num">{t('utbetaling.overview.year')}</Table.HeaderCell>
                    <Table.HeaderCell className="kl-num">{t('utbetaling.overview.tilsagnCount')}</Table.HeaderCell>
                    <Table.HeaderCell className="kl-num">{t('utbetaling.overview.acceptedCount')}</Table.HeaderCell>
                    {mayArchive && <Table.HeaderCell>{t('utbetaling.overview.archive')}</Table.HeaderCell>}
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {rounds.data.rounds.map((r) => (
                    <Table.Row key={r.id}>
                      <Table.HeaderCell scope="row">
                        <RowLink to={`/utbetaling/utlysninger/${r.id}`}>{r.title}</RowLink>
                      </Table.HeaderCell>
                      <Table.Cell className="kl-num">{r.year}</Table.Cell>
                      <Table.Cell className="kl-num">{formatInteger(r.tilsagnCount)}</Table.Cell>
                      <Table.Cell className="kl-num">{formatInteger(r.acceptedCount)}</Table.Cell>
                      {mayArchive && (
                        <Table.Cell>
                          <RowLink to={`/arkiv/utlysninger/${r.id}`}>
                            {t('utbetaling.overview.archiveLink')}
                            <span className="ds-sr-only"> {r.title}</span>
                          </RowLink>
                        </Table.Cell>
                      )}
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </TableScroll>
          ))}
      </section>
      <section aria-labelledby="utbetaling-more" className="kl-section">
        <Heading level={2} data-size="sm" id="utbetaling-more">
          {t('utbetaling.overview.moreHeading')}
        </Heading>
        <ul className="kl-link-list">
          {changes.data && (
            <li>
              <RowLink to={utbetalingPath('/utbetaling/kontoendringer', officeId)}>
                {waiting ? t('utbetaling.overview.accountChangesWaiting', { count: waiting }) : t('utbetaling.overview.accountChangesLink')}
              </RowLink>
            </li>
          )}
          <li>
            <RowLink to={utbetalingPath('/utbetaling/innstillinger', officeId)}>{t('utbetaling.overview.settingsLink')}</RowLink>
          </li>
        </ul>
      </section>
    </Page>
  );
}

function SchemePicker({ overview, value, onChange }: { overview: MoneyOverview; value: string; onChange: (id: string) => void }) {
  const t = useT();
  const names = useSchemeNames();
  return (
    <div className="kl-block">
      <SelectField
        name="ordning"
        label={t('utbetaling.overview.scheme')}
        value={value}
        onChange={onChange}
        placeholder={t('utbetaling.overview.allSchemes')}
        options={overview.schemes.map((s) => ({ value: s.id, label: names.get(s.id) ?? s.name }))}
      />
    </div>
  );
}

function MoneyTable({ overview }: { overview: MoneyOverview }) {
  const t = useT();
  const names = useSchemeNames();
  const scheme = overview.schemeId ? (names.get(overview.schemeId) ?? overview.schemes.find((s) => s.id === overview.schemeId)?.name ?? overview.schemeId) : t('utbetaling.overview.allSchemes');
  return (
    <TableScroll>
      <Table zebra className="kl-table">
        <caption>{t('utbetaling.overview.moneyCaption', { office: overview.officeName, scheme })}</caption>
        <Table.Head>
          <Table.Row>
            {/* kl-num keeps the year on one line however narrow the screen makes the table. */}
            <Table.HeaderCell className="kl-num">{t('utbetaling.overview.year')}</Table.HeaderCell>
            {COLUMNS.map(([key, label]) => (
              <Table.HeaderCell key={key} className="kl-num">
                {t(label)}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {overview.years.map((y) => (
            <Table.Row key={y.year}>
              <Table.HeaderCell scope="row" className="kl-num">
                {y.year}
              </Table.HeaderCell>
              {COLUMNS.map(([key]) => (
                <Table.Cell key={key} className="kl-num">
                  {formatMoney(y[key])}
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
        <Table.Foot>
          <Table.Row>
            <Table.HeaderCell scope="row" className="kl-num">
              {t('utbetaling.overview.total')}
            </Table.HeaderCell>
            {COLUMNS.map(([key]) => (
              <Table.Cell key={key} className="kl-num">
                {formatMoney(overview.total[key])}
              </Table.Cell>
            ))}
          </Table.Row>
        </Table.Foot>
      </Table>
    </TableScroll>
  );
}
