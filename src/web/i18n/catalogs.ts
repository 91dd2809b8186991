// The message catalogs (ADR 019). The UI's texts live per module beside its pages (`pages/<module>/texts/<lang>.json`);
// texts used by several modules, by components, forms and the layout stay in the shared `./messages/<lang>.json`,
// which also names the language (`_meta`). Languages are discovered from the shared files, so adding a language
// (Lule Sámi smj.json, South Sámi sma.json …) is one more JSON file per folder, and no code change.
import type nb from './messages/nb.json';
import type nbAbout from '../pages/about/texts/nb.json';
import type nbAdmin from '../pages/admin/texts/nb.json';
import type nbAuth from '../pages/auth/texts/nb.json';
import type nbBehovsmelding from '../pages/behovsmelding/texts/nb.json';
import type nbForum from '../pages/forum/texts/nb.json';
import type nbOrganisations from '../pages/organisations/texts/nb.json';
import type nbPartnerships from '../pages/partnerships/texts/nb.json';
import type nbPeople from '../pages/people/texts/nb.json';
import type nbPlatform from '../pages/platform/texts/nb.json';
import type nbQuestionnaire from '../pages/questionnaire/texts/nb.json';
import type nbReference from '../pages/reference/texts/nb.json';
import type nbRegions from '../pages/regions/texts/nb.json';
import type nbStart from '../pages/start/texts/nb.json';
import type nbTilsagn from '../pages/tilsagn/texts/nb.json';
import type nbUtbetaling from '../pages/utbetaling/texts/nb.json';
import type nbArkiv from '../pages/arkiv/texts/nb.json';
import type { DomainMessageKey } from '../../domain/shared/message-keys.ts';
import type { CatalogEntry } from '../../domain/shared/message.ts';

/** The Bokmål texts of each module folder under pages/ that has a texts/ folder. A new module's texts: one more
 * `import type` above and one more line here and in TEXT_MODULES (catalogs.test.ts fails until they agree). */
type BokmalModuleTexts = {
  about: typeof nbAbout;
  admin: typeof nbAdmin;
  auth: typeof nbAuth;
  behovsmelding: typeof nbBehovsmelding;
  forum: typeof nbForum;
  organisations: typeof nbOrganisations;
  partnerships: typeof nbPartnerships;
  people: typeof nbPeople;
  platform: typeof nbPlatform;
  questionnaire: typeof nbQuestionnaire;
  reference: typeof nbReference;
  regions: typeof nbRegions;
  start: typeof nbStart;
  tilsagn: typeof nbTilsagn;
  utbetaling: typeof nbUtbetaling;
  arkiv: typeof nbArkiv;
};
type ModuleKeys = { [M in keyof BokmalModuleTexts]: keyof BokmalModuleTexts[M] }[keyof BokmalModuleTexts];

/** Every module with texts, as the type above knows them (a Record literal must name each module exactly once). */
const MODULES_IN_TYPE: Record<keyof BokmalModuleTexts, true> = {
  about: true,
  admin: true,
  auth: true,
  behovsmelding: true,
  forum: true,
  organisations: true,
  partnerships: true,
  people: true,
  platform: true,
  questionnaire: true,
  reference: true,
  regions: true,
  start: true,
  tilsagn: true,
  utbetaling: true,
  arkiv: true,
};
export const TEXT_MODULES: readonly string[] = Object.keys(MODULES_IN_TYPE);

/** Every key of the Bokmål catalogs (shared and every module's) and of the domain's messages (validation, refusals):
 * using a key nb lacks is a type error. */
export type MessageKey = Exclude<keyof typeof nb, '_meta'> | ModuleKeys | DomainMessageKey;

export type CatalogMeta = {
  /** The language's own name for itself, shown in the language switch. */
  name: string;
  /** BCP 47 tag for <html lang> and lang attributes. */
  htmlLang: string;
  /** Position in the language switch; lower first. */
  order?: number;
};

export type Catalog = { _meta: CatalogMeta } & { [key: string]: CatalogEntry | CatalogMeta };

export type Language = { code: string } & Required<CatalogMeta>;

/** A file's texts: the shared file of a language carries `_meta`, a module's file only entries. */
export type TextFileContent = Record<string, CatalogEntry | CatalogMeta>;

/** One catalog file, from its glob path: ./messages/nn.json is (shared, nn), ../pages/admin/texts/nn.json (admin, nn). */
export type TextFile = { path: string; module: string; language: string; entries: TextFileContent };

export function textFilesOf(modules: Record<string, TextFileContent>): TextFile[] {
  return Object.entries(modules).map(([path, entries]) => ({
    path,
    module: /pages\/([^/]+)\/texts\//.exec(path)?.[1] ?? 'shared',
    language: /([^/]+)\.json$/.exec(path)?.[1] ?? path,
    entries,
  }));
}

/** Turns glob results (path → texts) into a code → catalog map, merging a language's files: ./messages/nn.json and
 * ../pages/x/texts/nn.json → nn. A key in two files of one language is an error the catalog test reports
 * (duplicateKeys); here the later file would win. */
export function catalogsFromModules(modules: Record<string, TextFileContent>): Record<string, Catalog> {
  const merged: Record<string, TextFileContent> = {};
  for (const file of textFilesOf(modules)) merged[file.language] = { ...merged[file.language], ...file.entries };
  return merged as Record<string, Catalog>;
}

