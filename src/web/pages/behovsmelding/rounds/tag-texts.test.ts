// The tags of the lists (status, "sen", "returnert") are labels: capitalised in every language (issue 12, point 10).
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../i18n/catalogs.ts';
import { translate } from '../../../i18n/translate.ts';
import type { MessageKey } from '../../../i18n/catalogs.ts';

const TAGS: MessageKey[] = ['round.flagLate', 'round.flagReturned', 'round.appStatus.utkast', 'round.appStatus.sendt', 'round.appStatus.returnert', 'bm.status.utkast', 'bm.status.sendt', 'bm.status.returnert'];

describe('list tags', () => {
  it.each(Object.keys(catalogs))('list tags are not in lower case (%s)', (language) => {
    const lower = TAGS.map((key) => translate({ catalogs, language, translatorMode: false }, key)).filter((text) => /^\p{Ll}/u.test(text));
    expect(lower).toEqual([]);
  });
});
