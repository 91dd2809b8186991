// What the partnership sees of the samarbeidsforum's work on its application (issue 13, point 6): "Til behandling i
// samarbeidsforumet" once it is on a meeting's agenda, "Innstilt" once the round's innstilling is adopted — then its
// own amounts per year (owner, each UH; later years provisional), the forum's assessment and any reason (not
// prioritised, or less than asked). Members' scores and comments are never part of what the API sends here.
import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { TableScroll } from '../../../components/table-scroll.tsx';
import { formatMoney } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import type { Application } from '../../../types/behovsmelding.ts';

type Outcome = NonNullable<NonNullable<Application['forum']>['outcome']>;

export function ForumOutcome({ application }: { application: Application }) {
  const t = useT();
  const forum = application.forum;
  if (!forum) return null;
  const innstilt = forum.status === 'innstilt';
  return (
    <section aria-labelledby="bm-forum-heading" className="kl-section">
      <Heading level={2} data-size="sm" id="bm-forum-heading">
        {t('bm.forum.heading')}
      </Heading>
      <Paragraph>
        <Tag data-color={innstilt ? 'success' : 'info'} data-size="sm">
          {t(innstilt ? 'bm.forum.innstilt' : 'bm.forum.underReview')}
        </Tag>{' '}
        {t(innstilt ? 'bm.forum.innstiltText' : 'bm.forum.underReviewText')}
      </Paragraph>
      {forum.outcome && <OutcomeDetails outcome={forum.outcome} />}
    </section>
  );
}

function OutcomeDetails({ outcome }: { outcome: Outcome }) {
  const t = useT();
  const uh = [...new Map(outcome.split.flatMap((y) => y.uh.map((u) => [u.orgId, u.name] as const))).entries()];
  return (
    <>
      <Paragraph>{outcome.prioritised ? t('bm.forum.prioritised', { amount: formatMoney(outcome.totalKr) }) : t('bm.forum.notPrioritised')}</Paragraph>
      {outcome.split.length > 0 && (
        <TableScroll>
          <Table zebra className="kl-table">
            <caption>{t('bm.forum.splitCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('bm.forum.year')}</Table.HeaderCell>
                <Table.HeaderCell className="kl-num">{t('bm.forum.owner')}</Table.HeaderCell>
                {uh.map(([id, name]) => (
                  <Table.HeaderCell key={id} className="kl-num">
                    {name}
                  </Table.HeaderCell>
                ))}
                <Table.HeaderCell className="kl-num">{t('bm.forum.sum')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {outcome.split.map((y) => (
                <Table.Row key={y.year}>
                  <Table.HeaderCell scope="row">
                    {y.year}
                    {y.provisional && (
                      <>
                        {' '}
                        <Tag data-color="warning" data-size="sm">
                          {t('bm.forum.provisional')}
                        </Tag>
                      </>
                    )}
                  </Table.HeaderCell>
                  <Table.Cell className="kl-num">{formatMoney(y.ownerKr)}</Table.Cell>
                  {uh.map(([id]) => (
                    <Table.Cell key={id} className="kl-num">
                      {formatMoney(y.uh.find((u) => u.orgId === id)?.amountKr ?? 0)}
                    </Table.Cell>
                  ))}
                  <Table.Cell className="kl-num">{formatMoney(y.totalKr)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {outcome.assessment && (
        <>
          <Heading level={3} data-size="xs">
            {t('bm.forum.assessment')}
          </Heading>
          <Paragraph className="bm-pre-line">{outcome.assessment}</Paragraph>
        </>
      )}
      {outcome.reason && (
        <>
          <Heading level={3} data-size="xs">
            {t(outcome.prioritised ? 'bm.forum.reasonReduced' : 'bm.forum.reasonNotPrioritised')}
          </Heading>
          <Paragraph className="bm-pre-line">{outcome.reason}</Paragraph>
        </>
      )}
    </>
  );
}
