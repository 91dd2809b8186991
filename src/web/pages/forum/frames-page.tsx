// The office's budget frames (issue 13, point 4): a table per scheme of its years, each amount confirmed by the
// allocation letter or an estimate (anslag), and — for the secretariat — a form that enters or corrects a year's
// frame and a button that deletes an estimate nothing rests on. The forum and the readers see the tables only.
// Each year also shows what earlier multi-year promises hold of its frame — provisionally from the forum's adoption,
// bindingly from an approved tilsagn — and what remains (issue 14); a year promises hold money in without a frame
// is shown too, so the secretariat sees the frame it still has to enter.
// The office is `?embete=`; without it, the user's own (the first office of their grants).
import { Button, Fieldset, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Frame, FrameList, UnframedReservation } from '../../../domain/forum/frames-contract.ts';
import { ApiError } from '../../api.ts';
import { forumApi } from '../../clients/forum.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { CheckboxField, SelectField, TextField } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { useCall } from '../../hooks/use-call.ts';
import { useOffices } from '../../hooks/use-reference.ts';
import { formatMoney } from '../../i18n/format.ts';
import { useLocalize, useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { useSession } from '../../session/session-context.tsx';
import { emptyFrameValues, frameFormBody, frameValues, ZFrameForm, type FrameFormValues } from './frame-form-values.ts';
import './frames.css';

export function FramesPage() {
  const t = useT();
  const [search, setSearch] = useSearchParams();
  const { user } = useSession();
  const allOffices = useOffices().data?.offices ?? [];
  // An office-bound user sees their offices; one bound to none (admin, a national reader) chooses among all.
  const grantOffices = (user?.grants ?? []).map((g) => g.officeId);
  const offices = grantOffices.includes(null) ? allOffices : allOffices.filter((o) => grantOffices.includes(o.id));
  const officeId = search.get('embete') ?? offices[0]?.id ?? null;
  const { data, error, reload } = useCall(forumApi.listFrames, officeId ? { params: { officeId } } : null);
  return (
    <Page title={t('page.forumFrames')}>
      <Paragraph>{t('frames.intro')}</Paragraph>
      {offices.length > 1 && officeId && (
        <div className="kl-block">
          <SelectField
            name="embete"
            label={t('field.office')}
            value={officeId}
            onChange={(v) => setSearch({ embete: v }, { replace: true })}
            options={offices.map((o) => ({ value: o.id, label: o.name }))}
          />
        </div>
      )}
      {error && <ApiErrorAlert error={error} />}
      {!data && !error && <Loading />}
      {data && <Frames key={data.officeId} list={data} onChanged={reload} />}
    </Page>
  );
}

function Frames({ list, onChanged }: { list: FrameList; onChanged: () => void }) {
  const t = useT();
  const localize = useLocalize();
  const canEdit = list.allowed.includes('edit');
  // "Endre" fills the form with the year's frame: a fresh form (key) with those values, focus on its legend.
  const [editing, setEditing] = useState<{ key: number; initial: FrameFormValues }>({ key: 0, initial: emptyFrameValues() });
  const formHeading = useRef<HTMLHeadingElement>(null);
  const fillForm = (initial: FrameFormValues) => {
    setEditing((e) => ({ key: e.key + 1, initial }));
    requestAnimationFrame(() => formHeading.current?.focus());
  };
  const frames = list.schemes.flatMap((s) => s.frames);
  return (
    <>
      {!canEdit && <Paragraph>{t('frames.readOnly')}</Paragraph>}
      <Paragraph>{t('frames.reservedHelp')}</Paragraph>
      {list.schemes.map((s) => (
        <section key={s.schemeId} aria-labelledby={`frames-${s.schemeId}`} className="kl-section">
          <Heading level={2} data-size="sm" id={`frames-${s.schemeId}`}>
            {localize(s.schemeName)}
          </Heading>
          {s.frames.length === 0 && s.unframedReservations.length === 0 ? (
            <Paragraph>{t('frames.none')}</Paragraph>
          ) : (
            <SchemeFrames
              officeId={list.officeId}
              caption={t('frames.reservedCaption', { scheme: localize(s.schemeName) })}
              frames={s.frames}
              unframed={s.unframedReservations}
              canEdit={canEdit}
              onEdit={(f) => fillForm(frameValues(f))}
              onEnter={(year) => fillForm(emptyFrameValues(s.schemeId, String(year)))}
              onChanged={onChanged}
            />
          )}
        </section>
      ))}
      {canEdit && (
        <section aria-labelledby="frames-form" className="kl-section">
          <Heading level={2} data-size="sm" id="frames-form" ref={formHeading} tabIndex={-1}>
            {t('frames.formHeading')}
          </Heading>
          <FrameForm
            key={editing.key}
            list={list}
            frames={frames}
            initial={editing.initial}
            onSaved={() => {
              setEditing((e) => ({ key: e.key + 1, initial: emptyFrameValues() }));
              onChanged();
            }}
          />
        </section>
      )}
    </>
  );
}

/** A table row: an entered frame, or a year reservations hold money in with no frame entered. */
type YearRow = { kind: 'frame'; frame: Frame } | { kind: 'unframed'; reserved: UnframedReservation };

type SchemeFramesProps = {
  officeId: string;
  caption: string;
  frames: Frame[];
  unframed: UnframedReservation[];
  canEdit: boolean;
  onEdit: (f: Frame) => void;
  onEnter: (year: number) => void;
  onChanged: () => void;
};

function SchemeFrames({ officeId, caption, frames, unframed, canEdit, onEdit, onEnter, onChanged }: SchemeFramesProps) {
  const t = useT();
  const { announce } = useStatus();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const remove = async (f: Frame) => {
    setFailure(null);
    try {
      await forumApi.deleteFrame({ params: { officeId, schemeId: f.schemeId, year: String(f.year) } });
      announce(t('frames.deleted', { year: f.year }));
      onChanged();
    } catch (error) {
      setFailure(error instanceof ApiError ? error : new ApiError(0, 'UNKNOWN', null));
    }
  };
  const rows: YearRow[] = [...frames.map((frame) => ({ kind: 'frame', frame }) as const), ...unframed.map((reserved) => ({ kind: 'unframed', reserved }) as const)].sort(
    (a, b) => yearOf(a) - yearOf(b),
  );
  return (
    <>
      {failure && <ApiErrorAlert error={failure} />}
      <TableScroll>
        <Table zebra className="kl-table">
          {/* The heading above names the scheme for everyone; the caption names the table for screen readers. */}
          <caption className="ds-sr-only">{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell className="kl-num">{t('frames.year')}</Table.HeaderCell>
              <Table.HeaderCell className="kl-num">{t('frames.amount')}</Table.HeaderCell>
              <Table.HeaderCell>{t('frames.status')}</Table.HeaderCell>
              <Table.HeaderCell className="kl-num">{t('frames.reservedProvisional')}</Table.HeaderCell>
              <Table.HeaderCell className="kl-num">{t('frames.reservedBinding')}</Table.HeaderCell>
              <Table.HeaderCell className="kl-num">{t('frames.reservedRemaining')}</Table.HeaderCell>
              <Table.HeaderCell>{t('frames.source')}</Table.HeaderCell>
              {canEdit && <Table.HeaderCell>{t('frames.actions')}</Table.HeaderCell>}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((row) =>
              row.kind === 'unframed' ? (
                <UnframedRow key={row.reserved.year} reserved={row.reserved} canEdit={canEdit} onEnter={onEnter} />
              ) : (
                <FrameRow key={row.frame.year} f={row.frame} canEdit={canEdit} onEdit={onEdit} onRemove={(f) => void remove(f)} />
              ),
            )}
          </Table.Body>
        </Table>
      </TableScroll>
    </>
  );
}

const yearOf = (row: YearRow) => (row.kind === 'frame' ? row.frame.year : row.reserved.year);

function FrameRow({ f, canEdit, onEdit, onRemove }: { f: Frame; canEdit: boolean; onEdit: (f: Frame) => void; onRemove: (f: Frame) => void }) {
  const t = useT();
  return (
    <Table.Row>
      <Table.HeaderCell scope="row" className="kl-num">
        {f.year}
      </Table.HeaderCell>
      <Table.Cell className="kl-num">{formatMoney(f.amountKr)}</Table.Cell>
      <Table.Cell>
        <Tag data-color={f.confirmed ? 'success' : 'warning'} data-size="sm">
          {f.confirmed ? t('frames.confirmed') : t('frames.estimate')}
        </Tag>
      </Table.Cell>
      <Table.Cell className="kl-num">{formatMoney(f.reservedProvisionalKr)}</Table.Cell>
      <Table.Cell className="kl-num">{formatMoney(f.reservedBindingKr)}</Table.Cell>
      <Table.Cell className="kl-num">
        {f.remainingKr < 0 ? <span className="fr-over">{t('frames.reservedOver', { amount: formatMoney(-f.remainingKr) })}</span> : formatMoney(f.remainingKr)}
      </Table.Cell>
      <Table.Cell className="fr-source">{f.source}</Table.Cell>
      {canEdit && (
        <Table.Cell>
          <div className="kl-actions fr-actions">
            <Button type="button" variant="tertiary" data-size="sm" aria-label={t('frames.editYear', { year: f.year })} onClick={() => onEdit(f)}>
              {t('common.edit')}
            </Button>
            {f.deletable && (
              <Button type="button" variant="tertiary" data-size="sm" aria-label={t('frames.deleteYear', { year: f.year })} onClick={() => onRemove(f)}>
                {t('frames.delete')}
              </Button>
            )}
          </div>
        </Table.Cell>
      )}
    </Table.Row>
  );
}

/** A year promises hold money in with no frame: the secretariat may enter it from here. */
function UnframedRow({ reserved, canEdit, onEnter }: { reserved: UnframedReservation; canEdit: boolean; onEnter: (year: number) => void }) {
  const t = useT();
  return (
    <Table.Row>
      <Table.HeaderCell scope="row" className="kl-num">
        {reserved.year}
      </Table.HeaderCell>
      <Table.Cell className="kl-num">{t('frames.reservedNoFrame')}</Table.Cell>
      <Table.Cell>
        <Tag data-color="danger" data-size="sm">
          {t('frames.reservedMissing')}
        </Tag>
      </Table.Cell>
      <Table.Cell className="kl-num">{formatMoney(reserved.reservedProvisionalKr)}</Table.Cell>
      <Table.Cell className="kl-num">{formatMoney(reserved.reservedBindingKr)}</Table.Cell>
      <Table.Cell className="kl-num">{t('frames.reservedNoRemaining')}</Table.Cell>
      <Table.Cell className="fr-source" />
      {canEdit && (
        <Table.Cell>
          <div className="kl-actions fr-actions">
            <Button type="button" variant="tertiary" data-size="sm" aria-label={t('frames.reservedEnterYear', { year: reserved.year })} onClick={() => onEnter(reserved.year)}>
              {t('frames.reservedEnter')}
            </Button>
          </div>
        </Table.Cell>
      )}
    </Table.Row>
  );
}

function FrameForm({ list, frames, initial, onSaved }: { list: FrameList; frames: Frame[]; initial: FrameFormValues; onSaved: () => void }) {
  const t = useT();
  const localize = useLocalize();
  const { announce } = useStatus();
  const form = useForm({
    initial,
    toBody: (v: FrameFormValues) => frameFormBody(v, frames),
    schema: ZFrameForm,
    fieldPrefix: 'frame',
    onSubmit: async ({ schemeId, year, ...body }) => {
      await forumApi.setFrame({ params: { officeId: list.officeId, schemeId, year }, body });
      announce(t('frames.saved', { year }));
      onSaved();
    },
  });
  const { values, set, errorFor } = form;
  return (
    <FormFrame form={form} label={t('frames.formHeading')}>
      <Fieldset>
        <Fieldset.Legend>{t('frames.formLegend')}</Fieldset.Legend>
        <Fieldset.Description>{t('frames.formHelp')}</Fieldset.Description>
        <SelectField
          name="frame.schemeId"
          label={t('field.scheme')}
          required
          value={values.schemeId}
          error={errorFor('frame.schemeId')}
          onChange={(v) => set('schemeId', v)}
          placeholder={t('form.choose')}
          options={list.schemes.map((s) => ({ value: s.schemeId, label: localize(s.schemeName) }))}
        />
        <TextField name="frame.year" label={t('frames.year')} required value={values.year} error={errorFor('frame.year')} onChange={(v) => set('year', v)} inputMode="numeric" autoComplete="off" />
        <TextField
          name="frame.amountKr"
          label={t('frames.amountLabel')}
          description={t('frames.amountHelp')}
          required
          value={values.amount}
          error={errorFor('frame.amountKr')}
          onChange={(v) => set('amount', v)}
          inputMode="numeric"
          autoComplete="off"
        />
        <CheckboxField
          name="frame.confirmed"
          label={t('frames.confirmedLabel')}
          description={t('frames.confirmedHelp')}
          checked={values.confirmed}
          error={errorFor('frame.confirmed')}
          onChange={(v) => set('confirmed', v)}
        />
        <TextField name="frame.source" label={t('frames.source')} description={t('frames.sourceHelp')} value={values.source} error={errorFor('frame.source')} onChange={(v) => set('source', v)} autoComplete="off" />
      </Fieldset>
      <div className="kl-actions">
        <Button type="submit" loading={form.submitting} aria-disabled={form.submitting || undefined}>
          {t('frames.save')}
        </Button>
      </div>
    </FormFrame>
  );
}
