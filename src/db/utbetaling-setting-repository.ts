// The office's choices for money coming back (utbetaling_setting): the account a repayment claim names and the days
// it gives to pay. Optional per office (no row: no account, 30 days), so the first save inserts and later saves name
// the version they start from. No access decisions here.
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { utbetalingSetting } from './schema/index.ts';

export type UtbetalingSettingRow = typeof utbetalingSetting.$inferSelect;
type SettingValues = { repaymentKontonr: string | null; repaymentDays: number };

export async function findUtbetalingSetting(db: DbOrTx, officeId: string): Promise<UtbetalingSettingRow | undefined> {
  const [row] = await db.select().from(utbetalingSetting).where(eq(utbetalingSetting.officeId, officeId));
  return row;
}

/** The first save; undefined when someone else inserted the row in between. */
export async function insertUtbetalingSetting(tx: DbOrTx, values: SettingValues & { officeId: string; at: Date }) {
  const { at, ...rest } = values;
  const [row] = await tx.insert(utbetalingSetting).values({ ...rest, updatedAt: at }).onConflictDoNothing().returning();
  return row;
}

/** Saves the settings if still at `expectedVersion`; undefined when someone saved them in between. */
export async function updateUtbetalingSettingIfUnchanged(tx: DbOrTx, values: SettingValues & { officeId: string; expectedVersion: number; at: Date }) {
  const [row] = await tx
    .update(utbetalingSetting)
    .set({ repaymentKontonr: values.repaymentKontonr, repaymentDays: values.repaymentDays, version: sql`${utbetalingSetting.version} + 1`, updatedAt: values.at })
    .where(and(eq(utbetalingSetting.officeId, values.officeId), eq(utbetalingSetting.version, values.expectedVersion)))
    .returning();
  return row;
}
