// The audit log: who changed what and when, newest first, filtered and a page at a time (the server pages).
import { Button, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { withQuery } from '../../api.ts';
import { auditApi } from '../../clients/audit.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { AuditDiff } from './audit-diff.tsx';
import { AuditFilters, type AuditFilterValues } from './audit-filters.tsx';
import { entityPath, useAuditLabels } from './audit-labels.ts';
import { TableScroll } from '../../components/table-scroll.tsx';

export function AuditLogPage() {
  const t = useT();
  const { entityTypeLabel, actionLabel } = useAuditLabels();
  const [params, setParams] = useSearchParams();
  const filter: AuditFilterValues = { entityType: params.get('type') ?? '', entityId: params.get('id') ?? '', from: params.get('fra') ?? '', to: params.get('til') ?? '' };
  const page = Math.max(1, Number(params.get('side')) || 1);
  const { data, error, loading } = useCall(auditApi.listAudit, { query: { ...filter, page: String(page) } });
  const go = (next: AuditFilterValues, nextPage = 1) =>
    setParams(
      Object.fromEntries(
        Object.entries({ type: next.entityType, id: next.entityId.trim(), fra: next.from, til: next.to, side: nextPage > 1 ? String(nextPage) : '' }).filter(([, v]) => v),
      ),
    );
  const hasNext = Boolean(data && data.entries.length === data.pageSize);

  return (
    <Page title={t('page.audit')}>
      <AuditFilters key={[filter.entityType, filter.entityId, filter.from, filter.to].join('|')} initial={filter} onApply={(v) => go(v)} />
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      <Paragraph aria-live="polite">{data ? t('audit.pageInfo', { page, count: data.entries.length }) : ''}</Paragraph>
      {data && data.entries.length > 0 && (
        <TableScroll>
          <Table zebra className="kl-table">
            <caption>{t('audit.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('audit.at')}</Table.HeaderCell>
                <Table.HeaderCell>{t('audit.actor')}</Table.HeaderCell>
                <Table.HeaderCell>{t('audit.action')}</Table.HeaderCell>
                <Table.HeaderCell>{t('audit.entity')}</Table.HeaderCell>
                <Table.HeaderCell>{t('audit.changes')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.entries.map((e) => {
                const path = entityPath(e.entityType, e.entityId);
                return (
                  <Table.Row key={e.id}>
                    <Table.Cell>{formatDateTime(e.at)}</Table.Cell>
                    <Table.Cell>{e.actorName}</Table.Cell>
                    <Table.Cell>{actionLabel(e.action)}</Table.Cell>
                    <Table.Cell>
                      {entityTypeLabel(e.entityType)}{' '}
                      {path ? (
                        <Link asChild>
                          <RouterLink to={path}>{t('audit.open')}</RouterLink>
                        </Link>
                      ) : null}
                      <br />
                      <Link asChild data-size="sm">
                        <RouterLink to={withQuery('/admin/revisjonslogg', { type: e.entityType, id: e.entityId })} aria-label={t('audit.historyOf', { id: e.entityId })}>
                          <code>{e.entityId}</code>
                        </RouterLink>
                      </Link>
                    </Table.Cell>
                    <Table.Cell>
                      <AuditDiff before={e.before} after={e.after} />
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      <div className="kl-actions">
        {page > 1 && (
          <Button variant="secondary" onClick={() => go(filter, page - 1)}>
            {t('pagination.previous')}
          </Button>
        )}
        {hasNext && (
          <Button variant="secondary" onClick={() => go(filter, page + 1)}>
            {t('pagination.next')}
          </Button>
        )}
      </div>
    </Page>
  );
}
