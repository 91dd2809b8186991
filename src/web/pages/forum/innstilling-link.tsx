// The way from a round's meeting to the round's innstilling (issue 13, point 5), where its decisions are gathered,
// it is adopted and downloaded.
import { Paragraph } from '@digdir/designsystemet-react';
import { RowLink } from '../../components/list-table.tsx';
import { useT } from '../../i18n/i18n-context.tsx';

export const innstillingPath = (roundId: string) => `/forum/utlysninger/${roundId}/innstilling`;

export function InnstillingLink({ roundId }: { roundId: string | null }) {
  const t = useT();
  if (!roundId) return null;
  return (
    <Paragraph>
      <RowLink to={innstillingPath(roundId)}>{t('innstilling.openFromMeeting')}</RowLink>
    </Paragraph>
  );
}
