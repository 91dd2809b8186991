// The grant schemes (configuration; an admin edits them on each scheme's page).
import { Link, Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { useSchemes } from '../../hooks/use-reference.ts';
import { useLocalize, useT } from '../../i18n/i18n-context.tsx';

export function SchemeListPage() {
  const t = useT();
  const localize = useLocalize();
  const { data, error, loading } = useSchemes();
  return (
    <Page title={t('page.schemes')}>
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      {data && (
        <Table zebra className="kl-table">
          <caption>{t('reference.schemesCaption', { count: data.schemes.length })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('field.shortName')}</Table.HeaderCell>
              <Table.HeaderCell>{t('field.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('field.status')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {data.schemes.map((s) => (
              <Table.Row key={s.id}>
                <Table.Cell>
                  <Link asChild>
                    <RouterLink to={`/referanse/ordninger/${s.id}`}>{s.shortName}</RouterLink>
                  </Link>
                </Table.Cell>
                <Table.Cell>{localize(s.name)}</Table.Cell>
                <Table.Cell>
                  <Tag data-color={s.active ? 'success' : 'neutral'} data-size="sm">
                    {s.active ? t('scheme.active') : t('scheme.inactive')}
                  </Tag>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Page>
  );
}
