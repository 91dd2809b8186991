// The archive's journalpost number for an issued letter (issue 14, point 3): when the archive gives the letter another
// number than the app's `YYYY/N-M`, the case officer records it here; the lists and letters made later show it. One
// form for the round: choose the letter (the first without a number to begin with), type the number, save; an empty
// field removes it.
import { Button, Fieldset } from '@digdir/designsystemet-react';
import { useRef } from 'react';
import type { z } from 'zod';
import { ZArchiveNumberInput } from '../../../domain/tilsagn/issue-letters.ts';
import type { RoundLetter } from '../../../domain/tilsagn/letters-contract.ts';
import { tilsagnApi } from '../../clients/tilsagn.ts';
import { SelectField, TextField } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { archiveBody, firstLetterToRecord, type ArchiveFormValues } from './round-values.ts';

type Body = z.input<typeof ZArchiveNumberInput>;

export function RoundArchiveForm({ letters, onSaved }: { letters: RoundLetter[]; onSaved: () => void }) {
  const t = useT();
  const { announce } = useStatus();
  const first = firstLetterToRecord(letters);
  // The letter the number is for: the body holds only the number, the letter is in the path.
  const submitted = useRef(first?.vedtakId ?? '');
  const form = useForm<ArchiveFormValues, Body, z.output<typeof ZArchiveNumberInput>>({
    initial: { vedtakId: first?.vedtakId ?? '', archiveNumber: first?.archiveNumber ?? '' },
    toBody: (v) => {
      submitted.current = v.vedtakId;
      return archiveBody(v);
    },
    schema: ZArchiveNumberInput,
    fieldPrefix: 'archive',
    onSubmit: async (body) => {
      const saved = await tilsagnApi.recordArchiveNumber({ params: { id: submitted.current }, body });
      announce(t('tilsagn.round.archiveSaved', { number: saved.documentNumber }));
      onSaved();
    },
  });
  const { values, setValues } = form;
  // Choosing another letter shows the number it has, so the field is never saved over the wrong letter's.
  const choose = (vedtakId: string) => setValues({ vedtakId, archiveNumber: letters.find((l) => l.vedtakId === vedtakId)?.archiveNumber ?? '' });
  return (
    <FormFrame form={form} label={t('tilsagn.round.archiveLegend')}>
      <Fieldset>
        <Fieldset.Legend>{t('tilsagn.round.archiveLegend')}</Fieldset.Legend>
        <Fieldset.Description>{t('tilsagn.round.archiveHelp')}</Fieldset.Description>
        <SelectField
          name="archive.vedtakId"
          label={t('tilsagn.round.archiveLetter')}
          value={values.vedtakId}
          onChange={choose}
          options={letters.map((l) => ({ value: l.vedtakId, label: `${l.documentNumber} – ${l.partnershipName}` }))}
        />
        <TextField
          name="archive.archiveNumber"
          label={t('tilsagn.round.archiveNumber')}
          value={values.archiveNumber}
          error={form.errorFor('archive.archiveNumber')}
          onChange={(v) => form.set('archiveNumber', v)}
          autoComplete="off"
        />
      </Fieldset>
      <div className="kl-actions">
        <Button type="submit" variant="secondary" loading={form.submitting} aria-disabled={form.submitting || undefined}>
          {t('tilsagn.round.archiveSave')}
        </Button>
      </div>
    </FormFrame>
  );
}
