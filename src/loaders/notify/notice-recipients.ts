// Who a partnership's messages go to and in which written standard (issue 15, ADR 027): the contact person its
// application names (section 4) and its coordinator, each once; written in the applicant's standard as the letters are
// (recipient.ts letterLanguage: its own choice, else the office's).
import type { DbOrTx } from '../../db/client.ts';
import { findContactEmailField, findPartnershipContact, findWrittenStandardRows } from '../../db/notify-repository.ts';
import type { NoticeLanguage } from '../../domain/notify/notice.ts';
import { ZEmail } from '../../domain/shared/fields.ts';
import { letterLanguage, recipientProfileOf, tilsagnSettingOf } from '../../domain/tilsagn/recipient.ts';

export type TNoticeRecipients = { partnershipName: string; emails: string[]; language: NoticeLanguage };

/** The applicant organisation's written standard for messages from `officeId`. */
export async function noticeLanguageOf(db: DbOrTx, organisationId: string, officeId: string): Promise<NoticeLanguage> {
  const { profile, setting } = await findWrittenStandardRows(db, organisationId, officeId);
  return letterLanguage(recipientProfileOf(profile), tilsagnSettingOf(setting));
}

/** The partnership's recipients: the application's contact person (when it has one, and a valid address) first, then
 * the coordinator. `contactOnly` leaves the coordinator out (the return goes to the contact person, as since issue 12). */
export async function partnershipRecipients(
  db: DbOrTx,
  input: { partnershipId: string; applicationId: string | null; officeId: string; contactOnly?: boolean },
): Promise<TNoticeRecipients | undefined> {
  const p = await findPartnershipContact(db, input.partnershipId);
  if (!p) return undefined;
  const emails = new Set<string>();
  if (input.applicationId) {
    const contact = ZEmail.safeParse(await findContactEmailField(db, input.applicationId));
    if (contact.success) emails.add(contact.data);
  }
  if (!input.contactOnly && p.coordinatorEmail) emails.add(p.coordinatorEmail.toLowerCase());
  return { partnershipName: p.name, emails: [...emails], language: await noticeLanguageOf(db, p.applicantId, input.officeId) };
}
