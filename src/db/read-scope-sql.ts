// Says a read scope (src/domain/access/read-scope.ts) in SQL: every row, no row, or the rows meeting any of its
// conditions, each condition said by the repository of the table it is about (partnershipScopeWhere, …). The
// database half of the proof that lists show what `can(read)` allows is read-scope-sql.test.ts.
import { inArray, or, sql, type SQL } from 'drizzle-orm';
import { QueryBuilder, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { ReadScope, ScopeCondition } from '../domain/access/read-scope.ts';
import { isUuid } from '../domain/shared/fields.ts';

/** `undefined` (no filter) for every row, so it combines with a list's own filters through `and(...)`. */
export function scopeWhere<C extends ScopeCondition>(scope: ReadScope<C>, conditionSql: (c: C) => SQL): SQL | undefined {
  if ('all' in scope) return undefined;
  if ('none' in scope) return sql`false`;
  return or(...scope.anyOf.map(conditionSql));
}

/** A uuid column in a list of ids. An id that is no uuid equals no row's (and would be an error in Postgres). */
export function uuidIn(column: AnyPgColumn, ids: readonly string[]): SQL {
  const valid = ids.filter(isUuid);
  return valid.length ? inArray(column, valid) : sql`false`;
}

/** Builds the EXISTS subqueries of scopes (members, editors) without a connection. */
export const subquery = new QueryBuilder();
