// Reads and writes of a behovsmelding's attachment rows (the files themselves are in the file store, file-store.ts).
// A removed attachment keeps its row, marked deleted: the history and earlier submissions name it.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { behovsmeldingAttachment } from './schema/index.ts';
import { isUuid } from '../domain/shared/fields.ts';

export type AttachmentRow = typeof behovsmeldingAttachment.$inferSelect;

export async function listAttachments(db: DbOrTx, applicationId: string): Promise<AttachmentRow[]> {
  return db
    .select()
    .from(behovsmeldingAttachment)
    .where(and(eq(behovsmeldingAttachment.applicationId, applicationId), isNull(behovsmeldingAttachment.deletedAt)))
    .orderBy(asc(behovsmeldingAttachment.uploadedAt));
}

export async function findAttachment(db: DbOrTx, applicationId: string, id: string): Promise<AttachmentRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select()
    .from(behovsmeldingAttachment)
    .where(and(eq(behovsmeldingAttachment.id, id), eq(behovsmeldingAttachment.applicationId, applicationId), isNull(behovsmeldingAttachment.deletedAt)));
  return row;
}

/** The stored file of an attachment, removed from the draft or not: a submitted snapshot may still name it. */
export async function findAttachmentFileKey(db: DbOrTx, applicationId: string, id: string): Promise<string | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select({ fileKey: behovsmeldingAttachment.fileKey })
    .from(behovsmeldingAttachment)
    .where(and(eq(behovsmeldingAttachment.id, id), eq(behovsmeldingAttachment.applicationId, applicationId)));
  return row?.fileKey;
}

export async function insertAttachment(
  tx: DbOrTx,
  input: { applicationId: string; fileKey: string; filename: string; contentType: string; size: number; sha256: string; uploadedByName: string; uploadedAt: Date },
): Promise<AttachmentRow> {
  const [row] = await tx.insert(behovsmeldingAttachment).values(input).returning();
  return row!;
}

export async function markAttachmentDeleted(tx: DbOrTx, input: { id: string; deletedAt: Date }) {
  await tx.update(behovsmeldingAttachment).set({ deletedAt: input.deletedAt }).where(and(eq(behovsmeldingAttachment.id, input.id)));
}
