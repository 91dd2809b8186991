// New partnership and edit partnership (edit sends the whole form with expectedVersion).
import { useNavigate, useParams } from 'react-router';
import { ZPartnershipInput, ZPartnershipUpdate } from '../../../domain/org/partnership.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { orgApi } from '../../clients/org.ts';
import { useCall } from '../../hooks/use-call.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { PartnershipForm } from './partnership-form.tsx';
import { partnershipBody, partnershipFormValues, type PartnershipBody } from './partnership-form-values.ts';

export function PartnershipNewPage() {
  const t = useT();
  const navigate = useNavigate();
  const { announce } = useStatus();
  // Starts in the office where the server lets this user create partnerships with any applicant, when there is one.
  const creates = useCall(orgApi.listPartnerships).data?.creates;
  const offices = creates?.partnership?.officeIds ?? [];
  const save = async (body: PartnershipBody) => {
    const { partnership } = await orgApi.createPartnership({ body });
    const path = `/partnerskap/${partnership.id}`;
    announce(t('status.created'), path);
    navigate(path);
  };
  return (
    <Page title={t('page.partnershipNew')}>
      {!creates && <Loading />}
      {creates && (
        <PartnershipForm
          initial={partnershipFormValues(undefined, offices.length === 1 ? offices[0] : '')}
          schema={ZPartnershipInput}
          toBody={partnershipBody}
          onSubmit={save}
          submitLabel={t('partnership.create')}
          cancelTo="/partnerskap"
        />
      )}
    </Page>
  );
}

export function PartnershipEditPage() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { announce } = useStatus();
  const { data, error } = useCall(orgApi.getPartnership, { params: { id } });
  const p = data?.partnership;
  const save = async (body: PartnershipBody & { expectedVersion: number }) => {
    await orgApi.updatePartnership({ params: { id }, body });
    const path = `/partnerskap/${id}`;
    announce(t('status.saved'), path);
    navigate(path);
  };
  return (
    <Page title={p ? t('partnership.editTitle', { name: p.name }) : t('page.partnershipEdit')}>
      {error && <ApiErrorAlert error={error} />}
      {!p && !error && <Loading />}
      {p && (
        <PartnershipForm
          key={p.version}
          initial={partnershipFormValues(p)}
          schema={ZPartnershipUpdate}
          toBody={(v) => ({ ...partnershipBody(v), expectedVersion: p.version })}
          onSubmit={save}
          submitLabel={t('common.save')}
          cancelTo={`/partnerskap/${id}`}
          officeLocked={!p.allowed.includes('move')}
          responsibilityLocked={p.allowed.includes('manage-editors') ? undefined : { coordinator: p.coordinator }}
        />
      )}
    </Page>
  );
}
