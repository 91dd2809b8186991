// Words the Nynorsk texts get wrong easily (issue 12, point 10): the participle of "sende" is "sendt" ("er sendt inn",
// plural "er sende inn"); "send" is the imperative ("Ja, send inn").
import { describe, expect, it } from 'vitest';
import { entryText, type CatalogEntry } from '../../domain/shared/message.ts';
import { catalogs, loadLazyTexts } from './catalogs.ts';

// The texts of every module, those that load with their pages included.
await loadLazyTexts();

describe('Nynorsk texts', () => {
  it('nynorsk says "Behovsmeldinga er sendt inn", not "er send inn"', () => {
    const nn: Record<string, unknown> = catalogs.nn ?? {};
    expect(entryText(nn['bm.receipt.heading'] as CatalogEntry)).toBe('Behovsmeldinga er sendt inn');
    const wrong = Object.entries(nn)
      .filter(([key]) => key !== '_meta')
      .map(([key, entry]) => [key, entryText(entry as CatalogEntry) ?? ''] as const)
      .filter(([, text]) => /\b(er|vart|blir|vore|bli|vert|verte)( ikkje)? send\b/i.test(text));
    expect(wrong).toEqual([]);
  });
});
