// Loads an agenda item and its meeting for the item page (issue 13, point 3). The page's address names the item alone
// (the meeting page links to /forum/saker/:itemId); the API answers the item as its meeting (getForumItem: the
// agenda, attendance and recusals, with what the actor may do on each item), and the item is picked out of it.
// An unknown item and one the user may not read (another office's) are both "not found" to the page, which says so
// in one sentence ("Fant ikke saken, eller du har ikke tilgang til den").
import { useCallback, useEffect, useState } from 'react';
import type { MeetingDetail } from '../../../domain/forum/members-contract.ts';
import { ApiError } from '../../api.ts';
import { forumApi } from '../../clients/forum.ts';

export type ForumItem = MeetingDetail['items'][number];
export type ItemLookup = { meeting: MeetingDetail; item: ForumItem };

type State = { found?: ItemLookup; error?: ApiError; done: boolean };
/** The state with the item it answers for: an answer for the previous address is not this one's. */
type Held = { for?: string; found?: ItemLookup; error?: ApiError };

const asApiError = (error: unknown) => (error instanceof ApiError ? error : new ApiError(0, 'UNKNOWN', null));
const notFound = (error: unknown) => error instanceof ApiError && (error.status === 404 || error.status === 403);

export function useForumItem(itemId: string): State & { reload: () => void } {
  const [held, setHeld] = useState<Held>({});
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    const signal = controller.signal;
    forumApi.getForumItem({ params: { id: itemId } }, { signal }).then(
      ({ meeting }) => {
        if (signal.aborted) return;
        const item = meeting.items.find((i) => i.id === itemId);
        setHeld({ for: itemId, found: item ? { meeting, item } : undefined });
      },
      (error: unknown) => {
        if (signal.aborted) return;
        // A failed reload keeps the item shown beside the error, as it was.
        setHeld(notFound(error) ? { for: itemId } : (h) => ({ for: itemId, found: h.for === itemId ? h.found : undefined, error: asApiError(error) }));
      },
    );
    return () => controller.abort();
  }, [itemId, generation]);

  // A reload keeps the item on the page until the new answer comes (no flash of "loading" after each change).
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  // Until a new item's answer comes, the previous item (or its error) is not shown as this one.
  if (held.for !== itemId) return { done: false, reload };
  return { found: held.found, error: held.error, done: true, reload };
}
