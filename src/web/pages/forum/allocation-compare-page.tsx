// Two scenarios of a round side by side (issue 13, point 4): per application and year what each proposes and the
// difference (B − A), then each one's totals against the frames. `?a=&b=` name them; without both, the page asks
// for them (the same picker as the allocation page).
import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import type { z } from 'zod';
import type { ZScenarioComparison } from '../../../domain/forum/allocation-contract.ts';
import { formatAmount } from '../../../domain/shared/money.ts';
import { forumApi } from '../../clients/forum.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { formatMoney } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { ComparePicker } from './allocation-compare-picker.tsx';
import { allocationPath } from './allocation-paths.ts';
import { TotalsTable } from './allocation-totals.tsx';
import './allocation.css';

type Comparison = z.output<typeof ZScenarioComparison>;

export function AllocationComparePage() {
  const t = useT();
  const { roundId = '' } = useParams();
  const [search] = useSearchParams();
  const a = search.get('a');
  const b = search.get('b');
  const comparison = useCall(forumApi.compareScenarios, a && b ? { query: { a, b } } : null);
  return (
    <Page title={t('page.forumAllocationCompare')}>
      <Paragraph>
        <Link asChild>
          <RouterLink to={allocationPath(roundId)}>{t('allocation.backToScreen')}</RouterLink>
        </Link>
      </Paragraph>
      <Picker roundId={roundId} a={a} b={b} />
      {comparison.error && <ApiErrorAlert error={comparison.error} />}
      {a && b && !comparison.data && !comparison.error && <Loading />}
      {comparison.data && <Compared c={comparison.data} />}
    </Page>
  );
}

function Picker({ roundId, a, b }: { roundId: string; a: string | null; b: string | null }) {
  const { data, error } = useCall(forumApi.listScenarios, { params: { roundId } });
  if (error) return <ApiErrorAlert error={error} />;
  if (!data) return null;
  return <ComparePicker roundId={roundId} scenarios={data.scenarios} a={a} b={b} />;
}

/** "+125 000" / "−50 000" / "0": the change from A to B. */
const signed = (kr: number) => (kr > 0 ? `+${formatAmount(kr)}` : formatAmount(kr));

function Compared({ c }: { c: Comparison }) {
  const t = useT();
  return (
    <>
      <section aria-labelledby="fa-compare-apps" className="kl-section">
        <Heading level={2} data-size="sm" id="fa-compare-apps">
          {t('allocation.compareApplications', { a: c.a.name, b: c.b.name })}
        </Heading>
        <TableScroll>
          <Table className="kl-table">
            <caption className="ds-sr-only">{t('allocation.compareCaption', { a: c.a.name, b: c.b.name })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('allocation.application')}</Table.HeaderCell>
                <Table.HeaderCell>{t('allocation.year')}</Table.HeaderCell>
                <Table.HeaderCell className="kl-num">{c.a.name}</Table.HeaderCell>
                <Table.HeaderCell className="kl-num">{c.b.name}</Table.HeaderCell>
                <Table.HeaderCell className="kl-num">{t('allocation.difference')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {c.applications.flatMap((app) =>
                app.years.map((y, i) => (
                  <Table.Row key={`${app.id}|${y.year}`} className={y.differenceKr !== 0 ? 'fa-changed' : undefined}>
                    {i === 0 && (
                      <Table.HeaderCell scope="rowgroup" rowSpan={app.years.length}>
                        {app.partnershipName}
                      </Table.HeaderCell>
                    )}
                    <Table.HeaderCell scope="row">{y.year}</Table.HeaderCell>
                    <Table.Cell className="kl-num">{formatMoney(y.aKr)}</Table.Cell>
                    <Table.Cell className="kl-num">{formatMoney(y.bKr)}</Table.Cell>
                    <Table.Cell className="kl-num">{signed(y.differenceKr)}</Table.Cell>
                  </Table.Row>
                )),
              )}
            </Table.Body>
          </Table>
        </TableScroll>
      </section>
      {[
        { s: c.a, totals: c.totals.a, id: 'fa-compare-a' },
        { s: c.b, totals: c.totals.b, id: 'fa-compare-b' },
      ].map(({ s, totals, id }) => (
        <section key={id} aria-labelledby={id} className="kl-section">
          <Heading level={2} data-size="sm" id={id}>
            {t('allocation.totalsOf', { name: s.name })}
          </Heading>
          <TotalsTable totals={totals} caption={t('allocation.totalsCaption', { name: s.name })} />
        </section>
      ))}
    </>
  );
}
