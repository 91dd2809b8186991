// `/utbetaling/utlysninger/:roundId` (issue 15, point 1; ADR 027): a round's money as the office sees it — the issued
// tilsagn and whether each is accepted ("Venter på aksept"), the payment plan's lines per recipient and year with the
// approved account (flagged where it differs from the behovsmelding's) and why a line cannot be paid yet, "Lag
// betalingsplan" and "Godkjenn betalingsplan", then the round's payment batches and the form for a new one. Everything
// offered comes from the server's `allowed`: the page never guesses from roles.
import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useParams } from 'react-router';
import type { PaymentPlanAnswer } from '../../../domain/utbetaling/plan-contract.ts';
import { utbetalingApi } from '../../clients/utbetaling.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { DetailList } from '../../components/detail-list.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { formatDateTime, formatMoney } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { BLOCKER_LABEL, PAYMENT_KIND_LABEL, RECIPIENT_LABEL, TILSAGN_STATE_COLOR, TILSAGN_STATE_LABEL } from './batch-labels.ts';
import { formatLocalDate } from './batch-values.ts';
import { useMoneyAction } from './money-action.ts';
import { RoundBatches } from './round-batches.tsx';

export function UtbetalingRoundPage() {
  const t = useT();
  const { roundId = '' } = useParams();
  const { data, error } = useCall(utbetalingApi.getPaymentPlan, { params: { roundId } });
  return (
    <Page title={t('page.utbetalingRound')} lead={data && <Paragraph>{t('utbetaling.plan.lead', { round: data.round.title, office: data.round.officeName })}</Paragraph>}>
      {error && <ApiErrorAlert error={error} />}
      {!data && !error && <Loading />}
      {data && <RoundMoney key={data.round.id} initial={data} />}
    </Page>
  );
}

function RoundMoney({ initial }: { initial: PaymentPlanAnswer }) {
  const [plan, setPlan] = useState(initial);
  // Bumped when the plan changes, so the batches (and their payable lines) are asked again.
  const [changes, setChanges] = useState(0);
  const changed = (next: PaymentPlanAnswer) => {
    setPlan(next);
    setChanges((n) => n + 1);
  };
  return (
    <>
      <TilsagnTable plan={plan} />
      <PlanSection plan={plan} onChanged={changed} />
      <RoundBatches key={changes} roundId={plan.round.id} />
    </>
  );
}