/** "nn: key (file, file)" for every key defined in more than one file of a language. */
export function duplicateKeys(modules: Record<string, TextFileContent>): string[] {
  const seen = new Map<string, string[]>();
  for (const file of textFilesOf(modules))
    for (const key of Object.keys(file.entries)) {
      const id = `${file.language}: ${key}`;
      seen.set(id, [...(seen.get(id) ?? []), file.path]);
    }
  return [...seen].filter(([, paths]) => paths.length > 1).map(([id, paths]) => `${id} (${paths.join(', ')})`);
}

/** The languages, from the catalogs that name themselves (a module file alone does not make a language). */
export function languagesOf(catalogs: Record<string, Catalog>): Language[] {
  return Object.entries(catalogs)
    .filter(([, c]) => c._meta !== undefined)
    .map(([code, c]) => ({ code, name: c._meta.name, htmlLang: c._meta.htmlLang, order: c._meta.order ?? 100 }))
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'nb'));
}

type DomainEntries = Record<string, CatalogEntry>;

/** The domain's messages (validation, refusals), path → entries, as src/domain/shared/message-catalogs.ts gathers
 * them for the server — read here by file, so that the modules whose pages load their texts lazily (below) keep
 * their domain messages out of the first bundle too. */
const domainFiles = import.meta.glob<DomainEntries>(['../../domain/*/messages/*.json', '!../../domain/forum/messages/*.json', '!../../domain/tilsagn/messages/*.json', '!../../domain/utbetaling/messages/*.json', '!../../domain/arkiv/messages/*.json', '!../../domain/rapportering/messages/*.json'], {
  eager: true,
  import: 'default',
});
const lazyDomainFiles = import.meta.glob<DomainEntries>(['../../domain/forum/messages/*.json', '../../domain/tilsagn/messages/*.json', '../../domain/utbetaling/messages/*.json', '../../domain/arkiv/messages/*.json', '../../domain/rapportering/messages/*.json'], { import: 'default' });

/** Domain message files merged per language (the language is the file's name: `…/messages/nn.json`). */
function domainCatalogs(files: Record<string, DomainEntries>): Record<string, DomainEntries> {
  const byLanguage: Record<string, DomainEntries> = {};
  for (const [path, entries] of Object.entries(files)) {
    const language = /([^/]+)\.json$/.exec(path)?.[1];
    if (language) byLanguage[language] = { ...byLanguage[language], ...entries };
  }
  return byLanguage;
}

/** The UI's texts with the domain's messages of the same language (those render field errors and refusals). */
export function withDomainMessages(ui: Record<string, Catalog>, domain: Record<string, DomainEntries> = domainCatalogs(domainFiles)): Record<string, Catalog> {
  return Object.fromEntries(Object.entries(ui).map(([code, catalog]) => [code, { ...domain[code], ...catalog } as Catalog]));
}

/** Every UI catalog file of the first bundle, path → texts: the shared ones first, then each module's — but the
 * modules whose pages load their texts themselves (below). */
export const uiTextFiles: Record<string, TextFileContent> = {
  ...import.meta.glob<TextFileContent>('./messages/*.json', { eager: true, import: 'default' }),
  ...import.meta.glob<TextFileContent>(['../pages/*/texts/*.json', '!../pages/forum/texts/*.json', '!../pages/tilsagn/texts/*.json', '!../pages/utbetaling/texts/*.json', '!../pages/arkiv/texts/*.json'], { eager: true, import: 'default' }),
};

export const catalogs: Record<string, Catalog> = withDomainMessages(catalogsFromModules(uiTextFiles));
export const languages: Language[] = languagesOf(catalogs);

/** The texts of modules that load them with their pages, kept out of the first bundle (the login page must stay
 * under its size; ADR 025): the samarbeidsforum's, tilsagn's, utbetaling's and arkiv's, used only on their own pages,
 * whose routes await them; and the domain messages of those modules (domainFiles above). */
const lazyTextFiles = import.meta.glob<TextFileContent>(['../pages/forum/texts/*.json', '../pages/tilsagn/texts/*.json', '../pages/utbetaling/texts/*.json', '../pages/arkiv/texts/*.json'], { import: 'default' });
let lazyLoaded: Promise<Record<string, TextFileContent>> | undefined;

/** Loads the lazily loaded modules' texts into `catalogs`, once; resolves with their files. */
export function loadLazyTexts(): Promise<Record<string, TextFileContent>> {
  const load = <T,>(files: Record<string, () => Promise<T>>) => Promise.all(Object.entries(files).map(async ([path, get]) => [path, await get()] as const));
  lazyLoaded ??= Promise.all([load(lazyTextFiles), load(lazyDomainFiles)]).then(([uiEntries, domainEntries]) => {
    const files = Object.fromEntries(uiEntries);
    const domain = domainCatalogs(Object.fromEntries(domainEntries));
    // The domain's messages under the UI's texts, as withDomainMessages layers them.
    for (const [language, entries] of Object.entries(domain)) catalogs[language] = { ...entries, ...catalogs[language] } as Catalog;
    for (const [language, entries] of Object.entries(catalogsFromModules(files))) catalogs[language] = { ...catalogs[language], ...entries } as Catalog;
    return files;
  });
  return lazyLoaded;
}

/** Every UI catalog file, the lazily loaded modules' included: what the catalog tests and tools check. */
export async function allUiTextFiles(): Promise<Record<string, TextFileContent>> {
  return { ...uiTextFiles, ...(await loadLazyTexts()) };
}
