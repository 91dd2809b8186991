// `/behovsmeldinger/:id/kvittering`: the receipt after "Send inn" — document number, time, who got the receipt
// e-mail, and the warnings the office will see. Opened later (no submit in this visit) it shows the latest submission.
import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useLocation } from 'react-router';
import { DetailList } from '../../../components/detail-list.tsx';
import { differenceToShow } from '../../../../domain/behovsmelding/budget-issue.ts';
import { formatDateTime, formatMoney } from '../../../i18n/format.ts';
import { useMessage, useT } from '../../../i18n/i18n-context.tsx';
import { ApplicationFrame } from './application-frame.tsx';
import { ExportLinks } from './export-links.tsx';
import { applicationPath } from './steps.ts';
import type { ReceiptState } from './submit-panel.tsx';

export function ReceiptPage() {
  const t = useT();
  const message = useMessage();
  const state = useLocation().state as Partial<ReceiptState> | null;
  const result = state?.result ?? null;
  return (
    <ApplicationFrame title="page.bmReceipt" steps={false}>
      {({ application: a }) => {
        const latest = a.submissions.at(-1);
        const documentNumber = result?.documentNumber ?? latest?.documentNumber;
        const submittedAt = result?.submittedAt ?? latest?.submittedAt;
        if (!documentNumber)
          return (
            <Paragraph>
              {t('bm.receipt.notSubmitted')}{' '}
              <Link asChild>
                <RouterLink to={applicationPath(a.id)}>{t('bm.receipt.back')}</RouterLink>
              </Link>
            </Paragraph>
          );
        return (
          <>
            <Alert data-color="success" className="kl-block">
              <Heading level={2} data-size="xs">
                {t('bm.receipt.heading')}
              </Heading>
              <Paragraph>{t('bm.receipt.text', { office: a.round.officeName })}</Paragraph>
            </Alert>
            <DetailList
              items={[
                { label: t('bm.overview.documentNumber'), value: documentNumber },
                { label: t('bm.receipt.submittedAt'), value: formatDateTime(submittedAt) },
                { label: t('bm.receipt.submittedBy'), value: latest?.submittedByName ?? '' },
                ...(result ? [{ label: t('bm.receipt.emailTo'), value: result.receiptEmailTo.length > 0 ? result.receiptEmailTo.join(', ') : t('bm.receipt.noEmail') }] : []),
              ]}
            />
            {result && result.warnings.length > 0 && (
              <section aria-labelledby="bm-receipt-warnings" className="kl-section">
                <Heading level={2} data-size="sm" id="bm-receipt-warnings">
                  {t('bm.receipt.warnings')}
                </Heading>
                <ul>
                  {result.warnings.map((w) => (
                    <li key={`${w.path}|${w.message}`}>
                      {message(w.message)}
                      {differenceToShow(w) !== null ? ` ${t('bm.issue.difference', { amount: formatMoney(differenceToShow(w)!) })}` : ''}
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <Heading level={2} data-size="sm">
              {t('bm.export.heading')}
            </Heading>
            <ExportLinks id={a.id} submitted />
            <Paragraph>
              <Link asChild>
                <RouterLink to={applicationPath(a.id)}>{t('bm.receipt.back')}</RouterLink>
              </Link>
            </Paragraph>
          </>
        );
      }}
    </ApplicationFrame>
  );
}
