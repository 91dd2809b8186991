// One organisation: its details and, for those allowed to see contact details, its people.
import { Button, Heading, Link } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from 'react-router';
import { formatKontonr, formatOrgnr, formatPhone } from '../../../domain/shared/fields.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { DetailList } from '../../components/detail-list.tsx';
import { useLabels } from '../../components/labels.ts';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { orgApi } from '../../clients/org.ts';
import { useCall } from '../../hooks/use-call.ts';
import { byId, byNumber, numberAndName, useMunicipalities, useNameMap, useOffices, useRegions } from '../../hooks/use-reference.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { OrganisationPeople } from './organisation-people.tsx';

export function OrganisationDetailPage() {
  const t = useT();
  const { kindLabel, rskFormLabel } = useLabels();
  const { id = '' } = useParams();
  const { data, error } = useCall(orgApi.getOrganisation, { params: { id } });
  const offices = useNameMap(useOffices().data?.offices, byId);
  const regions = useNameMap(useRegions().data?.regions, byId);
  const municipalities = useNameMap(useMunicipalities().data?.municipalities, byNumber);
  const hostId = data?.organisation.hostOrganisationId;
  const host = useCall(orgApi.getOrganisation, hostId ? { params: { id: hostId } } : null);
  const o = data?.organisation;

  return (
    <Page title={o?.name ?? t('page.organisation')}>
      {error && <ApiErrorAlert error={error} />}
      {!o && !error && <Loading />}
      {o && (
        <>
          {o.allowed.includes('edit') && (
            <Button asChild variant="secondary" className="kl-block">
              <RouterLink to={`/organisasjoner/${o.id}/rediger`}>{t('common.edit')}</RouterLink>
            </Button>
          )}
          <DetailList
            items={[
              { label: t('field.kind'), value: kindLabel(o.kind) },
              { label: t('field.orgnr'), value: o.orgnr ? formatOrgnr(o.orgnr) : '' },
              { label: t('field.kontonr'), value: o.kontonr ? formatKontonr(o.kontonr) : '' },
              { label: t('field.email'), value: o.email },
              { label: t('field.phone'), value: o.phone ? formatPhone(o.phone) : '' },
              { label: t('field.address'), value: o.address },
              { label: t('field.municipality'), value: numberAndName(o.municipalityNumber, municipalities) },
              { label: t('field.office'), value: o.officeId ? (offices.get(o.officeId) ?? o.officeId) : '' },
              ...(o.kind === 'rsk'
                ? [
                    { label: t('field.rskForm'), value: o.rskForm ? rskFormLabel(o.rskForm) : '' },
                    {
                      label: t('field.region'),
                      value: o.regionId ? (
                        <Link asChild>
                          <RouterLink to={`/regioner/${o.regionId}`}>{regions.get(o.regionId) ?? t('page.region')}</RouterLink>
                        </Link>
                      ) : (
                        ''
                      ),
                    },
                    {
                      label: t('field.hostOrganisation'),
                      value: o.hostOrganisationId ? (
                        <Link asChild>
                          <RouterLink to={`/organisasjoner/${o.hostOrganisationId}`}>{host.data?.organisation.name ?? t('page.organisation')}</RouterLink>
                        </Link>
                      ) : (
                        ''
                      ),
                    },
                  ]
                : []),
            ]}
          />
          {/* Contact details are personal data: shown only where the server lets this user read them. */}
          {o.peopleAllowed.includes('read') && (
            <section aria-labelledby="org-people" className="kl-section">
              <Heading level={2} data-size="sm" id="org-people">
                {t('organisation.people')}
              </Heading>
              <OrganisationPeople organisationId={o.id} mayAdd={o.peopleAllowed.includes('create')} />
            </section>
          )}
        </>
      )}
    </Page>
  );
}
