// The message catalogs. Languages are discovered from the files in ./messages, so adding a language (Lule Sámi
// smj.json, South Sámi sma.json …) is one more JSON file with its own `_meta`, and no code change.
import type nb from './messages/nb.json';

/** Every key of the Bokmål reference catalog: using a key nb lacks is a type error. */
export type MessageKey = Exclude<keyof typeof nb, '_meta'>;

export type CatalogMeta = {
  /** The language's own name for itself, shown in the language switch. */
  name: string;
  /** BCP 47 tag for <html lang> and lang attributes. */
  htmlLang: string;
  /** Position in the language switch; lower first. */
  order?: number;
};

export type Catalog = { _meta: CatalogMeta } & { [key: string]: string | CatalogMeta };

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

export const catalogs: Record<string, Catalog> = catalogsFromModules(
  import.meta.glob<Catalog>('./messages/*.json', { eager: true, import: 'default' }),
);
export const languages: Language[] = languagesOf(catalogs);
