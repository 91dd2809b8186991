// One decision (issue 14, points 1, 3 and 5): /tilsagn/vedtak/:id. The office prepares it here — the case officer
// edits it while its list is a draft and `batch.allowed` has `edit` — and otherwise reads it: the kind, the amounts
// per year and recipient beside the innstilling's, the reasons and any deviation reason. Once issued: the numbers,
// the letters, the acceptance, the klager and the endringsvedtak (vedtak-issued.tsx). What is offered follows the
// answer's `allowed`; the server decides again on every call.
import { Alert, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import type { VedtakDetail } from '../../../domain/tilsagn/vedtak-contract.ts';
import { tilsagnApi } from '../../clients/tilsagn.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { DetailList } from '../../components/detail-list.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { formatDateTime, formatMoney } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/catalogs.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { amountCells } from './vedtak-form-values.ts';
import { kindText, VedtakForm } from './vedtak-form.tsx';
import { VedtakIssued } from './vedtak-issued.tsx';

const STAGE: Record<VedtakDetail['vedtak']['stage'], MessageKey> = {
  innstilt: 'tilsagn.vedtak.stage.innstilt',
  forberedt: 'tilsagn.vedtak.stage.forberedt',
  'til-godkjenning': 'tilsagn.vedtak.stage.tilGodkjenning',
  godkjent: 'tilsagn.vedtak.stage.godkjent',
  utstedt: 'tilsagn.vedtak.stage.utstedt',
  akseptert: 'tilsagn.vedtak.stage.akseptert',
};

export function VedtakPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, error, reload } = useCall(tilsagnApi.getVedtak, { params: { id } });
  return (
    <Page title={data ? t('tilsagn.vedtak.title', { partnership: data.vedtak.partnershipName }) : t('page.tilsagnVedtak')}>
      {error && <ApiErrorAlert error={error} />}
      {!data && !error && <Loading />}
      {data && <Vedtak detail={data} reload={reload} />}
    </Page>
  );
}

function Vedtak({ detail, reload }: { detail: VedtakDetail; reload: () => void }) {
  const t = useT();
  const { vedtak: v, batch } = detail;
  const officeReads = batch.allowed.includes('read');
  const editable = batch.allowed.includes('edit');
  return (
    <>
      <DetailList
        items={[
          {
            label: t('tilsagn.vedtak.round'),
            value: officeReads ? (
              <Link asChild>
                <RouterLink to={`/tilsagn/utlysninger/${detail.round.id}`}>{detail.round.title}</RouterLink>
              </Link>
            ) : (
              detail.round.title
            ),
          },
          { label: t('tilsagn.vedtak.stageLabel'), value: t(STAGE[v.stage]) },
          { label: t('tilsagn.vedtak.kindLabel'), value: batch.kind === 'endringsvedtak' ? t('tilsagn.vedtak.amendmentKind', { kind: kindText(t, v.kind) }) : kindText(t, v.kind) },
          { label: t('tilsagn.vedtak.total'), value: formatMoney(v.totalKr) },
          ...(v.recommended
            ? [{ label: t('tilsagn.vedtak.recommended'), value: t('tilsagn.vedtak.recommendedSummary', { kind: kindText(t, v.recommended.kind), total: formatMoney(v.recommended.totalKr) }) }]
            : []),
          { label: t('tilsagn.vedtak.preparedBy'), value: t('tilsagn.vedtak.byWhom', { name: v.preparedByName, when: formatDateTime(v.preparedAt) }) },
        ]}
      />
      {v.amendsId && (
        <Paragraph>
          <Link asChild>
            <RouterLink to={`/tilsagn/vedtak/${v.amendsId}`}>{t('tilsagn.vedtak.amendsLink')}</RouterLink>
          </Link>
        </Paragraph>
      )}
      {v.supersededById && (
        <Alert data-color="info" className="kl-block">
          <Paragraph>
            {t('tilsagn.vedtak.superseded')}{' '}
            <Link asChild>
              <RouterLink to={`/tilsagn/vedtak/${v.supersededById}`}>{t('tilsagn.vedtak.supersededLink')}</RouterLink>
            </Link>
          </Paragraph>
        </Alert>
      )}
      <section aria-labelledby="vedtak-content-heading" className="kl-section">
        <Heading level={2} data-size="sm" id="vedtak-content-heading">
          {t(editable ? 'tilsagn.vedtak.editHeading' : 'tilsagn.vedtak.contentHeading')}
        </Heading>
        {!editable && batch.state !== 'utstedt' && officeReads && <Paragraph>{t(batch.state === 'utkast' ? 'tilsagn.vedtak.readOnly' : 'tilsagn.vedtak.locked')}</Paragraph>}
        {editable ? <VedtakForm key={`${v.id}:${v.version}`} detail={detail} onSaved={reload} onReload={reload} /> : <VedtakContent detail={detail} />}
      </section>
      {detail.issued && <VedtakIssued detail={detail} issued={detail.issued} onChanged={reload} />}
    </>
  );
}

/** The decision as text: kind, lines per year and recipient (beside the innstilling's for the office), reasons. */
function VedtakContent({ detail }: { detail: VedtakDetail }) {
  const t = useT();
  const { vedtak: v } = detail;
  const cells = useMemo(() => amountCells(detail).filter((c) => c.amountKr > 0 || (c.recommendedKr ?? 0) > 0), [detail]);
  const showRecommended = detail.recommendedLines !== null;
  const amountOf = (c: { amountKr: number }) => (v.kind === 'avslag' ? 0 : c.amountKr);
  return (
    <>
      <Paragraph>{t('tilsagn.vedtak.kindIs', { kind: kindText(t, v.kind) })}</Paragraph>
      {cells.length > 0 && (
        <Table className="kl-block" data-size="sm">
          <caption>{t('tilsagn.vedtak.linesCaption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('tilsagn.vedtak.col.year')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('tilsagn.vedtak.col.recipient')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('tilsagn.vedtak.col.amount')}</Table.HeaderCell>
              {showRecommended && <Table.HeaderCell scope="col">{t('tilsagn.vedtak.col.recommended')}</Table.HeaderCell>}
              <Table.HeaderCell scope="col">{t('tilsagn.vedtak.col.note')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {cells.map((c) => (
              <Table.Row key={c.key}>
                <Table.Cell>{c.year}</Table.Cell>
                <Table.Cell>{c.name}</Table.Cell>
                <Table.Cell>{formatMoney(amountOf(c))}</Table.Cell>
                {showRecommended && <Table.Cell>{formatMoney(c.recommendedKr ?? 0)}</Table.Cell>}
                <Table.Cell>
                  {[c.conditional ? t('tilsagn.vedtak.conditional') : '', showRecommended && amountOf(c) !== c.recommendedKr ? t('tilsagn.vedtak.differsNote') : ''].filter(Boolean).join('. ')}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <Heading level={3} data-size="xs">
        {t('tilsagn.vedtak.reasons')}
      </Heading>
      <Paragraph className="kl-pre-line">{v.reasons || t('common.notGiven')}</Paragraph>
      {(v.deviationReason || v.deviates) && (
        <>
          <Heading level={3} data-size="xs">
            {t('tilsagn.vedtak.deviationReason')}
          </Heading>
          <Paragraph className="kl-pre-line">{v.deviationReason || t('common.notGiven')}</Paragraph>
        </>
      )}
    </>
  );
}
