// The klage page offers only the moves the state machine allows: a registered klage may be dismissed, reversed or
// forwarded; a forwarded one only gets its outcome; a finished one nothing.
import { describe, expect, it } from 'vitest';
import { klageActionsFrom } from './klage-actions.ts';

describe('the actions a klage offers', () => {
  it('follow its state', () => {
    expect(klageActionsFrom('registrert')).toEqual(['dismiss', 'reverse', 'forward']);
    expect(klageActionsFrom('oversendt')).toEqual(['record-outcome']);
    for (const end of ['omgjort', 'avvist', 'avgjort', 'ukjent']) expect(klageActionsFrom(end)).toEqual([]);
  });
});
