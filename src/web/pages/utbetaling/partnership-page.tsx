// One partnership's money (issue 15, points 1 and 2): /utbetaling/partnerskap/:partnershipId — the coordinator's and
// the office's view. The tilsagn per year and recipient (decided, offset, paid, still to pay), the payments made, and
// the unused money with its state and any repayment claim (each case links to its own page). The office's case
// officers register unused money here ("Registrer ubrukte midler") when the answer's `allowed` says so; the server
// decides again on every call.
import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from 'react-router';
import type { PartnershipMoneyAnswer } from '../../../domain/utbetaling/plan-contract.ts';
import { utbetalingApi } from '../../clients/utbetaling.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { formatDate, formatMoney } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { formatLocalDate } from '../tilsagn/round-values.ts';
import { RegisterUnusedForm } from './register-unused-form.tsx';
import { sourceLabel, stateLabel } from './unused-labels.ts';
import { lineChoices, linePayableKr } from './unused-values.ts';

export function PartnershipMoneyPage() {
  const t = useT();
  const { partnershipId = '' } = useParams();
  const { data, error, reload } = useCall(utbetalingApi.getPartnershipMoney, { params: { id: partnershipId } });
  return (
    <Page title={data ? t('utbetaling.partnership.title', { partnership: data.partnership.name }) : t('page.utbetalingPartnership')}>
      {error && <ApiErrorAlert error={error} />}
      {!data && !error && <Loading />}
      {data && <PartnershipMoney answer={data} reload={reload} />}
    </Page>
  );
}

function PartnershipMoney({ answer, reload }: { answer: PartnershipMoneyAnswer; reload: () => void }) {
  const choices = lineChoices(answer);
  return (
    <>
      <Lines answer={answer} />
      <Payments answer={answer} />
      <Unused answer={answer} />
      {answer.allowed.includes('register-unused') && choices.length > 0 && <RegisterUnusedForm key={answer.unusedFunds.length} choices={choices} onRegistered={reload} />}
    </>
  );
}

