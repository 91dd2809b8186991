// The partnerships the user can see (the server filters by role and office).
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { ListTable, RowLink } from '../../components/list-table.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { orgApi } from '../../clients/org.ts';
import { useCall } from '../../hooks/use-call.ts';
import { byId, useNameMap, useSchemes } from '../../hooks/use-reference.ts';
import { useT } from '../../i18n/i18n-context.tsx';

export function PartnershipListPage() {
  const t = useT();
  const { data, error, loading } = useCall(orgApi.listPartnerships);
  const schemes = useSchemes().data?.schemes;
  const schemeNames = useNameMap(
    schemes?.map((s) => ({ id: s.id, name: s.shortName })),
    byId,
  );
  return (
    <Page title={t('page.partnerships')}>
      {data?.creates.partnership && (
        <Button asChild className="kl-block">
          <RouterLink to="/partnerskap/ny">{t('partnership.new')}</RouterLink>
        </Button>
      )}
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      {data && data.partnerships.length === 0 && <Paragraph>{t('partnership.none')}</Paragraph>}
      {data && data.partnerships.length > 0 && (
        <ListTable
          caption={t('partnership.listCaption', { count: data.partnerships.length })}
          rows={data.partnerships}
          columns={[
            { header: t('field.name'), cell: (p) => <RowLink to={`/partnerskap/${p.id}`}>{p.name}</RowLink> },
            { header: t('field.scheme'), cell: (p) => (p.schemeId ? (schemeNames.get(p.schemeId) ?? p.schemeId) : '') },
            { header: t('field.applicant'), cell: (p) => p.applicant.name },
            { header: t('partnership.ownerCount'), cell: (p) => p.members.filter((m) => m.role === 'owner').length },
            { header: t('memberRole.uh'), cell: (p) => p.members.filter((m) => m.role === 'uh').map((m) => m.name).join(', ') },
          ]}
        />
      )}
    </Page>
  );
}
