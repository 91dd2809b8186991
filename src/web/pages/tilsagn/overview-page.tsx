// `/tilsagn` (issue 14, points 1 and 6): the office's rounds whose innstilling the forum has adopted, each with how
// far its decisions have come (none yet, draft, awaiting approval, approved, issued) and its counts, linking to the
// round's decisions; and the way to the office's letter settings, recipients and templates. Read by the office's
// case officers, budsjettdisponenter, forum and readers (tilsagn.read); the admin chooses the office.
import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import type { z } from 'zod';
import type { ZTilsagnRound } from '../../../domain/tilsagn/vedtak-contract.ts';
import { tilsagnApi } from '../../clients/tilsagn.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { RowLink } from '../../components/list-table.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { formatDate, formatInteger } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { DECISION_STATE_COLOR, DECISION_STATE_LABEL } from './round-labels.ts';
import { TilsagnOfficePicker, tilsagnPath, useTilsagnOffice } from './tilsagn-office.tsx';

type TilsagnRound = z.output<typeof ZTilsagnRound>;

export function TilsagnOverviewPage() {
  const t = useT();
  const office = useTilsagnOffice();
  const { officeId } = office;
  const { data, error } = useCall(tilsagnApi.listTilsagnRounds, officeId ? { params: { officeId } } : null);
  return (
    <Page title={t('page.tilsagn')}>
      <Paragraph>{t('tilsagn.overview.intro')}</Paragraph>
      <TilsagnOfficePicker office={office} />
      {error && <ApiErrorAlert error={error} />}
      {!data && !error && officeId && <Loading />}
      {data && (data.rounds.length === 0 ? <Paragraph>{t('tilsagn.overview.none')}</Paragraph> : <RoundsTable rounds={data.rounds} />)}
      {/* Every office reader may read the settings and templates; those pages offer editing only to whom may. */}
      <section aria-labelledby="tilsagn-letters" className="kl-section">
        <Heading level={2} data-size="sm" id="tilsagn-letters">
          {t('tilsagn.overview.lettersHeading')}
        </Heading>
        <Paragraph>{t('tilsagn.overview.lettersIntro')}</Paragraph>
        <ul className="kl-link-list">
          <li>
            <RowLink to={tilsagnPath('/tilsagn/innstillinger', officeId)}>{t('tilsagn.overview.settingsLink')}</RowLink>
          </li>
          <li>
            <RowLink to={tilsagnPath('/tilsagn/brevmaler', officeId)}>{t('tilsagn.overview.templatesLink')}</RowLink>
          </li>
        </ul>
      </section>
    </Page>
  );
}

function RoundsTable({ rounds }: { rounds: TilsagnRound[] }) {
  const t = useT();
  return (
    <TableScroll>
      <Table zebra className="kl-table">
        <caption>{t('tilsagn.overview.roundsCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('tilsagn.overview.round')}</Table.HeaderCell>
            <Table.HeaderCell className="kl-num">{t('tilsagn.overview.year')}</Table.HeaderCell>
            <Table.HeaderCell>{t('tilsagn.overview.adoptedAt')}</Table.HeaderCell>
            <Table.HeaderCell>{t('tilsagn.overview.stage')}</Table.HeaderCell>
            <Table.HeaderCell className="kl-num">{t('tilsagn.overview.tilsagnCount')}</Table.HeaderCell>
            <Table.HeaderCell className="kl-num">{t('tilsagn.overview.avslagCount')}</Table.HeaderCell>
            <Table.HeaderCell className="kl-num">{t('tilsagn.overview.acceptedCount')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rounds.map((r) => (
            <Table.Row key={r.id}>
              <Table.HeaderCell scope="row">
                <RowLink to={`/tilsagn/utlysninger/${r.id}`}>{r.title}</RowLink>
              </Table.HeaderCell>
              <Table.Cell className="kl-num">{r.year}</Table.Cell>
              <Table.Cell>{formatDate(r.adoptedAt)}</Table.Cell>
              <Table.Cell>
                <Tag data-color={DECISION_STATE_COLOR[r.decisionState]} data-size="sm">
                  {t(DECISION_STATE_LABEL[r.decisionState])}
                </Tag>
              </Table.Cell>
              <Table.Cell className="kl-num">{formatInteger(r.tilsagnCount)}</Table.Cell>
              <Table.Cell className="kl-num">{formatInteger(r.avslagCount)}</Table.Cell>
              <Table.Cell className="kl-num">{formatInteger(r.acceptedCount)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
