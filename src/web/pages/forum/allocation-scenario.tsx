// One scenario's screen (issue 13, point 4): its name and actions (rename, copy, choose for the innstilling,
// delete — for the secretariat, while the round's innstilling is not adopted), the totals against the frames with
// the live over/under sentence, and every application's block. Every write answers with the whole screen, so the
// totals shown are always the server's; the scenario's version travels with each write.
import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { ZCopyScenario, ZRenameScenario } from '../../../domain/forum/allocation.ts';
import { ApiError } from '../../api.ts';
import { forumApi } from '../../clients/forum.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { TextField } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { useCall } from '../../hooks/use-call.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { ApplicationAllocation, type AllocationScreen } from './allocation-application.tsx';
import type { AllocationApplication, ApplicationChoice, changedLines } from './allocation-form-values.ts';
import { allocationPath } from './allocation-paths.ts';
import { OverUnderStatus, TotalsTable } from './allocation-totals.tsx';

export function ScenarioScreen({ id, onListChanged }: { id: string; onListChanged: () => void }) {
  const { data, error } = useCall(forumApi.getScenario, { params: { id } });
  if (error) return <ApiErrorAlert error={error} />;
  if (!data) return <Loading />;
  return <Screen initial={data} onListChanged={onListChanged} />;
}

function Screen({ initial, onListChanged }: { initial: AllocationScreen; onListChanged: () => void }) {
  const t = useT();
  const [screen, setScreenState] = useState(initial);
  // The latest screen for the next write's version: two saves in a row must not send the same one.
  const latest = useRef(initial);
  const setScreen = (s: AllocationScreen) => {
    latest.current = s;
    setScreenState(s);
  };
  const [said, setSaid] = useState<{ prefix: string | null; n: number }>({ prefix: null, n: 0 });
  const { scenario } = screen;
  const editable = screen.allowed.includes('edit') && !screen.adopted;

  const save = async (app: AllocationApplication, lines: ReturnType<typeof changedLines>, choice: ApplicationChoice | null) => {
    if (lines.length > 0) setScreen(await forumApi.setAllocationLines({ params: { id: scenario.id }, body: { lines, expectedVersion: latest.current.scenario.version } }));
    if (choice)
      setScreen(
        await forumApi.setApplicationAllocation({ params: { id: scenario.id, applicationId: app.id }, body: { ...choice, expectedVersion: latest.current.scenario.version } }),
      );
    setSaid((s) => ({ prefix: t('allocation.savedFor', { name: app.partnershipName }), n: s.n + 1 }));
  };

  return (
    <section aria-labelledby="fa-scenario" className="kl-section">
      <Heading level={2} data-size="sm" id="fa-scenario">
        {t('allocation.scenarioHeading', { name: scenario.name })}
      </Heading>
      {scenario.chosen && (
        <Paragraph>
          <Tag data-color="success">{t('allocation.chosenLong')}</Tag>
        </Paragraph>
      )}
      {screen.adopted && <Paragraph>{t('allocation.adopted')}</Paragraph>}
      {editable && <ScenarioActions screen={screen} onRenamed={setScreen} onListChanged={onListChanged} />}

      <Heading level={3} data-size="xs">
        {t('allocation.totalsHeading')}
      </Heading>
      <OverUnderStatus totals={screen.totals[0]} prefix={said.prefix} said={said.n} />
      <TotalsTable totals={screen.totals} caption={t('allocation.totalsCaption', { name: scenario.name })} />

      {screen.applications.length === 0 && <Paragraph>{t('allocation.noApplications')}</Paragraph>}
      {screen.applications.map((app) => (
        <ApplicationAllocation key={app.id} app={app} years={screen.years} editable={editable} checklist={screen.checklist.noIndividualEducation} gaps={screen.gaps} onSave={save} />
      ))}
    </section>
  );
}

function ScenarioActions({ screen, onRenamed, onListChanged }: { screen: AllocationScreen; onRenamed: (s: AllocationScreen) => void; onListChanged: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const { announce } = useStatus();
  const { scenario, round } = screen;
  const [failure, setFailure] = useState<ApiError | null>(null);
  const act = async (run: () => Promise<void>) => {
    setFailure(null);
    try {
      await run();
    } catch (error) {
      setFailure(error instanceof ApiError ? error : new ApiError(0, 'UNKNOWN', null));
    }
  };
  const rename = useForm({
    initial: { name: scenario.name },
    toBody: (v: { name: string }) => ({ name: v.name, expectedVersion: screen.scenario.version }),
    schema: ZRenameScenario,
    fieldPrefix: 'fa-rename',
    onSubmit: async (body) => {
      const { scenario: renamed } = await forumApi.renameScenario({ params: { id: scenario.id }, body });
      onRenamed({ ...screen, scenario: renamed });
      announce(t('allocation.renamed', { name: renamed.name }));
      onListChanged();
    },
  });
  const copy = useForm({
    initial: { name: t('allocation.copyOf', { name: scenario.name }) },
    schema: ZCopyScenario,
    fieldPrefix: 'fa-copy',
    onSubmit: async (body) => {
      const { scenario: copied } = await forumApi.copyScenario({ params: { id: scenario.id }, body });
      const path = allocationPath(round.id, copied.id);
      announce(t('allocation.copied', { name: copied.name }), path.split('?')[0]);
      onListChanged();
      void navigate(path);
    },
  });
  const choose = () =>
    act(async () => {
      const { scenario: chosen } = await forumApi.chooseScenario({ params: { id: scenario.id } });
      onRenamed({ ...screen, scenario: chosen });
      announce(t('allocation.chosenDone', { name: chosen.name }));
      onListChanged();
    });
  const remove = () => {
    if (!window.confirm(t('allocation.confirmDelete', { name: scenario.name }))) return;
    return act(async () => {
      await forumApi.deleteScenario({ params: { id: scenario.id } });
      const path = allocationPath(round.id);
      announce(t('allocation.deleted', { name: scenario.name }), path);
      onListChanged();
      void navigate(path);
    });
  };
  return (
    <div className="fa-actions">
      {failure && <ApiErrorAlert error={failure} />}
      <FormFrame form={rename} label={t('allocation.renameHeading')}>
        <TextField name="fa-rename.name" label={t('allocation.newName')} required value={rename.values.name} error={rename.errorFor('fa-rename.name')} onChange={(v) => rename.set('name', v)} autoComplete="off" />
        <div className="kl-actions">
          <Button type="submit" variant="secondary" loading={rename.submitting}>
            {t('allocation.rename')}
          </Button>
        </div>
      </FormFrame>
      <FormFrame form={copy} label={t('allocation.copyHeading')}>
        <TextField name="fa-copy.name" label={t('allocation.copyName')} required value={copy.values.name} error={copy.errorFor('fa-copy.name')} onChange={(v) => copy.set('name', v)} autoComplete="off" />
        <div className="kl-actions">
          <Button type="submit" variant="secondary" loading={copy.submitting}>
            {t('allocation.copy')}
          </Button>
        </div>
      </FormFrame>
      {!scenario.chosen && (
        <div className="kl-actions">
          <Button type="button" variant="secondary" onClick={() => void choose()}>
            {t('allocation.choose')}
          </Button>
          <Button type="button" variant="tertiary" data-color="danger" onClick={() => void remove()}>
            {t('allocation.delete')}
          </Button>
        </div>
      )}
    </div>
  );
}
