// What both public statements share (issue 12, point 13): the operating office as configured (GET /api/operator),
// its contact details as a description list with the e-mail as a link, a section under a heading, and the date the
// statement was reviewed.
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { Operator } from '../../../domain/platform/contract.ts';
import { platformApi } from '../../clients/platform.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { DetailList } from '../../components/detail-list.tsx';
import { Loading } from '../../components/loading.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { useT } from '../../i18n/i18n-context.tsx';

/** `2026-12-07` → `07.12.2026`: a calendar date as written, never through a Date (no time zone can shift it). */
export function formatStatementDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : isoDate;
}

/** Renders `children` with the operator once loaded; the statement's generic text does not wait for it. */
export function WithOperator({ children }: { children: (operator: Operator) => ReactNode }) {
  const t = useT();
  const { data, error, loading } = useCall(platformApi.operator);
  if (error) return <ApiErrorAlert error={error} heading={t('statements.loadFailed')} />;
  if (loading || !data) return <Loading />;
  return <>{children(data)}</>;
}

export function OperatorContact({ operator, privacyOfficer = false }: { operator: Operator; privacyOfficer?: boolean }) {
  const t = useT();
  return (
    <DetailList
      items={[
        { label: t('statements.responsible'), value: operator.name },
        { label: t('statements.email'), value: <Link href={`mailto:${operator.email}`}>{operator.email}</Link> },
        { label: t('statements.address'), value: operator.address },
        ...(privacyOfficer ? [{ label: t('statements.privacyOfficer'), value: operator.privacyOfficer }] : []),
      ]}
    />
  );
}

export function ReviewedOn({ operator }: { operator: Operator }) {
  const t = useT();
  return (
    <Paragraph data-size="sm" className="kl-section">
      {t('statements.reviewed', { date: formatStatementDate(operator.statementsDate) })}
    </Paragraph>
  );
}

/** One part of a statement: a level-2 heading and what it says. */
export function StatementSection({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <section className="kl-section">
      <Heading level={2} data-size="sm">
        {heading}
      </Heading>
      {children}
    </section>
  );
}
