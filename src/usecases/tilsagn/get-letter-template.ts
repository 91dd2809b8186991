// One letter template with its text and the fields a body may name (issue 14, point 3): the office's edited one,
// or the default in code (version 0), or an empty one where no template exists in the language yet.
import { findLetterTemplate } from '../../db/tilsagn-template-repository.ts';
import { findScheme } from '../../db/reference-repository.ts';
import { allowedVerbs, assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { LETTER_FIELD_NAMES } from '../../domain/tilsagn/letter-template.ts';
import { letterTemplateOut, templateKey } from '../../loaders/tilsagn/letter-template.ts';
import type { UseCaseContext } from '../context.ts';


export async function getLetterTemplate({
  db,
  actor,
  officeId,
  schemeId,
  kind,
  language,
}: Omit<UseCaseContext, 'clock'> & { officeId: string; schemeId: string; kind: string; language: string }) {
  const resource = { type: 'tilsagn', officeId } as const;
  assertCan(actor, 'read', resource);
  const key = templateKey(kind, language);
  if (!(await findScheme(db, schemeId))) throw AppError.notFound(msg('tilsagn.template.schemeNotFound'));
  const row = await findLetterTemplate(db, { officeId, schemeId, ...key });
  return { template: letterTemplateOut({ schemeId, ...key }, row), fields: [...LETTER_FIELD_NAMES], allowed: allowedVerbs(actor, resource) };
}
