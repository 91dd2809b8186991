// What the behovsmelding asks for, per part (owner, UH, total from the budget tables), with this office's sum and
// the parts applied for at another office shown apart (they do not count here). Then section 6 per year.
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { TApplicationTotals } from '../../../../domain/behovsmelding/parts.ts';
import { TableScroll } from '../../../components/table-scroll.tsx';
import { byId, useNameMap, useOffices } from '../../../hooks/use-reference.ts';
import { formatMoney } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/i18n-context.tsx';

export function TotalsSection({ totals, officeName }: { totals: TApplicationTotals | null; officeName: string }) {
  const t = useT();
  const offices = useNameMap(useOffices().data?.offices, byId);
  return (
    <section aria-labelledby="bm-totals" className="kl-section">
      <Heading level={2} data-size="sm" id="bm-totals">
        {t('bm.totals.heading')}
      </Heading>
      {!totals ? (
        <Paragraph>{t('bm.totals.notYet')}</Paragraph>
      ) : (
        <>
          <TableScroll>
            <Table zebra className="kl-table" data-size="sm">
              <caption>{t('bm.totals.caption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('bm.totals.part')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('field.office')}</Table.HeaderCell>
                  <Table.HeaderCell className="bm-amount">{t('bm.totals.owner')}</Table.HeaderCell>
                  <Table.HeaderCell className="bm-amount">{t('bm.totals.uh')}</Table.HeaderCell>
                  <Table.HeaderCell className="bm-amount">{t('bm.totals.total')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {totals.parts.map((p) => (
                  <Table.Row key={p.path}>
                    <Table.HeaderCell scope="row">{p.name}</Table.HeaderCell>
                    <Table.Cell>
                      {p.countsTowardsOffice ? officeName : t('bm.totals.otherOffice', { office: offices.get(p.otherOfficeId ?? '') ?? p.otherOfficeId ?? '' })}
                    </Table.Cell>
                    <Table.Cell className="bm-amount">{formatMoney(p.amounts.owner)}</Table.Cell>
                    <Table.Cell className="bm-amount">{formatMoney(p.amounts.uh)}</Table.Cell>
                    <Table.Cell className="bm-amount">{formatMoney(p.amounts.total)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
              <Table.Foot>
                <Table.Row>
                  <Table.HeaderCell scope="row" colSpan={2}>
                    {t('bm.totals.office', { office: officeName })}
                  </Table.HeaderCell>
                  <Table.Cell className="bm-amount">{formatMoney(totals.office.owner)}</Table.Cell>
                  <Table.Cell className="bm-amount">{formatMoney(totals.office.uh)}</Table.Cell>
                  <Table.Cell className="bm-amount">{formatMoney(totals.office.total)}</Table.Cell>
                </Table.Row>
                {totals.allParts.total !== totals.office.total && (
                  <Table.Row>
                    <Table.HeaderCell scope="row" colSpan={2}>
                      {t('bm.totals.allParts')}
                    </Table.HeaderCell>
                    <Table.Cell className="bm-amount">{formatMoney(totals.allParts.owner)}</Table.Cell>
                    <Table.Cell className="bm-amount">{formatMoney(totals.allParts.uh)}</Table.Cell>
                    <Table.Cell className="bm-amount">{formatMoney(totals.allParts.total)}</Table.Cell>
                  </Table.Row>
                )}
              </Table.Foot>
            </Table>
          </TableScroll>
          {totals.grantUseByYear.length > 0 && (
            <TableScroll>
              <Table zebra className="kl-table" data-size="sm">
                <caption>{t('bm.totals.byYearCaption', { office: officeName })}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('bm.totals.year')}</Table.HeaderCell>
                    <Table.HeaderCell className="bm-amount">{t('bm.totals.owner')}</Table.HeaderCell>
                    <Table.HeaderCell className="bm-amount">{t('bm.totals.uh')}</Table.HeaderCell>
                    <Table.HeaderCell className="bm-amount">{t('bm.totals.total')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {totals.grantUseByYear.map((y) => (
                    <Table.Row key={y.year}>
                      <Table.HeaderCell scope="row">{y.year}</Table.HeaderCell>
                      <Table.Cell className="bm-amount">{formatMoney(y.ownerKr)}</Table.Cell>
                      <Table.Cell className="bm-amount">{formatMoney(y.uhKr)}</Table.Cell>
                      <Table.Cell className="bm-amount">{formatMoney(y.totalKr)}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </TableScroll>
          )}
        </>
      )}
    </section>
  );
}
