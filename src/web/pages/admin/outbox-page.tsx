// The e-mail outbox for the admin: what the platform has queued to whom, newest first, and where each mail stands —
// sent, saved as a .eml file (no SMTP; downloadable here), waiting for an attempt, or given up with its short error
// and "Send på nytt" (offered when the answer's `allowed` says so). "Bare feilede" narrows the list to the failed.
// The server log holds no mail: this page is where it is read.
import { Button, Details, Link, Paragraph, Switch, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../api.ts';
import { platformApi } from '../../clients/platform.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import type { OutboxEntry } from '../../types/outbox.ts';
import { NOTICE_KINDS, type NoticeKind } from '../../../domain/notify/notice.ts';

const isKind = (k: string | null): k is NoticeKind => k !== null && (NOTICE_KINDS as readonly string[]).includes(k);

function OutboxState({ m }: { m: OutboxEntry }) {
  const t = useT();
  switch (m.state) {
    case 'sent':
      return <>{t('outbox.sentAt', { at: formatDateTime(m.sentAt ?? m.createdAt) })}</>;
    case 'eml':
      return (
        <>
          {t('outbox.state.eml', { file: m.emlFile ?? '' })}
          <br />
          <Link href={platformApi.getOutboxEml.url({ params: { id: m.id } })} download>
            {t('outbox.openEml')}
          </Link>
        </>
      );
    case 'failed':
      return (
        <>
          {t('outbox.state.failed', { error: m.lastError ?? '–' })}
          {m.failedAt && (
            <>
              <br />
              <span className="kl-muted">{t('outbox.state.failedAt', { at: formatDateTime(m.failedAt), attempts: m.attempts })}</span>
            </>
          )}
        </>
      );
    case 'pending':
      return <>{m.attempts > 0 ? t('outbox.state.retrying', { attempt: m.attempts + 1, error: m.lastError ?? '–' }) : t('outbox.state.pending')}</>;
  }
}

export function OutboxPage() {
  const t = useT();
  const { announce } = useStatus();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('side')) || 1);
  const onlyFailed = params.get('feilet') === '1';
  const { data, error, loading, reload } = useCall(platformApi.listOutbox, { query: { page: String(page), ...(onlyFailed ? { onlyFailed: 'true' } : {}) } });
  const [failure, setFailure] = useState<ApiError | null>(null);
  const go = (next: number, failedOnly = onlyFailed) => setParams({ ...(next > 1 ? { side: String(next) } : {}), ...(failedOnly ? { feilet: '1' } : {}) });
  const hasNext = Boolean(data && data.entries.length === data.pageSize);

  const resend = async (m: OutboxEntry) => {
    setFailure(null);
    try {
      await platformApi.resendEmail({ params: { id: m.id } });
      announce(t('outbox.resent'));
      reload();
      document.getElementById(`outbox-${m.id}`)?.focus();
    } catch (e) {
      setFailure(e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', null));
    }
  };

  return (
    <Page title={t('page.outbox')} lead={<Paragraph>{t('outbox.lead')}</Paragraph>}>
      <Switch label={t('outbox.onlyFailed')} checked={onlyFailed} onChange={(e) => go(1, e.target.checked)} data-size="sm" />
      {failure && <ApiErrorAlert error={failure} />}
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      <Paragraph aria-live="polite">{data ? t('outbox.pageInfo', { page, count: data.entries.length }) : ''}</Paragraph>
      {data && data.entries.length === 0 && onlyFailed && <Paragraph>{t('outbox.noneFailed')}</Paragraph>}
      {data && data.entries.length > 0 && (
        <TableScroll>
          <Table zebra className="kl-table">
            <caption>{t('outbox.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('outbox.createdAt')}</Table.HeaderCell>
                <Table.HeaderCell>{t('outbox.kind')}</Table.HeaderCell>
                <Table.HeaderCell>{t('outbox.to')}</Table.HeaderCell>
                <Table.HeaderCell>{t('outbox.subject')}</Table.HeaderCell>
                <Table.HeaderCell>{t('outbox.status')}</Table.HeaderCell>
                <Table.HeaderCell>{t('outbox.attachments')}</Table.HeaderCell>
                <Table.HeaderCell>{t('outbox.text')}</Table.HeaderCell>
                {data.allowed.includes('resend') && <Table.HeaderCell>{t('common.action')}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.entries.map((m) => (
                <Table.Row key={m.id}>
                  <Table.Cell id={`outbox-${m.id}`} tabIndex={-1}>
                    {formatDateTime(m.createdAt)}
                  </Table.Cell>
                  <Table.Cell>{isKind(m.kind) ? t(`outbox.kind.${m.kind}`) : (m.kind ?? '–')}</Table.Cell>
                  <Table.Cell>{m.to}</Table.Cell>
                  <Table.Cell>{m.subject}</Table.Cell>
                  <Table.Cell>
                    <OutboxState m={m} />
                  </Table.Cell>
                  <Table.Cell>
                    {m.attachments.map((a) => (
                      <div key={a.filename}>{a.filename}</div>
                    ))}
                    {m.link && (
                      <Link href={m.link}>
                        {t('outbox.link')}
                      </Link>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    <Details data-size="sm">
                      <Details.Summary>{t('outbox.showText')}</Details.Summary>
                      <Details.Content>
                        <Paragraph className="kl-pre-line">{m.text}</Paragraph>
                      </Details.Content>
                    </Details>
                  </Table.Cell>
                  {data.allowed.includes('resend') && (
                    <Table.Cell>
                      {m.allowed.includes('resend') && (
                        <Button variant="secondary" data-size="sm" onClick={() => void resend(m)} aria-label={t('outbox.resendFor', { subject: m.subject, to: m.to })}>
                          {t('outbox.resend')}
                        </Button>
                      )}
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      <div className="kl-actions">
        {page > 1 && (
          <Button variant="secondary" onClick={() => go(page - 1)}>
            {t('pagination.previous')}
          </Button>
        )}
        {hasNext && (
          <Button variant="secondary" onClick={() => go(page + 1)}>
            {t('pagination.next')}
          </Button>
        )}
      </div>
    </Page>
  );
}
