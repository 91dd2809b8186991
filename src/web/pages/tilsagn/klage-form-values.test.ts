// The klage page's action forms: each action sends its one text under the server's field name (and the outcome with
// the appeal body's decision), and the shared schemas refuse a blank text and an outcome not chosen on the field the
// page shows them beside.
import { describe, expect, it } from 'vitest';
import { KLAGE_ACTIONS } from '../../../domain/tilsagn/klage-actions.ts';
import { emptyKlageForm, KLAGE_SCHEMA, KLAGE_TEXT_FIELD, klageActionBody } from './klage-form-values.ts';

describe('the klage action forms', () => {
  it('send the text under the field the server names', () => {
    const v = { ...emptyKlageForm(), text: ' For sent. ' };
    expect(klageActionBody('dismiss', v)).toEqual({ reasons: ' For sent. ' });
    expect(klageActionBody('reverse', v)).toEqual({ reasons: ' For sent. ' });
    expect(klageActionBody('forward', v)).toEqual({ assessment: ' For sent. ' });
    expect(klageActionBody('record-outcome', { text: 'Stadfestet.', outcome: 'ikke-medhold' })).toEqual({ outcome: 'ikke-medhold', text: 'Stadfestet.' });
  });

  it('are refused blank on the text field, and without an outcome on the outcome field', () => {
    for (const action of KLAGE_ACTIONS) {
      const parsed = KLAGE_SCHEMA[action].safeParse(klageActionBody(action, { ...emptyKlageForm(), text: '  ' }));
      expect(parsed.success).toBe(false);
      const fields = parsed.error!.issues.map((i) => i.path.join('.'));
      expect(fields).toContain(KLAGE_TEXT_FIELD[action]);
      if (action === 'record-outcome') expect(fields).toContain('outcome');
    }
  });

  it('pass the schema once filled, the text trimmed', () => {
    expect(KLAGE_SCHEMA.forward.parse(klageActionBody('forward', { text: ' Fastholdes. ', outcome: '' }))).toEqual({ assessment: 'Fastholdes.' });
    expect(KLAGE_SCHEMA['record-outcome'].parse(klageActionBody('record-outcome', { text: 'Medhold.', outcome: 'medhold' }))).toEqual({ outcome: 'medhold', text: 'Medhold.' });
  });
});