/** Every tilsagn of the round in force; the ones awaiting acceptance are listed so the officer sees what is missing. */
function TilsagnTable({ plan }: { plan: PaymentPlanAnswer }) {
  const t = useT();
  return (
    <section aria-labelledby="plan-tilsagn" className="kl-section">
      <Heading level={2} data-size="sm" id="plan-tilsagn">
        {t('utbetaling.plan.tilsagnHeading')}
      </Heading>
      {plan.tilsagn.length === 0 ? (
        <Paragraph>{t('utbetaling.plan.noTilsagn')}</Paragraph>
      ) : (
        <TableScroll>
          <Table zebra className="kl-table">
            <caption>{t('utbetaling.plan.tilsagnCaption', { count: plan.tilsagn.length })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('utbetaling.plan.col.partnership')}</Table.HeaderCell>
                <Table.HeaderCell>{t('utbetaling.plan.col.document')}</Table.HeaderCell>
                <Table.HeaderCell className="kl-num">{t('utbetaling.plan.col.total')}</Table.HeaderCell>
                <Table.HeaderCell>{t('utbetaling.plan.col.acceptance')}</Table.HeaderCell>
                <Table.HeaderCell>{t('utbetaling.plan.col.planned')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {plan.tilsagn.map((v) => (
                <Table.Row key={v.vedtakId}>
                  <Table.HeaderCell scope="row">{v.partnershipName}</Table.HeaderCell>
                  <Table.Cell>{v.documentNumber ?? ''}</Table.Cell>
                  <Table.Cell className="kl-num">{formatMoney(v.totalKr)}</Table.Cell>
                  <Table.Cell>
                    <Tag data-color={TILSAGN_STATE_COLOR[v.state]} data-size="sm">
                      {t(TILSAGN_STATE_LABEL[v.state])}
                    </Tag>
                    {v.state === 'venter-paa-aksept' && v.acceptanceDueLocal && (
                      <div className="kl-muted">{t('utbetaling.plan.acceptanceDue', { date: formatLocalDate(v.acceptanceDueLocal) })}</div>
                    )}
                    {v.acceptedAt && <div className="kl-muted">{t('utbetaling.plan.byWhom', { when: formatDateTime(v.acceptedAt), name: v.acceptedByName ?? '' })}</div>}
                  </Table.Cell>
                  <Table.Cell>{t(v.planned ? 'utbetaling.plan.plannedYes' : 'utbetaling.plan.plannedNo')}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}

/** The plan's totals, its lines per recipient and year, and the two steps `allowed` offers (make it, approve it). */
function PlanSection({ plan, onChanged }: { plan: PaymentPlanAnswer; onChanged: (next: PaymentPlanAnswer) => void }) {
  const t = useT();
  const { announce } = useStatus();
  const heading = useRef<HTMLHeadingElement>(null);
  const { failure, busy, run } = useMoneyAction();
  const roundId = plan.round.id;
  const step = async (call: () => Promise<PaymentPlanAnswer>, done: string) => {
    if (
      await run(async () => {
        onChanged(await call());
      })
    ) {
      announce(done);
      heading.current?.focus();
    }
  };
  const mayPlan = plan.allowed.includes('approve-plan');
  const make = () => step(() => utbetalingApi.makePaymentPlan({ params: { roundId } }), t('utbetaling.plan.made'));
  const approve = () => step(() => utbetalingApi.approvePaymentPlan({ params: { roundId } }), t('utbetaling.plan.approved'));
  const { totals } = plan;
  const lineCount = plan.recipients.reduce((n, r) => n + r.years.reduce((m, y) => m + y.lines.length, 0), 0);
  return (
    <section aria-labelledby="plan-lines" className="kl-section">
      <Heading level={2} data-size="sm" id="plan-lines" ref={heading} tabIndex={-1}>
        {t('utbetaling.plan.heading')}
      </Heading>
      <DetailList
        items={[
          { label: t('utbetaling.plan.col.amount'), value: formatMoney(totals.amountKr) },
          { label: t('utbetaling.plan.col.offset'), value: formatMoney(totals.offsetKr) },
          { label: t('utbetaling.plan.col.paid'), value: formatMoney(totals.paidKr) },
          { label: t('utbetaling.plan.col.inBatches'), value: formatMoney(totals.inBatchesKr) },
          { label: t('utbetaling.plan.col.payable'), value: formatMoney(totals.payableKr) },
          { label: t('utbetaling.plan.unapproved'), value: String(totals.unapprovedCount) },
          { label: t('utbetaling.plan.unplanned'), value: String(totals.unplannedCount) },
        ]}
      />
      {lineCount === 0 ? <Paragraph>{t('utbetaling.plan.noLines')}</Paragraph> : <PlanLinesTable plan={plan} />}
      {failure && <ApiErrorAlert error={failure} />}
      {mayPlan && (
        <div className="kl-block">
          <Paragraph>{t('utbetaling.plan.makeHelp')}</Paragraph>
          <div className="kl-actions">
            <Button type="button" variant={totals.unplannedCount > 0 ? 'primary' : 'secondary'} onClick={() => void make()} loading={busy} aria-disabled={busy || undefined}>
              {t('utbetaling.plan.make')}
            </Button>
          </div>
        </div>
      )}
      {mayPlan && totals.unapprovedCount > 0 && (
        <div className="kl-block">
          <Paragraph>{t('utbetaling.plan.approveHelp')}</Paragraph>
          <div className="kl-actions">
            <Button type="button" onClick={() => void approve()} loading={busy} aria-disabled={busy || undefined}>
              {t('utbetaling.plan.approve')}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}

function PlanLinesTable({ plan }: { plan: PaymentPlanAnswer }) {
  const t = useT();
  return (
    <TableScroll>
      <Table zebra className="kl-table">
        <caption>{t('utbetaling.plan.linesCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('utbetaling.plan.col.recipient')}</Table.HeaderCell>
            <Table.HeaderCell>{t('utbetaling.plan.col.year')}</Table.HeaderCell>
            <Table.HeaderCell>{t('utbetaling.plan.col.kind')}</Table.HeaderCell>
            <Table.HeaderCell className="kl-num">{t('utbetaling.plan.col.amount')}</Table.HeaderCell>
            <Table.HeaderCell className="kl-num">{t('utbetaling.plan.col.offset')}</Table.HeaderCell>
            <Table.HeaderCell className="kl-num">{t('utbetaling.plan.col.paid')}</Table.HeaderCell>
            <Table.HeaderCell className="kl-num">{t('utbetaling.plan.col.inBatches')}</Table.HeaderCell>
            <Table.HeaderCell className="kl-num">{t('utbetaling.plan.col.payable')}</Table.HeaderCell>
            <Table.HeaderCell>{t('utbetaling.plan.col.account')}</Table.HeaderCell>
            <Table.HeaderCell>{t('utbetaling.plan.col.status')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {plan.recipients.flatMap((r) =>
            r.years.flatMap((y) =>
              y.lines.map((l) => (
                <Table.Row key={l.id}>
                  <Table.HeaderCell scope="row">
                    {r.name}
                    <div className="kl-muted">
                      {r.orgnr ? t('utbetaling.plan.orgnr', { orgnr: r.orgnr }) : ''} {t(RECIPIENT_LABEL[l.recipient])}, {l.partnershipName}
                      {l.documentNumber ? ` (${l.documentNumber})` : ''}
                    </div>
                  </Table.HeaderCell>
                  <Table.Cell>{l.year}</Table.Cell>
                  <Table.Cell>{t(PAYMENT_KIND_LABEL[l.kind])}</Table.Cell>
                  <Table.Cell className="kl-num">{formatMoney(l.amountKr)}</Table.Cell>
                  <Table.Cell className="kl-num">{formatMoney(l.offsetKr)}</Table.Cell>
                  <Table.Cell className="kl-num">{formatMoney(l.paidKr)}</Table.Cell>
                  <Table.Cell className="kl-num">{formatMoney(l.inBatchesKr)}</Table.Cell>
                  <Table.Cell className="kl-num">{formatMoney(l.payableKr)}</Table.Cell>
                  <Table.Cell>
                    {l.kontonr ?? (l.approved ? t('utbetaling.plan.noKontonr') : '')}
                    {l.kontonrDiffers && (
                      <div>
                        <Tag data-color="warning" data-size="sm">
                          {t('utbetaling.plan.accountDiffers', { kontonr: l.applicationKontonr ?? t('utbetaling.plan.noKontonr') })}
                        </Tag>
                      </div>
                    )}
                    {r.pendingChange && <div className="kl-muted">{t('utbetaling.plan.pendingChange', { kontonr: r.pendingChange.newKontonr ?? t('utbetaling.plan.noKontonr') })}</div>}
                  </Table.Cell>
                  <Table.Cell>
                    {l.superseded && <div>{t('utbetaling.plan.superseded')}</div>}
                    {l.blocker ? t(BLOCKER_LABEL[l.blocker]) : l.approvedAt ? t('utbetaling.plan.approvedBy', { when: formatDateTime(l.approvedAt), name: l.approvedByName ?? '' }) : ''}
                  </Table.Cell>
                </Table.Row>
              )),
            ),
          )}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
