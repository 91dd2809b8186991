import { findScheme } from '../../db/reference-repository.ts';
import { allowedVerbs, assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { schemeOut } from '../../views/reference/reference-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function getScheme({ db, actor, id }: UseCaseContext & { id: string }) {
  assertCan(actor, 'read', { type: 'scheme' });
  const scheme = await findScheme(db, id);
  if (!scheme) throw AppError.notFound(msg('reference.schemeNotFound'));
  /** `allowed`: the verbs this actor may use on the scheme ('edit': the admin's form). */
  return { ...schemeOut(scheme), allowed: allowedVerbs(actor, { type: 'scheme' }) };
}
