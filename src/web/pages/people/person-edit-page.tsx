// New person and edit person. A new person can be started from an organisation (?organisasjon=<id>).
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ZPersonInput, ZPersonUpdate } from '../../../domain/org/person.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { orgApi } from '../../clients/org.ts';
import { useCall } from '../../hooks/use-call.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { PersonForm, personFormValues, type PersonFormValues } from './person-form.tsx';

export function PersonNewPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { announce } = useStatus();
  const organisationId = params.get('organisasjon') ?? '';
  const save = async (body: PersonFormValues) => {
    const { person } = await orgApi.createPerson({ body });
    const path = `/personer/${person.id}`;
    announce(t('status.created'), path);
    navigate(path);
  };
  return (
    <Page title={t('page.personNew')}>
      <PersonForm
        initial={personFormValues(undefined, organisationId)}
        schema={ZPersonInput}
        toBody={(v) => v}
        onSubmit={save}
        submitLabel={t('person.create')}
        cancelTo={organisationId ? `/organisasjoner/${organisationId}` : '/personer'}
      />
    </Page>
  );
}

export function PersonEditPage() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { announce } = useStatus();
  const { data, error } = useCall(orgApi.getPerson, { params: { id } });
  const p = data?.person;
  const save = async (body: PersonFormValues & { expectedVersion: number }) => {
    await orgApi.updatePerson({ params: { id }, body });
    const path = `/personer/${id}`;
    announce(t('status.saved'), path);
    navigate(path);
  };
  return (
    <Page title={p ? t('person.editTitle', { name: p.name }) : t('page.personEdit')}>
      {error && <ApiErrorAlert error={error} />}
      {!p && !error && <Loading />}
      {p && (
        <PersonForm
          key={p.version}
          initial={personFormValues(p)}
          schema={ZPersonUpdate}
          toBody={(v) => ({ ...v, expectedVersion: p.version })}
          onSubmit={save}
          submitLabel={t('common.save')}
          cancelTo={`/personer/${id}`}
        />
      )}
    </Page>
  );
}
