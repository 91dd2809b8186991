// A case officer saves the office's letter template for a scheme, kind and language (issue 14, point 3). The first
// save starts from the default (version 0); later saves name the version they start from. A body may name only the
// fields a letter can fill: an unknown one (a typo such as {purpose2}) would print as it stands in every letter, so it
// is refused, named. A Sámi translation is marked reviewed or draft in the same save (only a reviewed one is sent, and
// the Norwegian letter is the decision); a Norwegian template is the decision's own text and always used.
import { appendAudit } from '../../db/audit-repository.ts';
import { findScheme } from '../../db/reference-repository.ts';
import { findLetterTemplate, insertLetterTemplate, updateLetterTemplateIfUnchanged } from '../../db/tilsagn-template-repository.ts';
import { officeExists } from '../../db/forum-member-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput, validationError } from '../../domain/shared/parse.ts';
import { staleVersion } from '../../domain/shared/stale-version.ts';
import { misplacesAmountTable, unknownFields, ZLetterTemplateInput } from '../../domain/tilsagn/letter-template.ts';
import { letterTemplateOut, templateKey } from '../../loaders/tilsagn/letter-template.ts';
import type { UseCaseContext } from '../context.ts';

export async function updateLetterTemplate({
  db,
  actor,
  clock,
  officeId,
  schemeId,
  kind,
  language,
  input,
}: UseCaseContext & { officeId: string; schemeId: string; kind: string; language: string; input: unknown }) {
  assertCan(actor, 'edit-templates', { type: 'tilsagn', officeId });
  const key = templateKey(kind, language);
  const { sections, status, expectedVersion } = parseInput(ZLetterTemplateInput, input);
  const unknown = unknownFields(sections);
  if (unknown.length > 0) throw validationError([{ field: 'sections', message: msg('tilsagn.template.unknownFields', { fields: unknown.map((f) => `{${f}}`).join(', ') }) }]);
  const misplaced = sections.findIndex((s) => misplacesAmountTable(s.body));
  if (misplaced >= 0) throw validationError([{ field: `sections.${misplaced}.body`, message: msg('tilsagn.template.amountTableAlone') }]);
  // Norwegian is the decision: always used. A translation is a draft until someone marks it reviewed.
  const savedStatus = key.language === 'nb' || key.language === 'nn' ? 'reviewed' : (status ?? 'draft');

  return db.transaction(async (tx) => {
    if (!(await officeExists(tx, officeId))) throw AppError.notFound();
    if (!(await findScheme(tx, schemeId))) throw AppError.notFound(msg('tilsagn.template.schemeNotFound'));
    const full = { officeId, schemeId, ...key };
    const before = await findLetterTemplate(tx, full);
    const at = clock.now();
    const values = { ...full, sections, status: savedStatus, updatedByName: actor.name, at };
    const after =
      before === undefined
        ? expectedVersion === 0
          ? await insertLetterTemplate(tx, values)
          : undefined
        : await updateLetterTemplateIfUnchanged(tx, { ...values, expectedVersion });
    if (!after) throw staleVersion(msg('tilsagn.theTemplate'));
    await appendAudit(tx, actor, {
      action: before ? 'update' : 'create',
      entityType: 'letter-template',
      entityId: `${officeId}/${schemeId}/${key.kind}/${key.language}`,
      before: before ?? null,
      after,
    });
    return { template: letterTemplateOut({ schemeId, ...key }, after) };
  });
}
