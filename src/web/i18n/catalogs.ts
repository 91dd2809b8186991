// The message catalogs. Languages are discovered from the files in ./messages, so adding a language (Lule Sámi
// smj.json, South Sámi sma.json …) is one more JSON file with its own `_meta`, and no code change.
import type nb from './messages/nb.json';
import { MESSAGE_CATALOGS, type DomainMessageKey } from '../../domain/shared/message-catalogs.ts';
import type { CatalogEntry } from '../../domain/shared/message.ts';

/** Every key of the Bokmål reference catalog, and of the domain's messages (validation, refusals): using a key nb
 * lacks is a type error. */
export type MessageKey = Exclude<keyof typeof nb, '_meta'> | DomainMessageKey;

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

/** Turns glob results (path → catalog) into a code → catalog map: ./messages/nn.json → nn. */
export function catalogsFromModules(modules: Record<string, Catalog>): Record<string, Catalog> {
  const entries = Object.entries(modules).map(([path, catalog]) => [/([^/]+)\.json$/.exec(path)?.[1] ?? path, catalog] as const);
  return Object.fromEntries(entries);
}

export function languagesOf(catalogs: Record<string, Catalog>): Language[] {
  return Object.entries(catalogs)
    .map(([code, c]) => ({ code, name: c._meta.name, htmlLang: c._meta.htmlLang, order: c._meta.order ?? 100 }))
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'nb'));
}

/** The UI's texts with the domain's messages of the same language (those render field errors and refusals). */
export function withDomainMessages(ui: Record<string, Catalog>): Record<string, Catalog> {
  const domain = MESSAGE_CATALOGS as Record<string, Record<string, CatalogEntry>>;
  return Object.fromEntries(Object.entries(ui).map(([code, catalog]) => [code, { ...domain[code], ...catalog } as Catalog]));
}

export const catalogs: Record<string, Catalog> = withDomainMessages(
  catalogsFromModules(import.meta.glob<Catalog>('./messages/*.json', { eager: true, import: 'default' })),
);
export const languages: Language[] = languagesOf(catalogs);
