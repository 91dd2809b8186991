// `/utbetaling/bunter/:batchId` (issue 15, point 1; ADR 027): one payment batch — its items (recipient, orgnr, the
// approved account, amount, year, the decision's document number), its total, its state with who prepared, submitted
// and approved it, and the message it was sent back with; then the steps `allowed` offers: "Send til godkjenning" and
// the item editor for the case officers while it is a draft, "Godkjenn" or "Send tilbake" for a budsjettdisponent who
// had no hand in it, the finance file (CSV, XLSX) once approved and "Registrer utbetalt" with the Oslo date. After a
// step the page's state heading takes focus, since the button pressed is gone.
import { Button, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useParams } from 'react-router';
import type { PaymentBatchDetail } from '../../../domain/utbetaling/batch-contract.ts';
import { PAYMENT_FILE_FORMATS } from '../../../domain/utbetaling/payment-file-rows.ts';
import { utbetalingApi } from '../../clients/utbetaling.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { DetailList, type Detail } from '../../components/detail-list.tsx';
import { RowLink } from '../../components/list-table.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { formatDateTime, formatMoney } from '../../i18n/format.ts';
import { useT, type TFunction } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { BatchItemsForm } from './batch-items-form.tsx';
import { BATCH_STATE_COLOR, BATCH_STATE_LABEL } from './batch-labels.ts';
import { BatchPaidForm, BatchReturnForm } from './batch-step-forms.tsx';
import { formatLocalDate } from './batch-values.ts';
import { useMoneyAction } from './money-action.ts';

/** The first download of the file marks the batch exported on the server: the page asks again after this long. */
const AFTER_DOWNLOAD_MS = 1500;

export function UtbetalingBatchPage() {
  const t = useT();
  const { batchId = '' } = useParams();
  const { data, error } = useCall(utbetalingApi.getPaymentBatch, { params: { id: batchId } });
  return (
    <Page title={t('page.utbetalingBatch')} lead={data && <Paragraph>{t('utbetaling.batch.lead', { round: data.round.title, office: data.round.officeName })}</Paragraph>}>
      {error && <ApiErrorAlert error={error} />}
      {!data && !error && <Loading />}
      {data && <BatchView key={data.batch.id} initial={data} />}
    </Page>
  );
}

