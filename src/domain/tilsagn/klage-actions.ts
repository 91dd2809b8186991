// What the office may do next with a klage (issue 14, point 5), as GET /api/tilsagn/klager/:id lists it for the klage
// page: each action is a move of the klage's state machine (klage.ts), so the page never offers a button the server
// would refuse for the state. Whether the actor may handle klager at all (vedtak.handle-klage) is the caller's check.
import { mayMove, type TKlageState } from './klage.ts';

export const KLAGE_ACTIONS = ['dismiss', 'reverse', 'forward', 'record-outcome'] as const;
export type TKlageAction = (typeof KLAGE_ACTIONS)[number];

const MOVES_TO: Record<TKlageAction, TKlageState> = { dismiss: 'avvist', reverse: 'omgjort', forward: 'oversendt', 'record-outcome': 'avgjort' };

/** The actions the klage's state allows, in the order the page shows them. */
export const klageActionsFrom = (state: string): TKlageAction[] => KLAGE_ACTIONS.filter((a) => mayMove(state, MOVES_TO[a]));
