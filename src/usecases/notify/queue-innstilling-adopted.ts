// Tells each applicant of a round that the forum has adopted its innstilling (issue 15 point 3): one message per
// application, to its contact person and coordinator, in the applicant's written standard. Called by
// adopt-innstilling.ts inside its transaction (the use case has asked the policy), so the mails go only if the
// adoption commits.
import type { DbOrTx } from '../../db/client.ts';
import { queueEmail } from '../../db/email-repository.ts';
import { innstillingAdoptedNotice } from '../../domain/notify/innstilling-adopted.ts';
import { applicationLink } from '../../domain/notify/links.ts';
import { partnershipRecipients } from '../../loaders/notify/notice-recipients.ts';

export async function queueInnstillingAdopted(
  tx: DbOrTx,
  input: {
    round: { officeId: string; officeName: string; title: string };
    applications: readonly { id: string; partnershipId: string }[];
    publicUrl?: string;
  },
): Promise<string[]> {
  const sentTo: string[] = [];
  for (const a of input.applications) {
    const to = await partnershipRecipients(tx, { partnershipId: a.partnershipId, applicationId: a.id, officeId: input.round.officeId });
    if (!to) continue;
    const notice = innstillingAdoptedNotice({
      language: to.language,
      officeName: input.round.officeName,
      partnershipName: to.partnershipName,
      roundTitle: input.round.title,
      link: applicationLink(input.publicUrl, a.id),
    });
    for (const email of to.emails) {
      await queueEmail(tx, { to: email, ...notice });
      sentTo.push(email);
    }
  }
  return sentTo;
}
