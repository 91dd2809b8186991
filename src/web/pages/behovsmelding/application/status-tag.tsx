// The status of a behovsmelding (utkast / sendt / returnert) as a coloured tag with its name.
import { Tag } from '@digdir/designsystemet-react';
import type { MessageKey } from '../../../i18n/catalogs.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import type { ApplicationStatus } from '../../../types/behovsmelding.ts';

export const STATUS_LABEL: Record<ApplicationStatus, MessageKey> = {
  utkast: 'bm.status.utkast',
  sendt: 'bm.status.sendt',
  returnert: 'bm.status.returnert',
};

const COLOR: Record<ApplicationStatus, 'neutral' | 'success' | 'warning'> = { utkast: 'neutral', sendt: 'success', returnert: 'warning' };

export function StatusTag({ status }: { status: ApplicationStatus }) {
  const t = useT();
  return (
    <Tag data-color={COLOR[status]} data-size="sm">
      {t(STATUS_LABEL[status])}
    </Tag>
  );
}
