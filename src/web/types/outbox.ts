// Shape of the outbox API (GET /api/admin/outbox): the contract's (src/domain/platform/contract.ts), not a copy.
export type { OutboxEntry, OutboxPage } from '../../domain/platform/contract.ts';
