// Issue 12, point 11 (sameloven § 3-2): a Sámi-area applicant meets the pages on the way to a submitted
// behovsmelding in Northern Sámi. The texts those pages can show are the shared UI texts (layout, navigation, forms),
// the login, start, partnership and behovsmelding modules, and the domain's messages the form and its refusals can
// show (shared, behovsmelding, access, org). Each must have a Northern Sámi text of its own (a draft counts: it is
// Sámi, marked for review), so none falls back to Bokmål. Catalogue content texts shown through localize() are
// checked too (the form's section titles, help and sub-headings).
import { describe, expect, it } from 'vitest';
import accessNb from '../../domain/access/messages/nb.json';
import accessSe from '../../domain/access/messages/se.json';
import behovsmeldingNb from '../../domain/behovsmelding/messages/nb.json';
import behovsmeldingSe from '../../domain/behovsmelding/messages/se.json';
import orgNb from '../../domain/org/messages/nb.json';
import orgSe from '../../domain/org/messages/se.json';
import sharedDomainNb from '../../domain/shared/messages/nb.json';
import sharedDomainSe from '../../domain/shared/messages/se.json';
import { BEHOVSMELDING_CATALOGUE_DATA } from '../../domain/behovsmelding/catalogue-data.ts';
import { entryText, type CatalogEntry } from '../../domain/shared/message.ts';
import { textFilesOf, uiTextFiles } from './catalogs.ts';

/** Shared texts only the administrator's pages show; `nav.audit` is also the translate test's untranslated key. */
const NOT_ON_APPLICANT_PAGES = new Set(['nav.audit', 'page.audit']);
const APPLICANT_MODULES = ['shared', 'auth', 'start', 'partnerships', 'behovsmelding'];

type Texts = Record<string, unknown>;
const files = textFilesOf(uiTextFiles);
const fileOf = (module: string, language: string): Texts => files.find((f) => f.module === module && f.language === language)?.entries ?? {};

const untranslated = (nb: Texts, se: Texts) =>
  Object.keys(nb)
    .filter((k) => k !== '_meta' && !NOT_ON_APPLICANT_PAGES.has(k))
    .filter((k) => !entryText(se[k] as CatalogEntry | undefined));

describe('Northern Sámi on the applicant’s pages', () => {
  it.each(APPLICANT_MODULES)('every text of the %s module has a Northern Sámi text', (module) => {
    expect(untranslated(fileOf(module, 'nb'), fileOf(module, 'se'))).toEqual([]);
  });

  it.each([
    ['shared', sharedDomainNb, sharedDomainSe],
    ['behovsmelding', behovsmeldingNb, behovsmeldingSe],
    ['access', accessNb, accessSe],
    ['org', orgNb, orgSe],
  ] as const)('every %s message of the domain (validation, refusals) has a Northern Sámi text', (_module, nb, se) => {
    expect(untranslated(nb, se)).toEqual([]);
  });

  it('the behovsmelding form’s section titles, help and sub-headings have a Northern Sámi text', () => {
    const missing: string[] = [];
    const check = (where: string, text: Record<string, string> | undefined) => {
      if (text && !text.se) missing.push(where);
    };
    const catalogue = BEHOVSMELDING_CATALOGUE_DATA as unknown as {
      title: Record<string, string>;
      sections: { id: string; title: Record<string, string>; description?: Record<string, string>; questions: { key: string; help?: Record<string, string>; heading?: Record<string, string> }[] }[];
    };
    check('title', catalogue.title);
    for (const section of catalogue.sections) {
      check(`${section.id}.title`, section.title);
      check(`${section.id}.description`, section.description);
      for (const q of section.questions) {
        check(`${q.key}.help`, q.help);
        check(`${q.key}.heading`, q.heading);
      }
    }
    expect(missing).toEqual([]);
  });
});
