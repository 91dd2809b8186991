// Finds an agenda item and its meeting for the item page (issue 13, point 3). The forum's API answers an item only
// as part of its meeting (getForumMeeting, with what the actor may do on each item), and the page's address names
// the item alone (the meeting page links to /forum/saker/:itemId). So the item is looked up among the meetings of
// the offices the user works in — a handful a year per office. An endpoint for one item would replace this search
// in one place.
import { useCallback, useEffect, useState } from 'react';
import type { MeetingDetail } from '../../../domain/forum/members-contract.ts';
import { ApiError } from '../../api.ts';
import { forumApi } from '../../clients/forum.ts';
import { useOffices } from '../../hooks/use-reference.ts';
import { useSession } from '../../session/session-context.tsx';

export type ForumItem = MeetingDetail['items'][number];
export type ItemLookup = { meeting: MeetingDetail; item: ForumItem };

type State = { found?: ItemLookup; error?: ApiError; done: boolean };

const asApiError = (error: unknown) => (error instanceof ApiError ? error : new ApiError(0, 'UNKNOWN', null));

export function useForumItem(itemId: string): State & { reload: () => void } {
  const { user } = useSession();
  const allOffices = useOffices().data?.offices;
  const [state, setState] = useState<State>({ done: false });
  const [generation, setGeneration] = useState(0);
  // Known once found; a reload asks that meeting alone (another item's meeting is no lead).
  const meetingId = state.found?.item.id === itemId ? state.found.meeting.id : undefined;

  // An office-bound user works in their offices; one bound to none (admin, a national reader) in all of them.
  const grantOffices = (user?.grants ?? []).map((g) => g.officeId);
  const officeIds = grantOffices.includes(null) ? allOffices?.map((o) => o.id) : [...new Set(grantOffices.filter((o): o is string => o !== null))];
  const officeKey = officeIds?.join(',');

  useEffect(() => {
    if (officeKey === undefined) return;
    const controller = new AbortController();
    const signal = controller.signal;
    const inMeeting = (meeting: MeetingDetail) => {
      const item = meeting.items.find((i) => i.id === itemId);
      return item ? { meeting, item } : undefined;
    };
    const search = async (): Promise<ItemLookup | undefined> => {
      // Reloading after a change: the meeting is known, ask for it alone.
      if (meetingId) return inMeeting((await forumApi.getForumMeeting({ params: { id: meetingId } }, { signal })).meeting);
      // Every office's meetings at once: an admin's search spans all offices.
      const lists = await Promise.all(
        officeKey
          .split(',')
          .filter(Boolean)
          .map((officeId) =>
            forumApi.listForumMeetings({ params: { officeId } }, { signal }).catch((error: unknown) => {
              // An office whose forum the user may not read holds nothing for them.
              if (error instanceof ApiError && error.status === 403) return { meetings: [] };
              throw error;
            }),
          ),
      );
      const meetings = await Promise.all(
        lists.flatMap((l) => l.meetings.filter((m) => m.itemCount > 0)).map((m) => forumApi.getForumMeeting({ params: { id: m.id } }, { signal })),
      );
      for (const { meeting } of meetings) {
        const hit = inMeeting(meeting);
        if (hit) return hit;
      }
      return undefined;
    };
    search().then(
      (found) => !signal.aborted && setState({ found, done: true }),
      (error: unknown) => !signal.aborted && setState((s) => ({ ...s, error: asApiError(error), done: true })),
    );
    return () => controller.abort();
    // `meetingId` is read for a reload only; a change of it alone is not a reason to search again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [itemId, officeKey, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  // Until a new item's search answers, the previous item is not shown as this one.
  const current = state.found?.item.id === itemId ? state.found : undefined;
  const stale = state.found !== undefined && current === undefined;
  return { found: current, error: state.error, done: state.done && !stale, reload };
}
