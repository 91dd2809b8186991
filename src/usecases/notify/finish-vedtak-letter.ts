// A decision letter's files are stored: its row turns 'klar' and, when it was the last of the decision's letters (the
// Norwegian one and any Sámi copy), the decision is mailed to the addressee with the Norwegian PDF attached (issue 15
// point 3) — in one transaction, so a letter is never ready without its mail being queued, nor mailed twice. Run by the
// render job (a system act after the issue the office approved: no actor to ask). The mail goes to the addressee (the
// applicant's contact person and coordinator) only; the copies to owners and UH are in the letter itself.
import type { Db } from '../../db/client.ts';
import { queueEmail } from '../../db/email-repository.ts';
import { lockDecisionForNotice, recordNoticeSent } from '../../db/notify-repository.ts';
import { markLetterReady } from '../../db/tilsagn-letter-repository.ts';
import { decisionNotice } from '../../domain/notify/decision.ts';
import { decisionLink } from '../../domain/notify/links.ts';
import type { Clock } from '../../domain/shared/clock.ts';
import { LETTER_CONTENT_TYPES, letterFileName } from '../../domain/tilsagn/issue-letters.ts';
import { partnershipRecipients } from '../../loaders/notify/notice-recipients.ts';

/** notice_sent's record of the decision mail: one per decision. */
const DECISION_NOTICE_OCCASION = 'utstedt';

export type FinishVedtakLetterOptions = {
  db: Db;
  clock: Clock;
  vedtakId: string;
  language: string;
  pdfKey: string;
  docxKey: string;
  publicUrl?: string;
};

/** Returns the addresses the decision was mailed to now (empty while letters are still rendering, or when sent). */
export async function finishVedtakLetter({ db, clock, vedtakId, language, pdfKey, docxKey, publicUrl }: FinishVedtakLetterOptions): Promise<string[]> {
  return db.transaction(async (tx) => {
    const now = clock.now();
    // The decision's row is locked before its letter is marked, so of two letters finishing at once exactly one sees
    // both ready.
    const before = await lockDecisionForNotice(tx, vedtakId);
    await markLetterReady(tx, { vedtakId, language, pdfKey, docxKey, at: now });
    if (!before) return [];
    const letters = before.letters.map((l) => (l.language === language ? { ...l, state: 'klar', pdfKey } : l));
    const v = before.vedtak;
    if (!v.issuedAt || !v.documentNumber || letters.some((l) => l.state !== 'klar')) return [];
    const letterLanguage = v.language === 'nn' ? 'nn' : 'nb';
    const letter = letters.find((l) => l.language === letterLanguage);
    if (!letter?.pdfKey) return [];
    if (!(await recordNoticeSent(tx, { kind: 'vedtak', subjectId: v.id, occasion: DECISION_NOTICE_OCCASION, at: now }))) return [];

    const to = await partnershipRecipients(tx, { partnershipId: before.partnershipId, applicationId: v.applicationId, officeId: before.officeId });
    if (!to) return [];
    const filename = letterFileName(v.documentNumber, letterLanguage, 'pdf');
    const notice = decisionNotice({
      language: letterLanguage,
      kind: v.kind === 'avslag' ? 'avslag' : 'tilsagn',
      officeName: before.officeName,
      partnershipName: before.partnershipName,
      roundTitle: before.roundTitle,
      documentNumber: v.documentNumber,
      acceptanceDueLocal: v.acceptanceDueLocal,
      letterFileName: filename,
      link: decisionLink(publicUrl, v.applicationId),
    });
    for (const email of to.emails)
      await queueEmail(tx, { to: email, ...notice, attachments: [{ fileKey: letter.pdfKey, filename, contentType: LETTER_CONTENT_TYPES.pdf }] });
    return to.emails;
  });
}
