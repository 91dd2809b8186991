// Every submission of a behovsmelding (the first, and again after each return): document number, when, by whom.
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { TableScroll } from '../../../components/table-scroll.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import type { SubmissionInfo } from '../../../types/behovsmelding.ts';
import { ExportLinks } from './export-links.tsx';

export function SubmissionsSection({ id, submissions }: { id: string; submissions: SubmissionInfo[] }) {
  const t = useT();
  return (
    <section aria-labelledby="bm-submissions" className="kl-section">
      <Heading level={2} data-size="sm" id="bm-submissions">
        {t('bm.submissions.heading')}
      </Heading>
      {submissions.length === 0 ? (
        <Paragraph>{t('bm.submissions.none')}</Paragraph>
      ) : (
        <TableScroll>
          <Table zebra className="kl-table" data-size="sm">
            <caption className="ds-sr-only">{t('bm.submissions.caption', { count: submissions.length })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('bm.submissions.sequence')}</Table.HeaderCell>
                <Table.HeaderCell>{t('bm.submissions.documentNumber')}</Table.HeaderCell>
                <Table.HeaderCell>{t('bm.submissions.at')}</Table.HeaderCell>
                <Table.HeaderCell>{t('bm.submissions.by')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {submissions.map((s) => (
                <Table.Row key={s.sequence}>
                  <Table.Cell>{s.sequence}</Table.Cell>
                  <Table.Cell>{s.documentNumber}</Table.Cell>
                  <Table.Cell>{formatDateTime(s.submittedAt)}</Table.Cell>
                  <Table.Cell>{s.submittedByName}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      <Heading level={3} data-size="xs">
        {t('bm.export.heading')}
      </Heading>
      <ExportLinks id={id} submitted={submissions.length > 0} />
    </section>
  );
}
