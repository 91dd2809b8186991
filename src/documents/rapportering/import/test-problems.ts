// The importer's problems are message tokens (ADR 019); the tests read them as the CLI shows them, in Bokmål.
import { renderNb } from '../../../domain/shared/message-catalogs.ts';
import { importInternRapport, type TInternRapportImport } from './import-intern-rapport.ts';

export function importInBokmal(...args: Parameters<typeof importInternRapport>): TInternRapportImport {
  const result = importInternRapport(...args);
  return { ...result, problems: result.problems.map((p) => ({ line: p.line, message: renderNb(p.message) })) };
}
