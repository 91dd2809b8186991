// What a round's innstilling says (issue 13, point 5), as the screen shows it — the same content the PDF and DOCX
// print (src/domain/forum/innstilling-content.ts): the prioritised measures with owners, UH, units, years and the
// money per actor and year (later years "innstilt (foreløpig)"), the forum's assessment and any reason for a
// reduction; the applications not prioritised with their reasons; the sums per year; and per item the decision,
// counts, dissent and recusals.
import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import type { Innstilling } from '../../../domain/forum/innstilling-contract.ts';
import { DetailList } from '../../components/detail-list.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatMoney } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { decisionSentence } from './item-decision.tsx';

type Measure = Innstilling['prioritised'][number];

function YearCell({ year, provisional }: { year: number; provisional: boolean }) {
  const t = useT();
  return (
    <>
      {year}
      {provisional && (
        <>
          {' '}
          <Tag data-color="warning" data-size="sm">
            {t('innstilling.provisional')}
          </Tag>
        </>
      )}
    </>
  );
}

/** The money of one measure per year: the owner side, each UH institution, the sum. */
function SplitTable({ measure }: { measure: Measure }) {
  const t = useT();
  const uh = [...new Map(measure.split.flatMap((y) => y.uh.map((u) => [u.orgId, u.name] as const))).entries()];
  return (
    <TableScroll>
      <Table zebra className="kl-table">
        <caption>{t('innstilling.splitCaption', { name: measure.partnershipName })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('innstilling.year')}</Table.HeaderCell>
            <Table.HeaderCell className="kl-num">{t('innstilling.owner', { name: measure.payeeName })}</Table.HeaderCell>
            {uh.map(([id, name]) => (
              <Table.HeaderCell key={id} className="kl-num">
                {name}
              </Table.HeaderCell>
            ))}
            <Table.HeaderCell className="kl-num">{t('innstilling.sum')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {measure.split.map((y) => (
            <Table.Row key={y.year}>
              <Table.HeaderCell scope="row">
                <YearCell year={y.year} provisional={y.provisional} />
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
  );
}

function MeasureSection({ measure }: { measure: Measure }) {
  const t = useT();
  const none = t('innstilling.none');
  return (
    <article aria-labelledby={`inn-measure-${measure.applicationId}`} className="kl-section">
      <Heading level={3} data-size="xs" id={`inn-measure-${measure.applicationId}`}>
        {t('innstilling.measureHeading', { priority: measure.priority, name: measure.partnershipName })}
      </Heading>
      <DetailList
        items={[
          { label: t('innstilling.owners'), value: measure.owners.join(', ') || none },
          { label: t('innstilling.payee'), value: measure.payeeName },
          { label: t('innstilling.uh'), value: measure.uh.join(', ') || none },
          { label: t('innstilling.units'), value: measure.units.map((u) => `${u.label}: ${u.count}`).join(', ') || none },
          { label: t('innstilling.years'), value: t('innstilling.yearsValue', { years: measure.years.join(', '), count: measure.durationYears }) },
          { label: t('innstilling.asked'), value: formatMoney(measure.askedKr) },
          {
            label: t('innstilling.total'),
            value: (
              <>
                {formatMoney(measure.totalKr)}
                {measure.reduced && (
                  <>
                    {' '}
                    <Tag data-color="warning" data-size="sm">
                      {t('innstilling.reduced')}
                    </Tag>
                  </>
                )}
              </>
            ),
          },
          { label: t('innstilling.assessment'), value: measure.assessment },
          ...(measure.reduced ? [{ label: t('innstilling.reasonReduced'), value: measure.reason }] : []),
        ]}
      />
      <SplitTable measure={measure} />
    </article>
  );
}

export function InnstillingContent({ innstilling: inn }: { innstilling: Innstilling }) {
  const t = useT();
  return (
    <>
      <section aria-labelledby="inn-prioritised" className="kl-section">
        <Heading level={2} data-size="sm" id="inn-prioritised">
          {t('innstilling.prioritised')}
        </Heading>
        {inn.prioritised.length === 0 ? <Paragraph>{t('innstilling.noPrioritised')}</Paragraph> : inn.prioritised.map((m) => <MeasureSection key={m.applicationId} measure={m} />)}
      </section>
      <section aria-labelledby="inn-not-prioritised" className="kl-section">
        <Heading level={2} data-size="sm" id="inn-not-prioritised">
          {t('innstilling.notPrioritised')}
        </Heading>
        {inn.notPrioritised.length === 0 ? (
          <Paragraph>{t('innstilling.noneNotPrioritised')}</Paragraph>
        ) : (
          inn.notPrioritised.map((n) => (
            <article key={n.applicationId} aria-labelledby={`inn-not-${n.applicationId}`} className="kl-section">
              <Heading level={3} data-size="xs" id={`inn-not-${n.applicationId}`}>
                {n.partnershipName}
              </Heading>
              <DetailList
                items={[
                  { label: t('innstilling.asked'), value: formatMoney(n.askedKr) },
                  { label: t('innstilling.reasonNotPrioritised'), value: n.reason },
                  { label: t('innstilling.assessment'), value: n.assessment },
                ]}
              />
            </article>
          ))
        )}
      </section>
      <section aria-labelledby="inn-totals" className="kl-section">
        <Heading level={2} data-size="sm" id="inn-totals">
          {t('innstilling.totals')}
        </Heading>
        <TableScroll>
          <Table zebra className="kl-table">
            <caption>{t('innstilling.totalsCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('innstilling.year')}</Table.HeaderCell>
                <Table.HeaderCell className="kl-num">{t('innstilling.sum')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {inn.totals.map((y) => (
                <Table.Row key={y.year}>
                  <Table.HeaderCell scope="row">
                    <YearCell year={y.year} provisional={y.provisional} />
                  </Table.HeaderCell>
                  <Table.Cell className="kl-num">{formatMoney(y.totalKr)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      </section>
      <section aria-labelledby="inn-items" className="kl-section">
        <Heading level={2} data-size="sm" id="inn-items">
          {t('innstilling.items')}
        </Heading>
        {inn.items.length === 0 ? (
          <Paragraph>{t('innstilling.noItems')}</Paragraph>
        ) : (
          inn.items.map((i) => (
            <article key={i.position} aria-labelledby={`inn-item-${i.position}`} className="kl-section">
              <Heading level={3} data-size="xs" id={`inn-item-${i.position}`}>
                {t('innstilling.itemHeading', { position: i.position, title: i.title })}
              </Heading>
              <DetailList
                items={[
                  { label: t('innstilling.decision'), value: decisionSentence(t, { kind: i.decisionKind, text: i.decisionText, counts: i.voteCounts, dissent: i.dissent }) },
                  ...(i.decisionText ? [{ label: t('innstilling.wording'), value: i.decisionText }] : []),
                  ...(i.dissent ? [{ label: t('innstilling.dissent'), value: i.dissent }] : []),
                  {
                    label: t('innstilling.recusals'),
                    value:
                      i.recusals.length === 0
                        ? t('innstilling.none')
                        : i.recusals
                            .map((r) => t(r.deputyStepsIn ? 'innstilling.recusalDeputy' : 'innstilling.recusal', { name: r.memberName, organisation: r.organisationName, reason: r.reason }))
                            .join(' '),
                  },
                ]}
              />
            </article>
          ))
        )}
      </section>
    </>
  );
}
