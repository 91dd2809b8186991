// The policy's view of an application, and whether its status lets it be changed.
import type { ApplicationResource } from './policy.ts';
import { partnershipResource, type PartnershipFacts } from '../org/partnership-resource.ts';
import { AppError } from '../shared/app-error.ts';
import { msg } from '../shared/message-keys.ts';

/** An application's status: a draft, sent to the office, or returned for correction (editable again). */
export const APPLICATION_STATUSES = ['utkast', 'sendt', 'returnert'] as const;
export type TApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const EDITABLE_STATUSES = ['utkast', 'returnert'] as const satisfies readonly TApplicationStatus[];
export const isEditable = (status: string) => (EDITABLE_STATUSES as readonly string[]).includes(status);

/** `roundOfficeId`: the office of the application's round, whose staff read it even if the partnership moves. */
export function applicationResource(partnership: PartnershipFacts, roundOfficeId: string): ApplicationResource {
  return { type: 'behovsmelding-application', officeId: roundOfficeId, partnership: partnershipResource(partnership) };
}

export function assertEditable(app: { status: string }): void {
  if (!isEditable(app.status))
    throw new AppError('CONFLICT', msg('behovsmelding.submittedLocked'));
}
