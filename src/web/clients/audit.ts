// The audit module's client: the audit log.
import { auditContract } from '../../domain/audit/contract.ts';
import { client } from './client.ts';

export const auditApi = client(auditContract);
