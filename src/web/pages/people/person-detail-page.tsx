// One contact person.
import { Button, Link } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from 'react-router';
import { formatPhone } from '../../../domain/shared/fields.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { DetailList } from '../../components/detail-list.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { orgApi } from '../../clients/org.ts';
import { useCall } from '../../hooks/use-call.ts';
import { useT } from '../../i18n/i18n-context.tsx';

export function PersonDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, error } = useCall(orgApi.getPerson, { params: { id } });
  const p = data?.person;
  return (
    <Page title={p?.name ?? t('page.person')}>
      {error && <ApiErrorAlert error={error} />}
      {!p && !error && <Loading />}
      {p && (
        <>
          {p.allowed.includes('edit') && (
            <Button asChild variant="secondary" className="kl-block">
              <RouterLink to={`/personer/${p.id}/rediger`}>{t('common.edit')}</RouterLink>
            </Button>
          )}
          <DetailList
            items={[
              {
                label: t('field.organisation'),
                value: (
                  <Link asChild>
                    <RouterLink to={`/organisasjoner/${p.organisationId}`}>{p.organisationName}</RouterLink>
                  </Link>
                ),
              },
              { label: t('field.title'), value: p.title },
              { label: t('field.email'), value: p.email },
              { label: t('field.phone'), value: p.phone ? formatPhone(p.phone) : '' },
            ]}
          />
        </>
      )}
    </Page>
  );
}
