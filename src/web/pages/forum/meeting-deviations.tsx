// The decisions that deviate from the forum's innstilling (issue 14, point 1): "a decision may deviate from the
// innstilling only with a written reason, which the letter and the forum's next meeting see". The meeting's answer
// lists those approved since the office's previous meeting started (src/loaders/forum/meeting-deviations.ts); the
// forum reads what it recommended, what was decided and why. Read-only: the forum does not decide here.
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { MeetingDeviation } from '../../../domain/forum/members-contract.ts';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDate, formatMoney } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';

export function MeetingDeviations({ deviations }: { deviations: readonly MeetingDeviation[] }) {
  const t = useT();
  const outcome = (kind: MeetingDeviation['kind'] | null, totalKr: number | null) =>
    kind === null ? t('forumMeeting.deviationsNotRecommended') : kind === 'avslag' ? t('forumMeeting.deviationsAvslag') : t('forumMeeting.deviationsTilsagn', { amount: formatMoney(totalKr ?? 0) });
  return (
    <section aria-labelledby="meeting-deviations" className="kl-section">
      <Heading level={2} data-size="sm" id="meeting-deviations">
        {t('forumMeeting.deviations')}
      </Heading>
      {deviations.length === 0 ? (
        <Paragraph>{t('forumMeeting.deviationsNone')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('forumMeeting.deviationsIntro')}</Paragraph>
          <TableScroll>
            <Table zebra className="kl-table">
              <caption>{t('forumMeeting.deviationsCaption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('forumMeeting.deviationsPartnership')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('forumMeeting.deviationsRound')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('forumMeeting.deviationsRecommended')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('forumMeeting.deviationsDecided')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('forumMeeting.deviationsReason')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('forumMeeting.deviationsApproved')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {deviations.map((d) => (
                  <Table.Row key={d.vedtakId}>
                    <Table.HeaderCell scope="row">{d.partnershipName}</Table.HeaderCell>
                    <Table.Cell>{d.roundTitle}</Table.Cell>
                    <Table.Cell>{outcome(d.recommendedKind, d.recommendedTotalKr)}</Table.Cell>
                    <Table.Cell>
                      {outcome(d.kind, d.totalKr)}
                      {d.amendment && (
                        <>
                          <br />
                          {t('forumMeeting.deviationsAmendment')}
                        </>
                      )}
                    </Table.Cell>
                    <Table.Cell className="kl-pre-line">{d.deviationReason}</Table.Cell>
                    <Table.Cell>{formatDate(d.approvedAt)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        </>
      )}
    </section>
  );
}
