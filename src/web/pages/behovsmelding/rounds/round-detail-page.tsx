// One round (utlysning): its facts, guidance and case numbers, the deadline extensions (granted here by the office's
// case officers) and, for the office (case officers, forum, readers), the list of its applications.
import { useCall } from '../../../hooks/use-call.ts';
import { referenceApi } from '../../../clients/reference.ts';
import { Button, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { DetailList } from '../../../components/detail-list.tsx';
import { Loading } from '../../../components/loading.tsx';
import { Page } from '../../../components/page.tsx';
import { TableScroll } from '../../../components/table-scroll.tsx';
import { behovsmeldingApi } from '../../../clients/behovsmelding.ts';
import { byNumber, numberAndName, useNameMap, useSchemeNames } from '../../../hooks/use-reference.ts';
import { formatInteger, formatMoney } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import type { RoundDetail } from '../../../types/behovsmelding.ts';
import { ExtensionSection } from './extension-section.tsx';
import { formatLocalDateTimeNo } from './local-date-time.ts';
import { RoundApplications } from './round-applications.tsx';
import { ROUND_STATUS_COLOR, useRoundLabels } from './round-labels.ts';

export function RoundDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, error, reload } = useCall(behovsmeldingApi.getRound, { params: { id } });
  const round = data?.round;
  return (
    <Page title={round?.title ?? t('page.round')}>
      {error && <ApiErrorAlert error={error} />}
      {!round && !error && <Loading />}
      {round && (
        <>
          {round.allowed.includes('edit') && (
            <div className="kl-actions kl-block">
              <Button asChild variant="secondary">
                <RouterLink to={`/utlysninger/${round.id}/rediger`}>{t('common.edit')}</RouterLink>
              </Button>
            </div>
          )}
          <RoundFacts round={round} />
          <section aria-labelledby="round-guidance" className="kl-section">
            <Heading level={2} data-size="sm" id="round-guidance">
              {t('round.guidance')}
            </Heading>
            <Paragraph className="kl-pre-line">{round.guidance || t('round.noGuidance')}</Paragraph>
          </section>
          <CaseNumbers round={round} />
          <ExtensionSection round={round} onGranted={reload} />
          {round.allowed.includes('review') && <RoundApplications round={round} />}
        </>
      )}
    </Page>
  );
}

function RoundFacts({ round }: { round: RoundDetail }) {
  const t = useT();
  const { roundStatusLabel } = useRoundLabels();
  const schemes = useSchemeNames();
  return (
    <DetailList
      items={[
        { label: t('field.office'), value: round.officeName },
        { label: t('field.scheme'), value: schemes.get(round.schemeId) ?? round.schemeName },
        { label: t('round.year'), value: String(round.year) },
        {
          label: t('field.status'),
          value: (
            <Tag data-color={ROUND_STATUS_COLOR[round.status]} data-size="sm">
              {roundStatusLabel(round.status)}
            </Tag>
          ),
        },
        { label: t('round.opensAtOslo'), value: formatLocalDateTimeNo(round.opensAtLocal, t) },
        { label: t('round.deadlineOslo'), value: formatLocalDateTimeNo(round.deadlineLocal, t) },
        { label: t('round.budgetFrame'), value: round.budgetFrameKr === null ? t('round.noFrame') : formatMoney(round.budgetFrameKr) },
        { label: t('round.coordinatorAllowed'), value: round.coordinatorAllowed ? t('common.yes') : t('common.no') },
        {
          label: t('round.longTermPlan'),
          value: round.longTermPlanUrl ? (
            <Link href={round.longTermPlanUrl} rel="noopener noreferrer">
              {t('round.longTermPlanLink')}
            </Link>
          ) : (
            ''
          ),
        },
        { label: t('round.applicationCount'), value: formatInteger(round.applicationCount) },
      ]}
    />
  );
}

function CaseNumbers({ round }: { round: RoundDetail }) {
  const t = useT();
  const counties = useCall(referenceApi.listCounties).data?.counties;
  const names = useNameMap(counties, byNumber);
  const entries = Object.entries(round.caseNumbers).sort(([a], [b]) => a.localeCompare(b));
  return (
    <section aria-labelledby="round-case-numbers" className="kl-section">
      <Heading level={2} data-size="sm" id="round-case-numbers">
        {t('round.caseNumbers')}
      </Heading>
      {entries.length === 0 ? (
        <Paragraph>{t('common.notGiven')}</Paragraph>
      ) : (
        <TableScroll>
          <Table zebra className="kl-table">
            <caption className="ds-sr-only">{t('round.caseNumbers')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('field.county')}</Table.HeaderCell>
                <Table.HeaderCell>{t('round.caseNumber')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {entries.map(([county, caseNumber]) => (
                <Table.Row key={county}>
                  <Table.HeaderCell scope="row">{numberAndName(county, names)}</Table.HeaderCell>
                  <Table.Cell>{caseNumber}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
