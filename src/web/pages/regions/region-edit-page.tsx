// New region and edit region. The office choices are those the region list offers (setting up a region and moving
// one ask the same rule: the office's case officers).
import { useCall } from '../../hooks/use-call.ts';
import { referenceApi } from '../../clients/reference.ts';
import { useNavigate, useParams } from 'react-router';
import { ZRegionInput, ZRegionUpdate } from '../../../domain/reference/region.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { useRegions } from '../../hooks/use-reference.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { RegionForm, regionFormValues, type RegionFormValues } from './region-form.tsx';

function useRegionOffices(): readonly string[] {
  return useRegions().data?.creates.region?.officeIds ?? [];
}

export function RegionNewPage() {
  const t = useT();
  const officeIds = useRegionOffices();
  const navigate = useNavigate();
  const { announce } = useStatus();
  const save = async (body: RegionFormValues) => {
    const { region } = await referenceApi.createRegion({ body });
    const path = `/regioner/${region.id}`;
    announce(t('status.created'), path);
    navigate(path);
  };
  return (
    <Page title={t('page.regionNew')}>
      <RegionForm initial={regionFormValues()} schema={ZRegionInput} toBody={(v) => v} onSubmit={save} submitLabel={t('region.create')} cancelTo="/regioner" officeIds={officeIds} />
    </Page>
  );
}

export function RegionEditPage() {
  const t = useT();
  const { id = '' } = useParams();
  const officeIds = useRegionOffices();
  const navigate = useNavigate();
  const { announce } = useStatus();
  const { data, error } = useCall(referenceApi.getRegion, { params: { id } });
  const r = data?.region;
  const save = async (body: RegionFormValues & { expectedVersion: number }) => {
    await referenceApi.updateRegion({ params: { id }, body });
    const path = `/regioner/${id}`;
    announce(t('status.saved'), path);
    navigate(path);
  };
  return (
    <Page title={r ? t('region.editTitle', { name: r.name }) : t('page.regionEdit')}>
      {error && <ApiErrorAlert error={error} />}
      {!r && !error && <Loading />}
      {r && (
        <RegionForm
          key={r.version}
          initial={regionFormValues(r)}
          schema={ZRegionUpdate}
          toBody={(v) => ({ ...v, expectedVersion: r.version })}
          onSubmit={save}
          submitLabel={t('common.save')}
          cancelTo={`/regioner/${id}`}
          officeIds={officeIds}
        />
      )}
    </Page>
  );
}
