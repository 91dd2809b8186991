// An empty field is told from an invalid one by its message's key, not its Bokmål text (the browser runs this without
// the server's catalogs; ADR 025 addendum). The keys must keep saying what their texts say.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import sharedNb from '../shared/messages/nb.json';
import behovsmeldingNb from './messages/nb.json';
import { ZOrgnr, zText } from '../shared/fields.ts';
import { entryText, messageKey } from '../shared/message.ts';
import { msg } from '../shared/message-keys.ts';
import { EMPTY_FIELD_KEY, zodIssuesToBudgetIssues } from './validate-budget.ts';

/** Messages of the budget's own checks (budget-checks.ts, validate-application.ts), which set their code themselves:
 * their keys need not follow the rule, as no zod schema gives them. */
const CHECK_MESSAGES = [
  'behovsmelding.section6OwnerRequired',
  'behovsmelding.section6UhRequired',
  'behovsmelding.tiltakWhatRequiredInPeriod',
  'behovsmelding.partBudgetRequired',
];

describe('telling an empty field from an invalid one', () => {
  it('a key says "empty field" exactly when its Bokmål text ends with "må fylles ut"', () => {
    const disagreeing = Object.entries({ ...sharedNb, ...behovsmeldingNb })
      .filter(([key]) => !CHECK_MESSAGES.includes(key))
      .filter(([key, entry]) => EMPTY_FIELD_KEY.test(key) !== (entryText(entry) ?? '').endsWith('må fylles ut'))
      .map(([key]) => key);
    expect(disagreeing).toEqual([]);
  });

  it('marks an empty field REQUIRED and a wrong one INVALID, the messages left as tokens', () => {
    const schema = z.object({ name: zText(msg('shared.label.name'), 5), orgnr: ZOrgnr });
    const parsed = schema.safeParse({ name: 'Altfor langt' });
    const issues = parsed.success ? [] : zodIssuesToBudgetIssues(parsed.error, 'parts.0');
    expect(issues.map((i) => [i.path, i.code, messageKey(i.message)])).toEqual([
      ['parts.0.name', 'INVALID', 'shared.tooLong'],
      ['parts.0.orgnr', 'REQUIRED', 'shared.orgnrRequired'],
    ]);
  });
});
