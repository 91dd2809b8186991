// Who may edit a partnership besides its coordinator: tick people of the member organisations, then save.
import { Paragraph } from '@digdir/designsystemet-react';
import { useNavigate, useParams } from 'react-router';
import { ZPartnershipEditors } from '../../../domain/org/partnership.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { CheckboxGroup } from '../../forms/checkbox-group.tsx';
import { FormActions } from '../../forms/form-actions.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { orgApi } from '../../clients/org.ts';
import { useCall } from '../../hooks/use-call.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import type { PartnershipCandidate, PartnershipDetail } from '../../types/org.ts';

function EditorsForm({ partnership, candidates }: { partnership: PartnershipDetail; candidates: PartnershipCandidate[] }) {
  const t = useT();
  const navigate = useNavigate();
  const { announce } = useStatus();
  const path = `/partnerskap/${partnership.id}`;
  const form = useForm({
    initial: { personIds: partnership.editors.map((e) => e.personId) },
    schema: ZPartnershipEditors,
    toBody: (v) => ({ personIds: v.personIds, expectedVersion: partnership.version }),
    onSubmit: async (body) => {
      await orgApi.setPartnershipEditors({ params: { id: partnership.id }, body });
      announce(t('status.saved'), path);
      navigate(path);
    },
  });
  return (
    <FormFrame form={form} label={t('page.partnershipEditors')}>
      <CheckboxGroup
        name="personIds"
        legend={t('partnership.editorsLegend')}
        description={t('partnership.editorsHelp')}
        error={form.errorFor('personIds')}
        options={candidates.map((c) => ({ value: c.id, label: c.name, description: c.organisationName }))}
        selected={form.values.personIds}
        onChange={(personIds) => form.set('personIds', personIds)}
      />
      <FormActions submitting={form.submitting} submitLabel={t('common.save')} cancelTo={path} />
    </FormFrame>
  );
}

export function PartnershipEditorsPage() {
  const t = useT();
  const { id = '' } = useParams();
  const partnership = useCall(orgApi.getPartnership, { params: { id } });
  const candidates = useCall(orgApi.listPartnershipCandidates, { params: { id } });
  const p = partnership.data?.partnership;
  const error = partnership.error ?? candidates.error;
  return (
    <Page title={p ? t('partnership.editorsTitle', { name: p.name }) : t('page.partnershipEditors')}>
      {error && <ApiErrorAlert error={error} />}
      {!error && (!p || !candidates.data) && <Loading />}
      {p && candidates.data && candidates.data.people.length === 0 && <Paragraph>{t('partnership.noCandidates')}</Paragraph>}
      {p && candidates.data && candidates.data.people.length > 0 && <EditorsForm partnership={p} candidates={candidates.data.people} />}
    </Page>
  );
}
