// A Vite plugin that fails the web build when a browser chunk carries code of a module meant for the server only.
// The message catalogs (src/domain/shared/message-catalogs.ts) import every module's texts in four languages: in the
// first bundle they would take the login page over its size (ADR 018, ADR 025 addendum). Shared code imports `msg`
// from message-keys.ts instead, and AppError, which the browser loads but never constructs, reaches the catalogs only
// through calls the bundler drops. This check makes a new path that keeps them a build error, not a slow growth.
import type { Plugin } from 'vite';

/** Source files no browser chunk may carry code of, relative to the project root. */
export const SERVER_ONLY_MODULES = ['src/domain/shared/message-catalogs.ts'];

export function serverOnlyModules(modules: readonly string[] = SERVER_ONLY_MODULES): Plugin {
  return {
    name: 'kompetanseloft-server-only-modules',
    apply: 'build',
    generateBundle(_options, bundle) {
      const found: string[] = [];
      for (const out of Object.values(bundle)) {
        if (out.type !== 'chunk') continue;
        for (const [id, info] of Object.entries(out.modules)) {
          const name = modules.find((m) => id.replaceAll('\\', '/').endsWith(`/${m}`));
          // A module the bundler tree-shook away is still listed, with nothing rendered.
          if (name && info.renderedLength > 0) found.push(`${name} i ${out.fileName}`);
        }
      }
      if (found.length > 0)
        this.error(`Kode som bare er for tjeneren, havnet i nettleserens filer: ${found.join(', ')}. Importer msg fra src/domain/shared/message-keys.ts, og gjengi meldinger på tjeneren.`);
    },
  };
}
