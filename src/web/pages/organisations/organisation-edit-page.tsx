// New organisation and edit organisation: the same form; edit sends the whole form with expectedVersion.
import { useNavigate, useParams } from 'react-router';
import { ZOrganisationInput, ZOrganisationUpdate } from '../../../domain/org/organisation.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { orgApi } from '../../clients/org.ts';
import { useCall } from '../../hooks/use-call.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { OrganisationForm, organisationBody, organisationFormValues, type OrganisationBody } from './organisation-form.tsx';

export function OrganisationNewPage() {
  const t = useT();
  const navigate = useNavigate();
  const { announce } = useStatus();
  const save = async (body: OrganisationBody) => {
    const { organisation } = await orgApi.createOrganisation({ body });
    const path = `/organisasjoner/${organisation.id}`;
    announce(t('status.created'), path);
    navigate(path);
  };
  return (
    <Page title={t('page.organisationNew')}>
      <OrganisationForm
        initial={organisationFormValues()}
        schema={ZOrganisationInput}
        toBody={organisationBody}
        onSubmit={save}
        submitLabel={t('organisation.create')}
        cancelTo="/organisasjoner"
      />
    </Page>
  );
}

export function OrganisationEditPage() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { announce } = useStatus();
  const { data, error } = useCall(orgApi.getOrganisation, { params: { id } });
  const o = data?.organisation;
  const save = async (body: OrganisationBody & { expectedVersion: number }) => {
    await orgApi.updateOrganisation({ params: { id }, body });
    const path = `/organisasjoner/${id}`;
    announce(t('status.saved'), path);
    navigate(path);
  };
  return (
    <Page title={o ? t('organisation.editTitle', { name: o.name }) : t('page.organisationEdit')}>
      {error && <ApiErrorAlert error={error} />}
      {!o && !error && <Loading />}
      {o && (
        <OrganisationForm
          key={o.version}
          initial={organisationFormValues(o)}
          schema={ZOrganisationUpdate}
          toBody={(v) => ({ ...organisationBody(v), expectedVersion: o.version })}
          onSubmit={save}
          submitLabel={t('common.save')}
          cancelTo={`/organisasjoner/${id}`}
        />
      )}
    </Page>
  );
}