function Lines({ answer }: { answer: PartnershipMoneyAnswer }) {
  const t = useT();
  const years = [...answer.years].sort((a, b) => a.year - b.year);
  // A state UH's share is transferred between state bodies, never paid to an account: "missing" would mislead.
  const accountText = (r: PartnershipMoneyAnswer['years'][number]['recipients'][number]) =>
    r.kind === 'overforing' ? t('utbetaling.partnership.transferAccount') : r.approved ? (r.kontonr ?? t('utbetaling.partnership.noAccount')) : t('utbetaling.partnership.notApproved');
  return (
    <section aria-labelledby="partnership-lines" className="kl-section">
      <Heading level={2} data-size="sm" id="partnership-lines">
        {t('utbetaling.partnership.linesHeading')}
      </Heading>
      {years.length === 0 ? (
        <Paragraph>{t('utbetaling.partnership.noLines')}</Paragraph>
      ) : (
        <TableScroll>
          <Table zebra className="kl-table">
            <caption>{t('utbetaling.partnership.linesCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('utbetaling.partnership.col.year')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('utbetaling.partnership.col.recipient')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('utbetaling.partnership.col.tilsagn')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('utbetaling.partnership.col.decided')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('utbetaling.partnership.col.offset')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('utbetaling.partnership.col.paid')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('utbetaling.partnership.col.payable')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('utbetaling.partnership.col.account')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {years.flatMap((y) =>
                y.recipients.map((r) => (
                  <Table.Row key={r.lineId}>
                    <Table.Cell>{y.year}</Table.Cell>
                    <Table.HeaderCell scope="row">
                      {r.name}
                      {r.kind === 'overforing' && (
                        <>
                          <br />
                          <span className="kl-muted">{t('utbetaling.partnership.transfer')}</span>
                        </>
                      )}
                    </Table.HeaderCell>
                    <Table.Cell>{r.documentNumber ?? t('common.notGiven')}</Table.Cell>
                    <Table.Cell>{formatMoney(r.amountKr)}</Table.Cell>
                    <Table.Cell>{formatMoney(r.offsetKr)}</Table.Cell>
                    <Table.Cell>{formatMoney(r.paidKr)}</Table.Cell>
                    <Table.Cell>{formatMoney(linePayableKr(r))}</Table.Cell>
                    <Table.Cell>{accountText(r)}</Table.Cell>
                  </Table.Row>
                )),
              )}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}

function Payments({ answer }: { answer: PartnershipMoneyAnswer }) {
  const t = useT();
  return (
    <section aria-labelledby="partnership-payments" className="kl-section">
      <Heading level={2} data-size="sm" id="partnership-payments">
        {t('utbetaling.partnership.paymentsHeading')}
      </Heading>
      {answer.payments.length === 0 ? (
        <Paragraph>{t('utbetaling.partnership.noPayments')}</Paragraph>
      ) : (
        <TableScroll>
          <Table zebra className="kl-table">
            <caption>{t('utbetaling.partnership.paymentsCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('utbetaling.partnership.col.date')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('utbetaling.partnership.col.recipient')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('utbetaling.partnership.col.year')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('utbetaling.partnership.col.amount')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('utbetaling.partnership.col.account')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('utbetaling.partnership.col.state')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {answer.payments.map((p) => (
                <Table.Row key={`${p.batchId}-${p.year}-${p.recipient}-${p.orgId}`}>
                  <Table.Cell>{p.paidOnLocal ? formatLocalDate(p.paidOnLocal) : formatDate(p.exportedAt)}</Table.Cell>
                  <Table.HeaderCell scope="row">{p.name}</Table.HeaderCell>
                  <Table.Cell>{p.year}</Table.Cell>
                  <Table.Cell>{formatMoney(p.amountKr)}</Table.Cell>
                  <Table.Cell>{p.kontonr ?? t('common.notGiven')}</Table.Cell>
                  <Table.Cell>{t(p.state === 'betalt' ? 'utbetaling.partnership.paid' : 'utbetaling.partnership.exported')}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}

function Unused({ answer }: { answer: PartnershipMoneyAnswer }) {
  const t = useT();
  return (
    <section aria-labelledby="partnership-unused" className="kl-section">
      <Heading level={2} data-size="sm" id="partnership-unused">
        {t('utbetaling.partnership.unusedHeading')}
      </Heading>
      {answer.unusedFunds.length === 0 ? (
        <Paragraph>{t('utbetaling.partnership.noUnused')}</Paragraph>
      ) : (
        <TableScroll>
          <Table zebra className="kl-table">
            <caption>{t('utbetaling.partnership.unusedCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('utbetaling.partnership.col.case')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('utbetaling.partnership.col.year')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('utbetaling.partnership.col.amount')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('utbetaling.partnership.col.source')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('utbetaling.partnership.col.state')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('utbetaling.partnership.col.claim')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {answer.unusedFunds.map((u) => (
                <Table.Row key={u.id}>
                  <Table.HeaderCell scope="row">
                    <Link asChild>
                      <RouterLink to={`/utbetaling/ubrukte/${u.id}`}>{t('utbetaling.partnership.caseLink', { name: u.name, year: String(u.year) })}</RouterLink>
                    </Link>
                  </Table.HeaderCell>
                  <Table.Cell>{u.year}</Table.Cell>
                  <Table.Cell>{formatMoney(u.amountKr)}</Table.Cell>
                  <Table.Cell>{sourceLabel(t, u.source)}</Table.Cell>
                  <Table.Cell>
                    {stateLabel(t, u.state)}
                    {u.targetYear !== null && (u.state === 'overfort' || u.state === 'motregnet') && (
                      <>
                        <br />
                        <span className="kl-muted">{t('utbetaling.partnership.toYear', { year: String(u.targetYear) })}</span>
                      </>
                    )}
                  </Table.Cell>
                  <Table.Cell>{u.claimDocumentNumber ? <ClaimCell unused={u} /> : t('utbetaling.partnership.noClaim')}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}

/** The claim's number, due date, received, and its letter's files (named by number, so a link read alone says which). */
function ClaimCell({ unused: u }: { unused: PartnershipMoneyAnswer['unusedFunds'][number] }) {
  const t = useT();
  const number = u.claimDocumentNumber ?? '';
  return (
    <>
      {number}
      {u.claimDueLocal && (
        <>
          <br />
          <span className="kl-muted">{t('utbetaling.partnership.claimDue', { date: formatLocalDate(u.claimDueLocal) })}</span>
        </>
      )}
      {u.receivedKr !== null && u.receivedKr > 0 && (
        <>
          <br />
          <span className="kl-muted">{t('utbetaling.partnership.claimReceived', { amount: formatMoney(u.receivedKr), date: formatLocalDate(u.receivedOnLocal) })}</span>
        </>
      )}
      {u.claimReady ? (
        <ul className="kl-link-list">
          {(['pdf', 'docx'] as const).map((format) => (
            <li key={format}>
              <Link href={utbetalingApi.getRepaymentClaim.url({ params: { id: u.id, format } })} download>
                {t('utbetaling.partnership.claimDownload', { format: format.toUpperCase(), number })}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <>
          <br />
          <span className="kl-muted">{t('utbetaling.unused.claimRendering')}</span>
        </>
      )}
    </>
  );
}