function BatchView({ initial }: { initial: PaymentBatchDetail }) {
  const t = useT();
  const { announce } = useStatus();
  const heading = useRef<HTMLHeadingElement>(null);
  const [detail, setDetail] = useState(initial);
  // Bumped on every change, so the forms start afresh from the new version.
  const [changes, setChanges] = useState(0);
  const { failure, busy, run } = useMoneyAction();
  const { batch, round } = detail;
  const id = batch.id;
  const changed = (next: PaymentBatchDetail, done?: string) => {
    setDetail(next);
    setChanges((n) => n + 1);
    if (done) {
      announce(done);
      heading.current?.focus();
    }
  };
  const step = async (call: () => Promise<PaymentBatchDetail>, done: string) => {
    let next: PaymentBatchDetail | null = null;
    if (
      await run(async () => {
        next = await call();
      })
    )
      changed(next!, done);
  };
  const expectedVersion = batch.version;
  const submit = () => step(() => utbetalingApi.submitPaymentBatch({ params: { id }, body: { expectedVersion } }), t('utbetaling.batch.submitted'));
  const approve = () => step(() => utbetalingApi.approvePaymentBatch({ params: { id }, body: { expectedVersion } }), t('utbetaling.batch.approvedDone'));
  const reload = () => void run(async () => changed(await utbetalingApi.getPaymentBatch({ params: { id } })));
  const may = (verb: (typeof batch.allowed)[number]) => batch.allowed.includes(verb);
  return (
    <>
      <Paragraph>
        <RowLink to={`/utbetaling/utlysninger/${round.id}`}>{t('utbetaling.batch.backToRound', { round: round.title })}</RowLink>
      </Paragraph>
      <section aria-labelledby="batch-state" className="kl-section">
        <Heading level={2} data-size="sm" id="batch-state" ref={heading} tabIndex={-1}>
          {t('utbetaling.batch.stateHeading')}
        </Heading>
        <DetailList items={details(t, detail)} />
      </section>
      <section aria-labelledby="batch-items" className="kl-section">
        <Heading level={2} data-size="sm" id="batch-items">
          {t('utbetaling.batch.itemsHeading')}
        </Heading>
        <ItemsTable detail={detail} />
        {may('edit') && <BatchItemsForm key={changes} detail={detail} onSaved={(next) => changed(next, t('utbetaling.batch.itemsSaved'))} />}
      </section>
      <section aria-labelledby="batch-steps" className="kl-section">
        <Heading level={2} data-size="sm" id="batch-steps">
          {t('utbetaling.batch.stepsHeading')}
        </Heading>
        {failure && <ApiErrorAlert error={failure} />}
        {batch.state === 'til-godkjenning' && !may('approve') && <Paragraph>{t('utbetaling.batch.awaitingApproval')}</Paragraph>}
        {may('submit') && <Step help={t('utbetaling.batch.submitHelp')} label={t('utbetaling.batch.submit')} busy={busy} onClick={submit} />}
        {may('approve') && <Step help={t('utbetaling.batch.approveHelp')} label={t('utbetaling.batch.approve')} busy={busy} onClick={approve} />}
        {may('return') && <BatchReturnForm key={`return-${changes}`} batch={batch} onReturned={(next) => changed(next, t('utbetaling.batch.returned'))} />}
        {may('export') && (
          <div className="kl-block">
            <Paragraph>{t('utbetaling.batch.fileHelp')}</Paragraph>
            <ul className="kl-link-list">
              {PAYMENT_FILE_FORMATS.map((format) => (
                <li key={format}>
                  <Link href={utbetalingApi.getPaymentFile.url({ params: { id }, query: { format } })} download onClick={() => setTimeout(reload, AFTER_DOWNLOAD_MS)}>
                    {t(format === 'csv' ? 'utbetaling.batch.downloadCsv' : 'utbetaling.batch.downloadXlsx')}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        )}
        {may('mark-paid') && <BatchPaidForm key={`paid-${changes}`} batch={batch} onPaid={(next) => changed(next, t('utbetaling.batch.paidDone'))} />}
        {batch.allowed.every((v) => v === 'read') && batch.state !== 'til-godkjenning' && <Paragraph>{t('utbetaling.batch.noSteps')}</Paragraph>}
      </section>
    </>
  );
}

function Step({ help, label, busy, onClick }: { help: string; label: string; busy: boolean; onClick: () => Promise<void> }) {
  return (
    <div className="kl-block">
      <Paragraph>{help}</Paragraph>
      <div className="kl-actions">
        <Button type="button" onClick={() => void onClick()} loading={busy} aria-disabled={busy || undefined}>
          {label}
        </Button>
      </div>
    </div>
  );
}

function ItemsTable({ detail }: { detail: PaymentBatchDetail }) {
  const t = useT();
  const { items, batch } = detail;
  if (items.length === 0) return <Paragraph>{t('utbetaling.batch.noItems')}</Paragraph>;
  return (
    <TableScroll>
      <Table zebra className="kl-table">
        <caption>{t('utbetaling.batch.itemsCaption', { count: items.length, total: formatMoney(batch.totalKr) })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('utbetaling.batch.col.recipient')}</Table.HeaderCell>
            <Table.HeaderCell>{t('utbetaling.batch.col.orgnr')}</Table.HeaderCell>
            <Table.HeaderCell>{t('utbetaling.batch.col.kontonr')}</Table.HeaderCell>
            <Table.HeaderCell className="kl-num">{t('utbetaling.batch.col.amount')}</Table.HeaderCell>
            <Table.HeaderCell>{t('utbetaling.batch.col.year')}</Table.HeaderCell>
            <Table.HeaderCell>{t('utbetaling.batch.col.document')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((i) => (
            <Table.Row key={i.lineId}>
              <Table.HeaderCell scope="row">
                {i.orgName}
                <div className="kl-muted">{i.partnershipName}</div>
              </Table.HeaderCell>
              <Table.Cell>{i.orgnr ?? ''}</Table.Cell>
              <Table.Cell>{i.kontonr ?? t('utbetaling.batch.noKontonr')}</Table.Cell>
              <Table.Cell className="kl-num">{formatMoney(i.amountKr)}</Table.Cell>
              <Table.Cell>{i.year}</Table.Cell>
              <Table.Cell>{i.documentNumber ?? ''}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
        <tfoot>
          <Table.Row>
            <Table.HeaderCell scope="row">{t('utbetaling.batch.total')}</Table.HeaderCell>
            <Table.Cell />
            <Table.Cell />
            <Table.Cell className="kl-num">
              <strong>{formatMoney(batch.totalKr)}</strong>
            </Table.Cell>
            <Table.Cell />
            <Table.Cell />
          </Table.Row>
        </tfoot>
      </Table>
    </TableScroll>
  );
}

/** The batch's state, each step taken and by whom, and the message it was sent back with. */
function details(t: TFunction, { batch: b }: PaymentBatchDetail): Detail[] {
  const by = (at: string | null, name: string | null) => (at ? t('utbetaling.batch.byWhom', { when: formatDateTime(at), name: name ?? '' }) : null);
  const items: Detail[] = [
    {
      label: t('utbetaling.batch.col.state'),
      value: (
        <Tag data-color={BATCH_STATE_COLOR[b.state]} data-size="sm">
          {t(BATCH_STATE_LABEL[b.state])}
        </Tag>
      ),
    },
    { label: t('utbetaling.batch.total'), value: formatMoney(b.totalKr) },
    { label: t('utbetaling.batch.preparedBy'), value: by(b.createdAt, b.preparedByName) },
  ];
  const submitted = by(b.submittedAt, b.submittedByName);
  if (submitted) items.push({ label: t('utbetaling.batch.submittedBy'), value: submitted });
  const approved = by(b.approvedAt, b.approvedByName);
  if (approved) items.push({ label: t('utbetaling.batch.approvedBy'), value: approved });
  const exported = by(b.exportedAt, b.exportedByName);
  if (exported) items.push({ label: t('utbetaling.batch.exportedBy'), value: exported });
  if (b.paidOnLocal) items.push({ label: t('utbetaling.batch.paidOn'), value: t('utbetaling.batch.paidOnBy', { date: formatLocalDate(b.paidOnLocal), name: b.paidMarkedByName ?? '' }) });
  if (b.returnMessage) items.push({ label: t('utbetaling.batch.returnMessageShown'), value: <span className="kl-pre-line">{b.returnMessage}</span> });
  return items;
}
