// One partnership: details, members, units and the people with edit rights.
import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { DetailList } from '../../components/detail-list.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { orgApi } from '../../clients/org.ts';
import { useCall } from '../../hooks/use-call.ts';
import { byId, useNameMap, useOffices, useSchemeNames } from '../../hooks/use-reference.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { PartnershipMembersTable, PartnershipUnitsTable } from './partnership-tables.tsx';

export function PartnershipDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, error } = useCall(orgApi.getPartnership, { params: { id } });
  const offices = useNameMap(useOffices().data?.offices, byId);
  const schemes = useSchemeNames();
  const p = data?.partnership;
  const orgLink = (o: { id: string; name: string }) => (
    <Link asChild>
      <RouterLink to={`/organisasjoner/${o.id}`}>{o.name}</RouterLink>
    </Link>
  );
  return (
    <Page title={p?.name ?? t('page.partnership')}>
      {error && <ApiErrorAlert error={error} />}
      {!p && !error && <Loading />}
      {p && (
        <>
          <div className="kl-actions kl-block">
            {p.allowed.includes('edit') && (
              <Button asChild variant="secondary">
                <RouterLink to={`/partnerskap/${p.id}/rediger`}>{t('common.edit')}</RouterLink>
              </Button>
            )}
            {p.allowed.includes('manage-editors') && (
              <Button asChild variant="secondary">
                <RouterLink to={`/partnerskap/${p.id}/redaktorer`}>{t('partnership.manageEditors')}</RouterLink>
              </Button>
            )}
          </div>
          <DetailList
            items={[
              { label: t('field.office'), value: offices.get(p.officeId) ?? p.officeId },
              { label: t('field.scheme'), value: p.schemeId ? (schemes.get(p.schemeId) ?? p.schemeId) : '' },
              { label: t('field.description'), value: p.description },
              { label: t('field.applicant'), value: orgLink(p.applicant) },
              { label: t('field.payee'), value: orgLink(p.payee) },
              { label: t('field.coordinator'), value: p.coordinator?.name },
            ]}
          />
          <PartnershipMembersTable members={p.members} />
          <PartnershipUnitsTable units={p.units} members={p.members} />
          <section aria-labelledby="partnership-editors" className="kl-section">
            <Heading level={2} data-size="sm" id="partnership-editors">
              {t('partnership.editors')}
            </Heading>
            {p.editors.length === 0 ? (
              <Paragraph>{t('partnership.noEditors')}</Paragraph>
            ) : (
              <ul>
                {p.editors.map((e) => (
                  <li key={e.personId}>
                    {e.name} ({e.organisationName})
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </Page>
  );
}
