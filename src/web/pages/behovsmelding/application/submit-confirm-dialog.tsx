// "Vil du sende inn behovsmeldingen?" (issue 12, point 7): a submission cannot be taken back by the applicant once
// the deadline has passed, so "Send inn" first names what is being sent where: the round, the deadline that
// applies to this application (an extension's or a resubmission window's when it has one) and the amounts asked of
// this office (owner, UH, total). Nothing is sent until "Ja, send inn"; Escape and "Avbryt" close the dialog and
// leave everything as it was.
import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TApplicationTotals } from '../../../../domain/behovsmelding/parts.ts';
import { DetailList } from '../../../components/detail-list.tsx';
import { formatMoney } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import { formatLocalDeadline } from './local-time-text.ts';

export type SubmitConfirmation = {
  roundTitle: string;
  officeName: string;
  /** The deadline that applies to this application (Oslo wall-clock text): the round's, an extension's or a
   * resubmission window's (`effectiveDeadlineLocal`). */
  deadlineLocal: string;
  totals: TApplicationTotals | null;
};

export function SubmitConfirmDialog({
  open,
  confirmation,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  confirmation: SubmitConfirmation;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const { roundTitle, officeName, deadlineLocal, totals } = confirmation;
  const amounts = totals?.office;
  return (
    <Dialog open={open} onClose={onCancel} closeButton={false} aria-labelledby="bm-submit-confirm-heading">
      <Dialog.Block>
        <Heading level={2} data-size="sm" id="bm-submit-confirm-heading">
          {t('bm.submit.confirmHeading')}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <Paragraph>{t('bm.submit.confirmIntro', { office: officeName })}</Paragraph>
        <DetailList
          items={[
            { label: t('bm.overview.round'), value: roundTitle },
            { label: t('bm.overview.deadline'), value: formatLocalDeadline(deadlineLocal, t) },
            ...(amounts
              ? [
                  { label: t('bm.submit.confirmOwner'), value: formatMoney(amounts.owner) },
                  { label: t('bm.submit.confirmUh'), value: formatMoney(amounts.uh) },
                  { label: t('bm.submit.confirmTotal'), value: formatMoney(amounts.total) },
                ]
              : []),
          ]}
        />
        {!amounts && <Paragraph>{t('bm.submit.confirmNoTotals')}</Paragraph>}
      </Dialog.Block>
      <Dialog.Block>
        <div className="kl-actions">
          <Button type="button" onClick={onConfirm}>
            {t('bm.submit.confirm')}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
