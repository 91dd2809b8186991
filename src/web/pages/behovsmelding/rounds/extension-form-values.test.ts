// The extension form's deadline, to the minute like every other deadline form (issue 12, point 10).
import { describe, expect, it } from 'vitest';
import { ZExtensionInput } from '../../../../domain/behovsmelding/round.ts';
import { emptyExtensionValues, extensionBody } from './extension-form-values.ts';

const partnershipId = '7f1c2b9e-3d4a-4c5b-8e6f-0a1b2c3d4e5f';

describe('the extension form', () => {
  it('the extension form takes and shows the new deadline without seconds, lasting to the end of the minute', () => {
    // Shown: a fresh form offers 23:59, never 23:59:59.
    expect(emptyExtensionValues().until.time).toBe('23:59');
    // Taken: 23:59 is the minute's last second, as for the round's own deadline.
    const body = extensionBody({ partnershipId, until: { date: '2024-01-15', time: '23:59' }, reason: 'Sykdom' });
    expect(body).toEqual({ partnershipId, untilLocal: '2024-01-15T23:59:59', reason: 'Sykdom' });
    expect(ZExtensionInput.parse(body).untilLocal).toBe('2024-01-15T23:59:59');
    expect(extensionBody({ ...emptyExtensionValues(), until: { date: '2024-01-15', time: '12:00' } }).untilLocal).toBe('2024-01-15T12:00:59');
  });

  it('an empty date still asks for one', () => {
    expect(extensionBody(emptyExtensionValues()).untilLocal).toBe('');
  });
});
