// Reads and writes of the letter templates an office edited (letter_template; issue 14, point 3). The defaults live
// in code (src/domain/tilsagn/default-letter-templates.ts). No access decisions here.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { letterTemplate } from './schema/index.ts';
import type { TLetterSection } from '../domain/tilsagn/letter-template.ts';

export type LetterTemplateRow = Omit<typeof letterTemplate.$inferSelect, 'sections'> & { sections: TLetterSection[] };

export type TTemplateKey = { officeId: string; schemeId: string; kind: string; language: string };

const byKey = (k: TTemplateKey) =>
  and(eq(letterTemplate.officeId, k.officeId), eq(letterTemplate.schemeId, k.schemeId), eq(letterTemplate.kind, k.kind), eq(letterTemplate.language, k.language));

export async function findLetterTemplate(db: DbOrTx, key: TTemplateKey): Promise<LetterTemplateRow | undefined> {
  const [row] = await db.select().from(letterTemplate).where(byKey(key));
  return row as LetterTemplateRow | undefined;
}

/** Every template the office edited, by scheme, kind and language. */
export async function listLetterTemplates(db: DbOrTx, officeId: string): Promise<LetterTemplateRow[]> {
  const rows = await db
    .select()
    .from(letterTemplate)
    .where(eq(letterTemplate.officeId, officeId))
    .orderBy(asc(letterTemplate.schemeId), asc(letterTemplate.kind), asc(letterTemplate.language));
  return rows as LetterTemplateRow[];
}

/** The office's first edit of a template; undefined when someone saved one in between (the key is unique). */
export async function insertLetterTemplate(tx: DbOrTx, input: TTemplateKey & { sections: TLetterSection[]; status: string; updatedByName: string; at: Date }) {
  const [row] = await tx
    .insert(letterTemplate)
    .values({ ...input, sections: input.sections, updatedAt: input.at })
    .onConflictDoNothing()
    .returning();
  return row as LetterTemplateRow | undefined;
}

/** Saves the template if still at `expectedVersion`; undefined when someone saved it in between. */
export async function updateLetterTemplateIfUnchanged(
  tx: DbOrTx,
  input: TTemplateKey & { expectedVersion: number; sections: TLetterSection[]; status: string; updatedByName: string; at: Date },
) {
  const [row] = await tx
    .update(letterTemplate)
    .set({ sections: input.sections, status: input.status, updatedByName: input.updatedByName, version: sql`${letterTemplate.version} + 1`, updatedAt: input.at })
    .where(and(byKey(input), eq(letterTemplate.version, input.expectedVersion)))
    .returning();
  return row as LetterTemplateRow | undefined;
}
