// What the UI costs to load (ADR 018): a Vite plugin that prints, after each production build, every JavaScript chunk
// (raw and gzip), what a first visit to each page module adds to the shell, and the JavaScript the login page loads.
// `loginPageFiles` follows the same imports in Vite's manifest; src/web/bundle-size.test.ts holds it under a limit.
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The login route's page module, as Vite's manifest names source files (relative to the project root). */
export const LOGIN_PAGE_SOURCE = 'src/web/pages/auth/login-page.tsx';

/** The part of `.vite/manifest.json` used here. */
export type ManifestChunk = { file: string; src?: string; name?: string; isEntry?: boolean; isDynamicEntry?: boolean; imports?: string[] };
export type Manifest = Record<string, ManifestChunk>;

export const gzipSize = (code: string | Uint8Array): number => gzipSync(code).length;

/** The files a manifest chunk needs before it runs: itself and its static imports, transitively (not `import()`). */
export function staticFilesOf(manifest: Manifest, key: string): string[] {
  const seen = new Set<string>();
  const visit = (k: string) => {
    const chunk = manifest[k];
    if (!chunk || seen.has(chunk.file)) return;
    seen.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(key);
  return [...seen];
}

/** The JavaScript files the login page loads: the entry and its static imports, plus the page's own chunk if it is
 *  ever made lazy. The chunks of other pages (fetched with import() when visited) are not among them. */
export function loginPageFiles(manifest: Manifest): string[] {
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entry) throw new Error('Vite-manifestet har ikke noe inngangspunkt');
  return [...new Set([...staticFilesOf(manifest, entry), ...staticFilesOf(manifest, LOGIN_PAGE_SOURCE)])].filter((f) => f.endsWith('.js'));
}

type Chunk = { file: string; name: string; source: string | null; imports: string[]; raw: number; gzip: number };

const kb = (bytes: number) => (bytes / 1000).toFixed(1).padStart(9);

/** A chunk and its static imports, transitively. */
function closure(byFile: Map<string, Chunk>, file: string, into = new Set<string>()): Set<string> {
  if (into.has(file) || !byFile.has(file)) return into;
  into.add(file);
  for (const imported of byFile.get(file)!.imports) closure(byFile, imported, into);
  return into;
}

/** The report's lines: each chunk (the login page's first, then the rest, biggest first), what a first visit to each
 *  page module (`page-<module>` chunks) adds, and the login page's total. */
export function reportLines(chunks: Chunk[], entryFile: string): string[] {
  const byFile = new Map(chunks.map((c) => [c.file, c]));
  const sum = (files: Iterable<string>, key: 'raw' | 'gzip') => [...files].reduce((n, f) => n + (byFile.get(f)?.[key] ?? 0), 0);
  const login = closure(byFile, entryFile);
  const loginPage = chunks.find((c) => c.source?.replaceAll('\\', '/').endsWith(LOGIN_PAGE_SOURCE));
  if (loginPage) closure(byFile, loginPage.file, login);
  const byRaw = (a: Chunk, b: Chunk) => b.raw - a.raw;
  const chunkRow = (c: Chunk) => ({ label: `${c.name.padEnd(22)} ${c.file}`, files: [c.file] });
  const modules = chunks
    .filter((c) => c.name.startsWith('page-'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((c) => {
      const files = [...closure(byFile, c.file)].filter((f) => !login.has(f));
      return { label: `${c.name.slice('page-'.length).padEnd(22)} ${files.map((f) => byFile.get(f)!.name).join(' + ')}`, files };
    });
  const sections: [string, { label: string; files: string[] }[]][] = [
    ['Lastes av innloggingssiden', chunks.filter((c) => login.has(c.file)).sort(byRaw).map(chunkRow)],
    ['Lastes når en side i en modul besøkes første gang', chunks.filter((c) => !login.has(c.file)).sort(byRaw).map(chunkRow)],
    ['Første besøk i en modul laster i tillegg', modules],
  ];
  const width = Math.max(...sections.flatMap(([title, rows]) => [title.length, ...rows.map((r) => r.label.length + 2)])) + 2;
  const row = (label: string, files: string[]) => `${label.padEnd(width)}${kb(sum(files, 'raw'))}${kb(sum(files, 'gzip'))}`;
  return [
    '',
    ...sections.flatMap(([title, rows]) => [`${title.padEnd(width)}${'rå kB'.padStart(9)}${'gzip kB'.padStart(9)}`, ...rows.map((r) => row(`  ${r.label}`, r.files)), '']),
    row('Alt JavaScript', [...byFile.keys()]),
    row(`Innloggingssiden (/logg-inn), ${login.size} filer`, [...login]),
    '',
  ];
}

export function bundleReport(): Plugin {
  return {
    name: 'kompetanseloft-bundle-report',
    apply: 'build',
    // After writing, so the sizes are those of the files as served (Vite's own rewrites done).
    writeBundle(_options, bundle) {
      const chunks: Chunk[] = [];
      let entryFile: string | undefined;
      for (const out of Object.values(bundle)) {
        if (out.type !== 'chunk') continue;
        if (out.isEntry) entryFile = out.fileName;
        chunks.push({ file: out.fileName, name: out.name, source: out.facadeModuleId, imports: out.imports, raw: Buffer.byteLength(out.code), gzip: gzipSize(out.code) });
      }
      if (entryFile) this.environment.config.logger.info(reportLines(chunks, entryFile).join('\n'));
    },
  };
}
