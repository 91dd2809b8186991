// Shape of the outbox API (GET /api/admin/outbox): queued e-mail, newest first, a page at a time.
export type OutboxEntry = { id: string; createdAt: string; to: string; subject: string; text: string; sentAt: string | null };

export type OutboxPage = { entries: OutboxEntry[]; page: number; pageSize: number };
