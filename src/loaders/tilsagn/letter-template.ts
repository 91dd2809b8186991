// The template a letter is written from (issue 14, point 3): the office's edited one for the scheme, kind and
// language, or the default in code; null when there is neither (Lule and South Sámi until an office writes one).
// Whether a Sámi template may be SENT (reviewed) is the caller's question: `status` says it. Also how the templates
// are answered by the API (the use cases in src/usecases/tilsagn/*-letter-template*.ts).
import { findLetterTemplate, type LetterTemplateRow } from '../../db/tilsagn-template-repository.ts';
import type { DbOrTx } from '../../db/client.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { validationError } from '../../domain/shared/parse.ts';
import { defaultLetterTemplate } from '../../domain/tilsagn/default-letter-templates.ts';
import { LETTER_LANGUAGES, type TLetterLanguage } from '../../domain/tilsagn/letter-input.ts';
import { LETTER_KINDS, type TLetterKind, type TLetterTemplate, type TTemplateStatus } from '../../domain/tilsagn/letter-template.ts';
import type { LetterTemplateOut } from '../../domain/tilsagn/templates-contract.ts';

export async function templateFor(db: DbOrTx, officeId: string, schemeId: string, kind: TLetterKind, language: TLetterLanguage): Promise<TLetterTemplate | null> {
  const row = await findLetterTemplate(db, { officeId, schemeId, kind, language });
  if (row) return { kind, language, sections: row.sections, status: row.status as TTemplateStatus, source: 'office' };
  return defaultLetterTemplate(kind, language);
}

/** A template as the API answers it: the office's row, or the default (version 0), or none. */
export function letterTemplateOut(
  key: { schemeId: string; kind: TLetterKind; language: TLetterLanguage },
  row: LetterTemplateRow | undefined,
): LetterTemplateOut {
  if (row)
    return {
      ...key,
      source: 'office',
      status: row.status as TTemplateStatus,
      version: row.version,
      updatedByName: row.updatedByName,
      updatedAt: row.updatedAt.toISOString(),
      sections: row.sections,
    };
  const fallback = defaultLetterTemplate(key.kind, key.language);
  return { ...key, source: fallback ? 'default' : 'none', status: fallback?.status ?? null, version: 0, updatedByName: null, updatedAt: null, sections: fallback?.sections ?? [] };
}

/** The kind and language of a path, or a 400 naming what is wrong. */
export function templateKey(kind: string, language: string): { kind: TLetterKind; language: TLetterLanguage } {
  if (!(LETTER_KINDS as readonly string[]).includes(kind)) throw validationError([{ field: 'kind', message: msg('tilsagn.template.kindInvalid') }]);
  if (!(LETTER_LANGUAGES as readonly string[]).includes(language)) throw validationError([{ field: 'language', message: msg('tilsagn.template.languageInvalid') }]);
  return { kind: kind as TLetterKind, language: language as TLetterLanguage };
}
