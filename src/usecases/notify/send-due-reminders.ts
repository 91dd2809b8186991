// Queues the reminders that are due (issue 15 point 3, ADR 027), run by the scheduler (src/server/housekeeping.ts):
// (a) a round's deadline is near — at each of its `reminder_days_before` — and a partnership of its office and scheme
//     has not submitted (no application, a draft, or one returned for correction);
// (b) a tilsagn awaits acceptance and its last day is 7 days away or passed (src/domain/tilsagn/acceptance.ts, the rule
//     the office's pipeline shows).
// Each reminder is queued once per subject and occasion: notice_sent is written in the transaction that queues the
// mail, with ON CONFLICT DO NOTHING, so two runs — or two instances running at once — send it once. A system act on a
// schedule: no user asks it and no policy verb guards it (no route offers it); the outbox and notice_sent are its
// record, as the audit log is a user's.
import type { Db } from '../../db/client.ts';
import { queueEmail } from '../../db/email-repository.ts';
import {
  listDecisionsAwaitingAcceptance,
  listPartnershipsOf,
  listRoundApplicationStatuses,
  listRoundsBeforeDeadline,
  recordNoticeSent,
} from '../../db/notify-repository.ts';
import { roundStatus } from '../../domain/behovsmelding/round-status.ts';
import { acceptanceReminderNotice } from '../../domain/notify/acceptance-reminder.ts';
import { daysLeft, deadlineOccasion, deadlineReminderNotice, dueDeadlineReminder } from '../../domain/notify/deadline-reminder.ts';
import { applicationLink, decisionLink, formatDateLocal, roundLink } from '../../domain/notify/links.ts';
import type { Clock } from '../../domain/shared/clock.ts';
import { addDaysLocal, osloDateOf, REMINDER_DAYS_BEFORE_DUE, reminderDue } from '../../domain/tilsagn/acceptance.ts';
import { partnershipRecipients } from '../../loaders/notify/notice-recipients.ts';

export type SendDueRemindersOptions = { db: Db; clock: Clock; publicUrl?: string };
export type DueRemindersSent = { deadline: number; acceptance: number };

export async function sendDueReminders(options: SendDueRemindersOptions): Promise<DueRemindersSent> {
  return { deadline: await sendDeadlineReminders(options), acceptance: await sendAcceptanceReminders(options) };
}

/** `2050-12-01T23:59:59` → `01.12.2050 kl. 23:59`: the round's deadline is stored as Oslo wall-clock time. */
const deadlineText = (deadlineLocal: string) => `${formatDateLocal(deadlineLocal)} kl. ${deadlineLocal.slice(11, 16)}`;

async function sendDeadlineReminders({ db, clock, publicUrl }: SendDueRemindersOptions): Promise<number> {
  const now = clock.now();
  const today = osloDateOf(now);
  let queued = 0;
  for (const { round, officeName } of await listRoundsBeforeDeadline(db, today)) {
    if (roundStatus(round, now) !== 'åpen') continue;
    const deadlineDate = round.deadlineLocal.slice(0, 10);
    const days = dueDeadlineReminder(deadlineDate, today, (round.reminderDaysBefore ?? []).filter((d) => Number.isInteger(d)));
    if (days === null) continue;
    const applications = await listRoundApplicationStatuses(db, round.id);
    for (const p of await listPartnershipsOf(db, round.officeId, round.schemeId)) {
      const own = applications.filter((a) => a.partnershipId === p.id);
      // Submitted: nothing to remind of (a sent application stays sent until the office returns it).
      if (own.some((a) => a.status === 'sendt')) continue;
      const app = own[0] ?? null;
      queued += await db.transaction(async (tx) => {
        const first = await recordNoticeSent(tx, { kind: 'fristpaminnelse', subjectId: `${round.id}/${p.id}`, occasion: deadlineOccasion(days), at: now });
        if (!first) return 0;
        const to = await partnershipRecipients(tx, { partnershipId: p.id, applicationId: app?.id ?? null, officeId: round.officeId });
        if (!to) return 0;
        const notice = deadlineReminderNotice({
          language: to.language,
          officeName,
          partnershipName: to.partnershipName,
          roundTitle: round.title,
          deadline: deadlineText(round.deadlineLocal),
          daysLeft: daysLeft(deadlineDate, today),
          applicationStatus: app ? (app.status === 'returnert' ? 'returnert' : 'utkast') : null,
          link: app ? applicationLink(publicUrl, app.id) : roundLink(publicUrl, round.id),
        });
        for (const email of to.emails) await queueEmail(tx, { to: email, ...notice });
        return to.emails.length;
      });
    }
  }
  return queued;
}

async function sendAcceptanceReminders({ db, clock, publicUrl }: SendDueRemindersOptions): Promise<number> {
  const now = clock.now();
  const today = osloDateOf(now);
  let queued = 0;
  for (const d of await listDecisionsAwaitingAcceptance(db, addDaysLocal(today, REMINDER_DAYS_BEFORE_DUE))) {
    const v = d.vedtak;
    const state = { issued: v.issuedAt !== null, needsAcceptance: v.acceptanceDueLocal !== null, acceptanceDueLocal: v.acceptanceDueLocal, acceptedAt: v.acceptedAt, superseded: v.supersededById !== null };
    if (!reminderDue(state, today) || !v.acceptanceDueLocal || !v.documentNumber) continue;
    const due = v.acceptanceDueLocal;
    const documentNumber = v.documentNumber;
    queued += await db.transaction(async (tx) => {
      const first = await recordNoticeSent(tx, { kind: 'akseptpaminnelse', subjectId: v.id, occasion: `${REMINDER_DAYS_BEFORE_DUE}-dager-for`, at: now });
      if (!first) return 0;
      const to = await partnershipRecipients(tx, { partnershipId: d.partnershipId, applicationId: v.applicationId, officeId: d.officeId });
      if (!to) return 0;
      // In the letter's language, as the decision mail was.
      const notice = acceptanceReminderNotice({
        language: v.language === 'nn' ? 'nn' : 'nb',
        officeName: d.officeName,
        partnershipName: d.partnershipName,
        roundTitle: d.roundTitle,
        documentNumber,
        acceptanceDueLocal: due,
        todayLocal: today,
        link: decisionLink(publicUrl, v.applicationId),
      });
      for (const email of to.emails) await queueEmail(tx, { to: email, ...notice });
      return to.emails.length;
    });
  }
  return queued;
}
