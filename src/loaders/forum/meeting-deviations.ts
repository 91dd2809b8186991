// The decisions a forum meeting is told about (issue 14, point 1: "a decision may deviate from the innstilling only
// with a written reason, which the letter and the forum's next meeting see"). A decision belongs to the first
// meeting of its office that starts after its list was approved: approved at or after the previous meeting's start
// and before this meeting's start. Half-open windows, so each approval lands on exactly one meeting, and a meeting
// added later between two others takes over the approvals of its own window.
//
// Whether a decision deviates is recomputed from the adopted innstilling (deviatesFrom, as the office's own view
// does), not inferred from a stored reason: the reason is demanded exactly when it deviates, but a reason left over
// from an earlier edit must not put a decision that now follows the innstilling before the forum. An application the
// innstilling does not name counts as recommended for an avslag, as editing the decision counts it.
//
// Read only through the repositories and the tilsagn views that read them (never the tilsagn use cases: the forum
// asks its own read rule, the meeting's, before calling this).
import { findRoundView } from '../../db/behovsmelding-round-repository.ts';
import type { DbOrTx } from '../../db/client.ts';
import { listMeetingsOfOffice, type ForumMeetingRow } from '../../db/forum-meeting-repository.ts';
import { listAdoptedRounds, listBatchVedtak, listLines, listRoundBatches } from '../../db/tilsagn-vedtak-repository.ts';
import { osloLocalToInstant } from '../../domain/behovsmelding/round-deadline.ts';
import type { MeetingDeviation } from '../../domain/forum/members-contract.ts';
import { deviatesFrom, totalKr, type TVedtakKind } from '../../domain/tilsagn/vedtak.ts';
import { recommendedDecisions } from '../../views/tilsagn/round-vedtak-view.ts';

/** The window of approvals this meeting reports: [previous meeting's start, this meeting's start). */
async function deviationWindow(db: DbOrTx, meeting: ForumMeetingRow): Promise<{ from: Date | null; until: Date }> {
  // Newest first; local wall-clock texts in one canonical form compare as the times they name.
  const previous = (await listMeetingsOfOffice(db, meeting.officeId)).find(({ meeting: m }) => m.startsAtLocal < meeting.startsAtLocal);
  return { from: previous ? osloLocalToInstant(previous.meeting.startsAtLocal) : null, until: osloLocalToInstant(meeting.startsAtLocal) };
}

/** The office's approved decisions in the meeting's window that deviate from the innstilling, oldest approval first. */
export async function loadMeetingDeviations(db: DbOrTx, meeting: ForumMeetingRow): Promise<MeetingDeviation[]> {
  const { from, until } = await deviationWindow(db, meeting);
  const inWindow = (at: Date | null): at is Date => at !== null && at < until && (from === null || at >= from);
  const out: MeetingDeviation[] = [];
  // One query after another: `db` may be a transaction (one connection).
  for (const r of await listAdoptedRounds(db, meeting.officeId)) {
    const batches = (await listRoundBatches(db, r.id)).filter((b) => inWindow(b.approvedAt));
    if (batches.length === 0) continue; // spares the innstilling's reading for every round with nothing to report
    const round = await findRoundView(db, r.id);
    if (!round) continue;
    const { byApplication } = await recommendedDecisions(db, round);
    const rows = await listBatchVedtak(db, batches.map((b) => b.id));
    const lines = await listLines(db, rows.map((row) => row.vedtak.id));
    for (const { vedtak: v, partnershipName } of rows) {
      const own = lines.filter((l) => l.vedtakId === v.id);
      const kind: TVedtakKind = v.kind === 'avslag' ? 'avslag' : 'tilsagn';
      const recommended = byApplication.get(v.applicationId);
      if (!deviatesFrom({ kind, lines: own }, recommended ?? { kind: 'avslag', lines: [] }, round.year)) continue;
      const batch = batches.find((b) => b.id === v.batchId)!;
      out.push({
        vedtakId: v.id,
        roundId: round.id,
        roundTitle: round.title,
        partnershipName,
        kind,
        amendment: batch.kind === 'endringsvedtak',
        recommendedKind: recommended?.kind ?? null,
        recommendedTotalKr: recommended ? totalKr(recommended.lines) : null,
        totalKr: totalKr(own),
        deviationReason: v.deviationReason ?? '',
        approvedAt: batch.approvedAt!.toISOString(),
      });
    }
  }
  return out.sort((a, b) => a.approvedAt.localeCompare(b.approvedAt) || a.roundTitle.localeCompare(b.roundTitle, 'nb') || a.partnershipName.localeCompare(b.partnershipName, 'nb'));
}
