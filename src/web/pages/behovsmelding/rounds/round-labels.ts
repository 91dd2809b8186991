// Display names of a round's and an application's status codes, and the colour of each status tag.
import { useMemo } from 'react';
import type { TRoundStatus } from '../../../../domain/behovsmelding/round-status.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import type { ApplicationStatus } from '../../../types/behovsmelding.ts';
import type { StatusFilter } from './application-list-query.ts';

export const ROUND_STATUS_COLOR: Record<TRoundStatus, 'info' | 'success' | 'neutral'> = { planlagt: 'info', åpen: 'success', stengt: 'neutral' };
export const APPLICATION_STATUS_COLOR: Record<ApplicationStatus, 'neutral' | 'success' | 'warning'> = { utkast: 'neutral', sendt: 'success', returnert: 'warning' };

export function useRoundLabels() {
  const t = useT();
  return useMemo(
    () => ({
      roundStatusLabel: (status: TRoundStatus) => t(`round.status.${status}`),
      applicationStatusLabel: (status: ApplicationStatus) => t(`round.appStatus.${status}`),
      statusFilterLabel: (status: StatusFilter) => t(`round.statusFilter.${status}`),
    }),
    [t],
  );
}
