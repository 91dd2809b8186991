// The allocation screen of a round (issue 13, point 4): the round's named scenarios (fordelinger) — made empty or
// "as asked", copied, renamed, deleted, one chosen for the innstilling, as `allowed` lets — and the selected one's
// screen (allocation-scenario.tsx), with a way to compare two side by side. The selected scenario is `?fordeling=`;
// without it, the chosen one, else the first. Forum members and readers see the same tables without inputs.
import { Button, Heading, Link, Paragraph, Radio, Fieldset, Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router';
import type { z } from 'zod';
import type { ZScenarioList } from '../../../domain/forum/allocation-contract.ts';
import { ZCreateScenario } from '../../../domain/forum/allocation.ts';
import { forumApi } from '../../clients/forum.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { TextField } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { useCall } from '../../hooks/use-call.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { ComparePicker } from './allocation-compare-picker.tsx';
import { allocationPath } from './allocation-paths.ts';
import { ScenarioScreen } from './allocation-scenario.tsx';
import './allocation.css';

type ScenarioList = z.output<typeof ZScenarioList>;


export function AllocationPage() {
  const t = useT();
  const { roundId = '' } = useParams();
  const [search] = useSearchParams();
  const { data, error, reload } = useCall(forumApi.listScenarios, { params: { roundId } });
  const wanted = search.get('fordeling');
  const selected = data ? (data.scenarios.find((s) => s.id === wanted) ?? data.scenarios.find((s) => s.chosen) ?? data.scenarios[0]) : undefined;
  return (
    <Page title={t('page.forumAllocation')} lead={data && <Paragraph>{t('allocation.lead', { round: data.round.title, office: data.round.officeName })}</Paragraph>}>
      {error && <ApiErrorAlert error={error} />}
      {!data && !error && <Loading />}
      {data && (
        <>
          <Scenarios list={data} selectedId={selected?.id} onChanged={reload} />
          {selected ? <ScenarioScreen key={selected.id} id={selected.id} onListChanged={reload} /> : <Paragraph>{t('allocation.noScenarios')}</Paragraph>}
        </>
      )}
    </Page>
  );
}

function Scenarios({ list, selectedId, onChanged }: { list: ScenarioList; selectedId: string | undefined; onChanged: () => void }) {
  const t = useT();
  const canEdit = list.allowed.includes('edit');
  return (
    <section aria-labelledby="fa-scenarios" className="kl-section">
      <Heading level={2} data-size="sm" id="fa-scenarios">
        {t('allocation.scenarios')}
      </Heading>
      <Paragraph>{t(canEdit ? 'allocation.scenariosIntro' : 'allocation.readOnly')}</Paragraph>
      {list.scenarios.length > 0 && (
        <TableScroll>
          <Table zebra className="kl-table">
            <caption className="ds-sr-only">{t('allocation.scenarios')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('allocation.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('allocation.state')}</Table.HeaderCell>
                <Table.HeaderCell>{t('allocation.updatedAt')}</Table.HeaderCell>
                <Table.HeaderCell>{t('allocation.createdBy')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {list.scenarios.map((s) => (
                <Table.Row key={s.id}>
                  <Table.HeaderCell scope="row">
                    <Link asChild>
                      <RouterLink to={allocationPath(list.round.id, s.id)} aria-current={s.id === selectedId ? 'true' : undefined}>
                        {s.name}
                      </RouterLink>
                    </Link>
                  </Table.HeaderCell>
                  <Table.Cell>
                    {s.chosen && (
                      <Tag data-color="success" data-size="sm">
                        {t('allocation.chosen')}
                      </Tag>
                    )}
                    {s.id === selectedId && <span className="fa-shown">{t('allocation.shown')}</span>}
                  </Table.Cell>
                  <Table.Cell>{formatDateTime(s.updatedAt)}</Table.Cell>
                  <Table.Cell>{s.createdByName}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {list.scenarios.length >= 2 && <ComparePicker roundId={list.round.id} scenarios={list.scenarios} a={selectedId ?? null} b={null} />}
      {canEdit && <CreateScenario roundId={list.round.id} onCreated={onChanged} />}
    </section>
  );
}

type CreateValues = { name: string; from: 'empty' | 'asked' };

function CreateScenario({ roundId, onCreated }: { roundId: string; onCreated: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const { announce } = useStatus();
  const form = useForm<CreateValues>({
    initial: { name: '', from: 'asked' },
    schema: ZCreateScenario,
    fieldPrefix: 'fa-new',
    onSubmit: async (body) => {
      const { scenario } = await forumApi.createScenario({ params: { roundId }, body });
      const path = allocationPath(roundId, scenario.id);
      announce(t('allocation.created', { name: scenario.name }), path.split('?')[0]);
      form.setValues({ name: '', from: 'asked' });
      onCreated();
      void navigate(path);
    },
  });
  const { values, set, errorFor } = form;
  const prefix = 'fa-new';
  return (
    <FormFrame form={form} label={t('allocation.createHeading')}>
      <Fieldset>
        <Fieldset.Legend>{t('allocation.createHeading')}</Fieldset.Legend>
        <TextField name={`${prefix}.name`} label={t('allocation.name')} required value={values.name} error={errorFor(`${prefix}.name`)} onChange={(v) => set('name', v)} autoComplete="off" />
        <Fieldset>
          <Fieldset.Legend>{t('allocation.from')}</Fieldset.Legend>
          <Radio name={`${prefix}.from`} value="asked" label={t('allocation.fromAsked')} checked={values.from === 'asked'} onChange={() => set('from', 'asked')} />
          <Radio name={`${prefix}.from`} value="empty" label={t('allocation.fromEmpty')} checked={values.from === 'empty'} onChange={() => set('from', 'empty')} />
        </Fieldset>
      </Fieldset>
      <div className="kl-actions">
        <Button type="submit" loading={form.submitting} aria-disabled={form.submitting || undefined}>
          {t('allocation.create')}
        </Button>
      </div>
    </FormFrame>
  );
}
