// A digest of every table a request could change (sessions and rate-limit counters aside), to prove that a
// refused request changed nothing at all.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';

const TABLES = [
  'organisation', 'person', 'partnership', 'partnership_member', 'partnership_unit', 'partnership_editor', 'region',
  'region_municipality', 'scheme', 'app_user', 'role_grant', 'invitation', 'audit_log', 'job', 'email_outbox', 'stored_file',
  'behovsmelding_round', 'behovsmelding_round_case', 'behovsmelding_extension', 'behovsmelding', 'behovsmelding_field',
  'behovsmelding_field_change', 'behovsmelding_submission', 'behovsmelding_attachment', 'questionnaire',
  'questionnaire_response', 'questionnaire_field', 'questionnaire_field_change', 'questionnaire_submission',
  'questionnaire_anonymous_answer', 'budget_frame',
];

export async function fingerprint(db: Db): Promise<string> {
  const parts = TABLES.map((t) => `select '${t}' as t, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from ${t} x`);
  const result = await db.execute(sql.raw(parts.join(' union all ')));
  const rows = (result as unknown as { rows: { t: string; h: string }[] }).rows;
  return rows.map((r) => `${r.t}:${r.h}`).join(',');
}

export async function auditRows(db: Db): Promise<number> {
  const result = await db.execute(sql`select count(*)::int as n from audit_log`);
  return (result as unknown as { rows: { n: number }[] }).rows[0]!.n;
}
