// `/tilsagn/klager/:id`: one klage (issue 14, point 5) — the decision it is against, when it came in and whether that
// was within three weeks of the letter, what it says, its state, what the office did (dismissed, reversed into a new
// decision, forwarded to the appeal body with its assessment) and the appeal body's outcome, with the effect of a
// new decision on the frame. The office's case officers act on it here (klage-actions.tsx), as the answer's
// `actions` offer; the case documents for the appeal body download as one ZIP. The partnership's own may read it.
import { Alert, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from 'react-router';
import type { KlageDetail } from '../../../domain/tilsagn/klage-contract.ts';
import { tilsagnApi } from '../../clients/tilsagn.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { DetailList } from '../../components/detail-list.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { formatDateTime, formatMoney } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { KlageActions } from './klage-actions.tsx';
import { formatLocalDate } from './round-values.ts';

type Klage = KlageDetail['klage'];

export function KlagePage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, error, reload } = useCall(tilsagnApi.getKlage, { params: { id } });
  // Another office's klage and an unknown one are the same to the page: not there for this user.
  const notFound = error && (error.status === 404 || error.status === 403);
  return (
    <Page title={t('page.tilsagnKlage')}>
      {notFound && (
        <Alert data-color="warning" className="kl-block">
          <Paragraph>{t('tilsagn.klage.notFound')}</Paragraph>
        </Alert>
      )}
      {error && !notFound && <ApiErrorAlert error={error} />}
      {!data && !error && <Loading />}
      {data && <KlageView detail={data} onChanged={reload} />}
    </Page>
  );
}

function KlageView({ detail, onChanged }: { detail: KlageDetail; onChanged: () => void }) {
  const t = useT();
  const { klage: k, decision: d } = detail;
  const number = d.archiveNumber ?? d.documentNumber;
  return (
    <>
      <DetailList
        items={[
          {
            label: t('tilsagn.klage.decision'),
            value: (
              <Link asChild>
                <RouterLink to={`/tilsagn/vedtak/${d.vedtakId}`}>
                  {number ? t('tilsagn.klage.decisionLink', { number, partnership: d.partnershipName }) : t('tilsagn.klage.decisionLinkNoNumber', { partnership: d.partnershipName })}
                </RouterLink>
              </Link>
            ),
          },
          { label: t('tilsagn.decision.kind'), value: t(`tilsagn.decision.kind.${d.kind}`) },
          { label: t('tilsagn.klage.letterDate'), value: formatLocalDate(d.letterDateLocal) },
          { label: t('tilsagn.klage.from'), value: k.fromName },
          { label: t('tilsagn.klage.receivedOn'), value: formatLocalDate(k.receivedOnLocal) },
          { label: t('tilsagn.klage.deadline'), value: <Deadline klage={k} /> },
          {
            label: t('tilsagn.klage.state'),
            value: (
              <Tag data-color={k.state === 'registrert' || k.state === 'oversendt' ? 'info' : 'neutral'} data-size="sm">
                {t(`tilsagn.klage.state.${k.state}`)}
              </Tag>
            ),
          },
          { label: t('tilsagn.klage.registered'), value: t('tilsagn.klage.byAt', { name: k.registeredByName, at: formatDateTime(k.registeredAt) }) },
        ]}
      />
      <section aria-labelledby="klage-summary-heading" className="kl-section">
        <Heading level={2} data-size="sm" id="klage-summary-heading">
          {t('tilsagn.klage.summaryHeading')}
        </Heading>
        <Paragraph className="kl-pre-line">{k.summary}</Paragraph>
      </section>
      <Handling klage={k} />
      {detail.allowed.includes('handle-klage') && (
        <section aria-labelledby="klage-documents-heading" className="kl-section">
          <Heading level={2} data-size="sm" id="klage-documents-heading">
            {t('tilsagn.klage.documents')}
          </Heading>
          <Paragraph>{t('tilsagn.klage.documentsHelp')}</Paragraph>
          <Paragraph>
            <Link href={tilsagnApi.exportKlageZip.url({ params: { id: k.id } })} download>
              {t('tilsagn.klage.documents')}
            </Link>
          </Paragraph>
        </section>
      )}
      {detail.actions.length > 0 && <KlageActions klageId={k.id} actions={detail.actions} appealBody={detail.appealBody} onDone={onChanged} />}
    </>
  );
}

