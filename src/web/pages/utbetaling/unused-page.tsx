// One unused-money case (issue 15, point 2): /utbetaling/ubrukte/:unusedId. What was registered (amount, year,
// recipient, source, note) and its state; the case officer's decision — held over to the same tiltak, offset in a later
// year's payment, or claimed back — with its reason; after a claim its document number, due date and account, the
// claim letter as PDF and Word once the render job has made it (asked again every two seconds until then), and the
// repayments received ("Registrer innbetaling"). Each form only as the answer's `allowed` says.
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import type { UnusedFunds } from '../../../domain/utbetaling/unused-contract.ts';
import { utbetalingApi } from '../../clients/utbetaling.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { DetailList } from '../../components/detail-list.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { formatDateTime, formatMoney } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { formatLocalDate } from '../tilsagn/round-values.ts';
import { UnusedDecisionForm, UnusedReceivedForm } from './unused-forms.tsx';
import { UNUSED_SOURCE_LABEL, UNUSED_STATE_LABEL } from './unused-labels.ts';
import { claimRendering, outstandingKr } from './unused-values.ts';

const POLL_MS = 2000;

export function UnusedFundsPage() {
  const t = useT();
  const { unusedId = '' } = useParams();
  const { data, error, reload } = useCall(utbetalingApi.getUnusedFunds, { params: { id: unusedId } });
  const u = data?.unused;
  return (
    <Page title={u ? t('utbetaling.unused.title', { name: u.recipientName, year: String(u.year) }) : t('page.utbetalingUnused')}>
      {error && <ApiErrorAlert error={error} />}
      {!data && !error && <Loading />}
      {u && <Unused unused={u} reload={reload} />}
    </Page>
  );
}

function Unused({ unused: u, reload }: { unused: UnusedFunds; reload: () => void }) {
  const t = useT();
  return (
    <>
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/utbetaling/partnerskap/${u.partnershipId}`}>{t('utbetaling.unused.partnershipLink')}</RouterLink>
        </Link>
      </Paragraph>
      <DetailList
        items={[
          { label: t('utbetaling.unused.stateLabel'), value: t(UNUSED_STATE_LABEL[u.state]) },
          { label: t('utbetaling.unused.amountLabel'), value: formatMoney(u.amountKr) },
          { label: t('utbetaling.unused.yearLabel'), value: String(u.year) },
          { label: t('utbetaling.unused.recipientLabel'), value: u.recipientName },
          { label: t('utbetaling.unused.tilsagnLabel'), value: u.vedtakDocumentNumber ?? '' },
          { label: t('utbetaling.unused.sourceLabel'), value: t(UNUSED_SOURCE_LABEL[u.source]) },
          { label: t('utbetaling.unused.noteLabel'), value: u.note ? <span className="kl-pre-line">{u.note}</span> : '' },
          { label: t('utbetaling.unused.registeredLabel'), value: t('utbetaling.unused.byWhom', { name: u.registeredByName, when: formatDateTime(u.registeredAt) }) },
        ]}
      />
      {u.state !== 'registrert' && <Decision unused={u} />}
      {u.claim && <Claim unused={u} reload={reload} />}
      {u.allowed.includes('decide-unused') && u.state === 'registrert' && <UnusedDecisionForm key={u.version} unused={u} onDone={reload} />}
      {u.allowed.includes('record-received') && u.state === 'krevd' && <UnusedReceivedForm key={u.version} unused={u} onDone={reload} />}
    </>
  );
}

/** The decision made: what, by whom and when, to which year, and why. */
function Decision({ unused: u }: { unused: UnusedFunds }) {
  const t = useT();
  return (
    <section aria-labelledby="unused-decision" className="kl-section">
      <Heading level={2} data-size="sm" id="unused-decision">
        {t('utbetaling.unused.decisionHeading')}
      </Heading>
      <DetailList
        items={[
          { label: t('utbetaling.unused.stateLabel'), value: t(UNUSED_STATE_LABEL[u.state]) },
          ...(u.targetYear !== null && u.state !== 'krevd' && u.state !== 'mottatt' ? [{ label: t('utbetaling.unused.targetYearLabel'), value: String(u.targetYear) }] : []),
          { label: t('utbetaling.unused.reasonLabel'), value: u.reason ? <span className="kl-pre-line">{u.reason}</span> : '' },
          ...(u.decidedByName ? [{ label: t('utbetaling.unused.decidedLabel'), value: t('utbetaling.unused.byWhom', { name: u.decidedByName, when: formatDateTime(u.decidedAt) }) }] : []),
        ]}
      />
    </section>
  );
}

/** The repayment claim: its number, due date and account, what has come in, and the letter once it is made. The job
 * queue renders the letter after the decision, so while it is being made the case is asked again every two seconds,
 * and "Kravbrevet er klart" is announced when it is done — only for a change seen here, never on a visit. */
function Claim({ unused: u, reload }: { unused: UnusedFunds; reload: () => void }) {
  const t = useT();
  const { announce } = useStatus();
  const claim = u.claim;
  const rendering = claimRendering(u);
  const wasRendering = useRef(false);
  useEffect(() => {
    if (rendering) {
      wasRendering.current = true;
      const timer = setTimeout(reload, POLL_MS);
      return () => clearTimeout(timer);
    }
    if (wasRendering.current) {
      wasRendering.current = false;
      announce(t('utbetaling.unused.claimReady'));
    }
  }, [rendering, u.version, reload, announce, t]);
  if (!claim) return null;
  return (
    <section aria-labelledby="unused-claim" className="kl-section">
      <Heading level={2} data-size="sm" id="unused-claim">
        {t('utbetaling.unused.claimHeading')}
      </Heading>
      <DetailList
        items={[
          { label: t('utbetaling.unused.claimNumberLabel'), value: claim.documentNumber },
          { label: t('utbetaling.unused.claimDueLabel'), value: formatLocalDate(claim.dueLocal) },
          { label: t('utbetaling.unused.claimAccountLabel'), value: claim.kontonr ?? '' },
          { label: t('utbetaling.unused.receivedLabel'), value: u.receivedKr ? t('utbetaling.unused.receivedValue', { amount: formatMoney(u.receivedKr), date: formatLocalDate(u.receivedOnLocal) }) : t('utbetaling.unused.nothingReceived') },
          { label: t('utbetaling.unused.outstandingLabel'), value: formatMoney(outstandingKr(u)) },
        ]}
      />
      {rendering ? (
        <Paragraph>{t('utbetaling.unused.claimRendering')}</Paragraph>
      ) : (
        <ul className="kl-link-list">
          {(['pdf', 'docx'] as const).map((format) => (
            <li key={format}>
              <Link href={utbetalingApi.getRepaymentClaim.url({ params: { id: u.id, format } })} download>
                {t(format === 'pdf' ? 'utbetaling.unused.downloadPdf' : 'utbetaling.unused.downloadDocx')}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
