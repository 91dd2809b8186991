// Who may read the audit log: it holds every change with its before and after, personal data included, so it is
// the platform's admin's alone (the admin passes every check in the composition; no one else has a rule that allows).
import type { ModulePolicy, Rules } from '../access/module-policy.ts';

export type AuditResource = { type: 'audit' };
export type AuditVerb = 'read';
export type AuditVerbs = { audit: AuditVerb };

const auditRules: Rules<AuditResource, AuditVerb> = {
  /** Searching the log: the admin only. No verb writes it; use cases append to it in their own transaction. */
  read: () => false,
};

export const auditPolicy: ModulePolicy<AuditResource, AuditVerbs> = { audit: auditRules };
