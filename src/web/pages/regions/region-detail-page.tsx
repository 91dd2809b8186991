// One region and its municipalities.
import { useCall } from '../../hooks/use-call.ts';
import { referenceApi } from '../../clients/reference.ts';
import { Button, Heading } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { DetailList } from '../../components/detail-list.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { byId, useNameMap, useOffices } from '../../hooks/use-reference.ts';
import { useT } from '../../i18n/i18n-context.tsx';

export function RegionDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, error } = useCall(referenceApi.getRegion, { params: { id } });
  const offices = useNameMap(useOffices().data?.offices, byId);
  const r = data?.region;
  return (
    <Page title={r?.name ?? t('page.region')}>
      {error && <ApiErrorAlert error={error} />}
      {!r && !error && <Loading />}
      {r && (
        <>
          {r.allowed.includes('edit') && (
            <Button asChild variant="secondary" className="kl-block">
              <RouterLink to={`/regioner/${r.id}/rediger`}>{t('common.edit')}</RouterLink>
            </Button>
          )}
          <DetailList
            items={[
              { label: t('field.office'), value: r.officeId ? (offices.get(r.officeId) ?? r.officeId) : '' },
              { label: t('field.description'), value: r.description },
            ]}
          />
          <section aria-labelledby="region-municipalities" className="kl-section">
            <Heading level={2} data-size="sm" id="region-municipalities">
              {t('region.municipalitiesCount', { count: r.municipalities.length })}
            </Heading>
            <ul className="kl-columns">
              {r.municipalities.map((m) => (
                <li key={m.number}>
                  {m.name} ({m.number})
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </Page>
  );
}