function Deadline({ klage: k }: { klage: Klage }) {
  const t = useT();
  if (!k.deadlineLocal) return null;
  return (
    <>
      {formatLocalDate(k.deadlineLocal)}{' '}
      {k.inTime !== null && (
        <Tag data-color={k.inTime ? 'success' : 'warning'} data-size="sm">
          {t(k.inTime ? 'tilsagn.klage.inTime' : 'tilsagn.klage.late')}
        </Tag>
      )}
    </>
  );
}

/** What the office did with the klage and what came of it; the new decision's effect on the frame, year by year. */
function Handling({ klage: k }: { klage: Klage }) {
  const t = useT();
  const reasonsLabel =
    k.state === 'avvist' ? 'tilsagn.klage.label.dismissReasons' : k.state === 'omgjort' ? 'tilsagn.klage.label.reverseReasons' : 'tilsagn.klage.label.assessment';
  return (
    <section aria-labelledby="klage-handling-heading" className="kl-section">
      <Heading level={2} data-size="sm" id="klage-handling-heading">
        {t('tilsagn.klage.handlingHeading')}
      </Heading>
      {k.state === 'registrert' ? (
        <Paragraph>{t('tilsagn.klage.notHandled')}</Paragraph>
      ) : (
        <DetailList
          items={[
            ...(k.reasons ? [{ label: t(reasonsLabel), value: <span className="kl-pre-line">{k.reasons}</span> }] : []),
            ...(k.forwardedTo ? [{ label: t('tilsagn.klage.forwardedTo'), value: k.forwardedTo }] : []),
            ...(k.forwardedAt ? [{ label: t('tilsagn.klage.forwardedAt'), value: formatDateTime(k.forwardedAt) }] : []),
            ...(k.outcome ? [{ label: t('tilsagn.klage.outcome'), value: t(`tilsagn.klage.outcome.${k.outcome}`) }] : []),
            ...(k.outcomeText ? [{ label: t('tilsagn.klage.label.outcomeText'), value: <span className="kl-pre-line">{k.outcomeText}</span> }] : []),
            ...(k.decidedAt ? [{ label: t('tilsagn.klage.decidedBy'), value: t('tilsagn.klage.byAt', { name: k.decidedByName ?? '', at: formatDateTime(k.decidedAt) }) }] : []),
            ...(k.newVedtakId
              ? [
                  {
                    label: t('tilsagn.klage.newDecision'),
                    value: (
                      <Link asChild>
                        <RouterLink to={`/tilsagn/vedtak/${k.newVedtakId}`}>{t('tilsagn.klage.newDecisionLink')}</RouterLink>
                      </Link>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {k.frameEffect.length > 0 && <FrameEffect klage={k} />}
    </section>
  );
}

function FrameEffect({ klage: k }: { klage: Klage }) {
  const t = useT();
  return (
    <>
      <Paragraph>{t('tilsagn.klage.frameHelp')}</Paragraph>
      <TableScroll>
        <Table zebra className="kl-table">
          <caption>{t('tilsagn.klage.frameCaption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('tilsagn.klage.frameYear')}</Table.HeaderCell>
              <Table.HeaderCell className="kl-num">{t('tilsagn.klage.frameBefore')}</Table.HeaderCell>
              <Table.HeaderCell className="kl-num">{t('tilsagn.klage.frameAfter')}</Table.HeaderCell>
              <Table.HeaderCell className="kl-num">{t('tilsagn.klage.frameDifference')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {k.frameEffect.map((y) => (
              <Table.Row key={y.year}>
                <Table.HeaderCell scope="row">{y.year}</Table.HeaderCell>
                <Table.Cell className="kl-num">{formatMoney(y.beforeKr)}</Table.Cell>
                <Table.Cell className="kl-num">{formatMoney(y.afterKr)}</Table.Cell>
                <Table.Cell className="kl-num">{signedKr(y.differenceKr)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </>
  );
}

/** `+ kr 30 000`, `− kr 10 000`, `kr 0`: the sign said, not left to a colour. */
const signedKr = (kr: number) => (kr === 0 ? formatMoney(0) : `${kr > 0 ? '+' : '−'} ${formatMoney(Math.abs(kr))}`);
