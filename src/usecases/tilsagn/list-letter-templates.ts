// An office's letter templates (issue 14, point 3): for each active scheme (and an inactive one the office wrote a
// template for), each kind and language, where the text comes from — the office's edit, the default in code, or none
// yet (Lule and South Sámi) — and a translation's review state. The office's people read them.
import { listLetterTemplates as listRows } from '../../db/tilsagn-template-repository.ts';
import { listSchemes } from '../../db/reference-repository.ts';
import { allowedVerbs, assertCan } from '../../domain/access/policy.ts';
import { LETTER_LANGUAGES } from '../../domain/tilsagn/letter-input.ts';
import { LETTER_KINDS } from '../../domain/tilsagn/letter-template.ts';
import { letterTemplateOut } from '../../loaders/tilsagn/letter-template.ts';
import type { UseCaseContext } from '../context.ts';

export async function listLetterTemplates({ db, actor, officeId }: Omit<UseCaseContext, 'clock'> & { officeId: string }) {
  const resource = { type: 'tilsagn', officeId } as const;
  assertCan(actor, 'read', resource);
  const [schemes, rows] = await Promise.all([listSchemes(db), listRows(db, officeId)]);
  const edited = new Set(rows.map((r) => r.schemeId));
  return {
    officeId,
    allowed: allowedVerbs(actor, resource),
    schemes: schemes
      .filter((s) => s.active || edited.has(s.id))
      .map((s) => ({
        schemeId: s.id,
        schemeName: s.name,
        templates: LETTER_KINDS.flatMap((kind) =>
          LETTER_LANGUAGES.map((language) => {
            const { sections: _text, ...summary } = letterTemplateOut(
              { schemeId: s.id, kind, language },
              rows.find((r) => r.schemeId === s.id && r.kind === kind && r.language === language),
            );
            return summary;
          }),
        ),
      })),
  };
}
