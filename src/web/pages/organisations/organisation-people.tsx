// The people (contact persons) of one organisation, with a shortcut to add one where the server allows it.
import { Button, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { formatPhone } from '../../../domain/shared/fields.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { orgApi } from '../../clients/org.ts';
import { useCall } from '../../hooks/use-call.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';

export function OrganisationPeople({ organisationId, mayAdd }: { organisationId: string; mayAdd: boolean }) {
  const t = useT();
  const { data, error, loading } = useCall(orgApi.listPeople, { query: { organisationId } });
  return (
    <>
      {mayAdd && (
        <Button asChild variant="secondary" data-size="sm" className="kl-block">
          <RouterLink to={`/personer/ny?organisasjon=${organisationId}`}>{t('person.new')}</RouterLink>
        </Button>
      )}
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      {data && data.people.length === 0 && <Paragraph>{t('person.none')}</Paragraph>}
      {data && data.people.length > 0 && (
        <TableScroll>
          <Table zebra className="kl-table">
            <caption className="ds-sr-only">{t('organisation.people')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('field.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('field.title')}</Table.HeaderCell>
                <Table.HeaderCell>{t('field.email')}</Table.HeaderCell>
                <Table.HeaderCell>{t('field.phone')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.people.map((p) => (
                <Table.Row key={p.id}>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to={`/personer/${p.id}`}>{p.name}</RouterLink>
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{p.title ?? ''}</Table.Cell>
                  <Table.Cell>{p.email}</Table.Cell>
                  <Table.Cell>{p.phone ? formatPhone(p.phone) : ''}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </>
  );
}
