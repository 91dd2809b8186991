// Who may read the platform's queued e-mail: recipients and full texts (receipts, return notices), so the platform's
// admin alone (who passes every check in the composition). The same admin sends a failed mail again (issue 15).
import type { ModulePolicy, Rules } from '../access/module-policy.ts';

export type EmailOutboxResource = { type: 'email-outbox' };
export type EmailOutboxVerb = 'read' | 'resend';
export type PlatformVerbs = { 'email-outbox': EmailOutboxVerb };

const emailOutboxRules: Rules<EmailOutboxResource, EmailOutboxVerb> = {
  /** Reading queued mail: the admin only. */
  read: () => false,
  /** "Send på nytt" for a mail the worker gave up on: whoever reads the outbox, the admin only. */
  resend: () => false,
};

export const platformPolicy: ModulePolicy<EmailOutboxResource, PlatformVerbs> = { 'email-outbox': emailOutboxRules };
