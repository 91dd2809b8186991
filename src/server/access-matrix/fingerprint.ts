// A digest of every table a request could change (sessions and rate-limit counters aside), to prove that a
// refused request changed nothing at all.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';

/** What a request may change for its own sake without changing anything the user asked about: who is logged in,
 * the login's round trip, and the login rate limit's counters. Every other table of the schema is in the digest, so a
 * module's new tables are covered without a list to keep up to date. */
const NOT_DIGESTED = new Set(['session', 'oidc_login_state', 'rate_limit_counter']);
let tables: Promise<string[]> | undefined;

function digestedTables(db: Db): Promise<string[]> {
  tables ??= db
    .execute(sql`select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`)
    .then((result) => (result as unknown as { rows: { t: string }[] }).rows.map((r) => r.t).filter((t) => !NOT_DIGESTED.has(t)));
  return tables;
}

/** Per table, its row count and the newest `xmin` among its rows: the transaction that wrote each row version. Every
 * INSERT and UPDATE that commits writes a row version stamped with a transaction id newer than any before it, so the
 * newest rises; a DELETE alone lowers the count. So the digest stays the same only if no row was written at all, which
 * is stronger than "no row has other values" and needs no row's content: the access matrix takes it around every
 * refused cell, and turning each row to text (as an md5 of every table did) cost three times as much. A rolled-back
 * write leaves no visible row version, so a request that fails halfway still counts as having changed nothing. */
export async function fingerprint(db: Db): Promise<string> {
  const parts = (await digestedTables(db)).map((t) => `select '${t}' as t, count(*) || '/' || coalesce(max(x.xmin::text::bigint), 0) as h from "${t}" x`);
  const result = await db.execute(sql.raw(parts.join(' union all ')));
  const rows = (result as unknown as { rows: { t: string; h: string }[] }).rows;
  return rows.map((r) => `${r.t}:${r.h}`).join(',');
}

export async function auditRows(db: Db): Promise<number> {
  const result = await db.execute(sql`select count(*)::int as n from audit_log`);
  return (result as unknown as { rows: { n: number }[] }).rows[0]!.n;
}
