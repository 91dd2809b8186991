// Shapes of the session API: the contract's (src/domain/access/contract.ts), not copies.
export type { DemoUser, SessionMay, SessionResponse, SessionUser } from '../../domain/access/contract.ts';
