// The co-editing state of a form's fields, as a pure reducer: the questionnaire engine's (ADR 020) and so the
// behovsmelding's (ADR 008, docs/behovsmelding-api.md, "Co-editing protocol"). Each field keeps the server version
// its local value is based on; local edits are counted, so an edit typed while a save is on its way stays dirty and is
// saved next. Remote changes replace only fields without an unsaved local change; a field with one keeps it and meets
// the conflict on save, where the user chooses. Nothing here drops a local edit: only "Bruk deres" (takeTheirs),
// chosen by the user, replaces one.
import type { AnswerChanges, AnswerState, SaveAnswerResult } from '../../../domain/questionnaire/contract.ts';

/** What a page loads of a form: every saved field and the cursor to poll from (a behovsmelding or a response). */
export type LoadedFields = { fields: Readonly<Record<string, AnswerState>>; changeCursor: number };

export type FieldEntry = {
  /** What the form shows: the user's latest value, else the saved one. */
  value: unknown;
  /** The server version `value` is based on (0 = never saved): sent as `baseVersion`. */
  baseVersion: number;
  /** The last server state this form knows of (who saved it, when). */
  server: AnswerState | null;
  /** Local edits so far, and how many of them the server has confirmed: dirty while edits > savedEdits. */
  edits: number;
  savedEdits: number;
  /** The save on its way: which edit it carries and the value sent. */
  inFlight: { edits: number; value: unknown } | null;
  /** Someone else saved the field after our base version: their state, until the user chooses. */
  conflict: AnswerState | null;
  /** A newer save by someone else that arrived while ours was dirty or on its way: applied once ours is through. */
  pendingRemote: AnswerState | null;
  /** The last save failed: the server's message; `retry` when trying again may help (network, 5xx). */
  error: { message: string | null; retry: boolean } | null;
};

export type FieldsState = {
  fields: Readonly<Record<string, FieldEntry>>;
  /** `since` for the next /changes poll. */
  cursor: number;
  /** When this form last saved a field (ISO), for "Lagret hh:mm". */
  lastSavedAt: string | null;
};

export type FieldsAction =
  | { type: 'load'; fields: Readonly<Record<string, AnswerState>>; cursor: number }
  | { type: 'edit'; key: string; value: unknown }
  | { type: 'saveStart'; key: string }
  | { type: 'saveOk'; key: string; result: SaveAnswerResult }
  | { type: 'saveConflict'; key: string; theirs: AnswerState | null }
  | { type: 'saveFailed'; key: string; message: string | null; retry: boolean }
  | { type: 'remote'; changes: AnswerChanges }
  | { type: 'keepMine'; key: string }
  | { type: 'takeTheirs'; key: string };

export const emptyFields: FieldsState = { fields: {}, cursor: 0, lastSavedAt: null };

const blank = (): FieldEntry => ({ value: null, baseVersion: 0, server: null, edits: 0, savedEdits: 0, inFlight: null, conflict: null, pendingRemote: null, error: null });

/** Has a local change the server has not confirmed (being saved or not). */
export const isDirty = (e: FieldEntry | undefined): boolean => Boolean(e && e.edits > e.savedEdits);

/** Ready to be saved now: dirty, nothing on its way, no open conflict, not refused by the server as it is. */
export const needsSave = (e: FieldEntry | undefined): boolean =>
  Boolean(e && isDirty(e) && !e.inFlight && !e.conflict && !(e.error && !e.error.retry));

/** Anything the user could lose by leaving now. */
export const hasUnsaved = (s: FieldsState): boolean => Object.values(s.fields).some((e) => isDirty(e) || e.inFlight || e.conflict);

export function initialFields(loaded: LoadedFields): FieldsState {
  return reduceFields(emptyFields, { type: 'load', fields: loaded.fields, cursor: loaded.changeCursor });
}

/** A conflict whose `theirs` the server could not give (the field vanished): their value is "nothing", version 0. */
const noTheirs: AnswerState = { value: null, version: 0, updatedByName: '', updatedAt: '' };

export function reduceFields(state: FieldsState, action: FieldsAction): FieldsState {
  switch (action.type) {
    case 'load':
      return applyRemote({ ...state, cursor: Math.max(state.cursor, action.cursor) }, Object.entries(action.fields).map(([key, f]) => ({ key, ...f })));
    case 'remote':
      return applyRemote({ ...state, cursor: Math.max(state.cursor, action.changes.changeCursor) }, action.changes.changes);
    case 'edit':
      // A new edit is a new value: an earlier refusal (400) was about the old one.
      return update(state, action.key, (e) => ({ ...e, value: action.value, edits: e.edits + 1, error: null }));
    case 'saveStart':
      return update(state, action.key, (e) => ({ ...e, inFlight: { edits: e.edits, value: e.value }, error: null }));
    case 'saveOk': {
      const { result } = action;
      const next = update(state, action.key, (e) => {
        const sent = e.inFlight ?? { edits: e.edits, value: e.value };
        const server: AnswerState = { value: sent.value, version: result.version, updatedByName: result.updatedByName, updatedAt: result.updatedAt };
        const saved: FieldEntry = { ...e, baseVersion: result.version, server, savedEdits: Math.max(e.savedEdits, sent.edits), inFlight: null, error: null };
        const newer = e.pendingRemote && e.pendingRemote.version > result.version ? e.pendingRemote : null;
        if (!newer) return { ...saved, pendingRemote: null };
        // Someone saved after us while ours was on its way: show theirs if we have nothing more, else the next save
        // (based on our version) meets the conflict.
        return isDirty(saved) ? saved : { ...saved, value: newer.value, baseVersion: newer.version, server: newer, pendingRemote: null };
      });
      // The cursor is not moved to result.changeCursor: others' saves between our last poll and this save would be
      // skipped. The next poll returns our own save too, and its version tells it apart.
      return { ...next, lastSavedAt: result.updatedAt };
    }
    case 'saveConflict':
      return update(state, action.key, (e) => ({ ...e, inFlight: null, conflict: action.theirs ?? noTheirs, pendingRemote: null }));
    case 'saveFailed':
      return update(state, action.key, (e) => ({ ...e, inFlight: null, error: { message: action.message, retry: action.retry } }));
    case 'keepMine':
      // Save ours over theirs: the base becomes their version, so the next save replaces it on purpose.
      return update(state, action.key, (e) =>
        e.conflict
          ? { ...e, baseVersion: e.conflict.version, server: e.conflict.version > 0 ? e.conflict : e.server, conflict: null, pendingRemote: null, error: null }
          : e,
      );
    case 'takeTheirs':
      return update(state, action.key, (e) =>
        e.conflict
          ? { ...e, value: e.conflict.value, baseVersion: e.conflict.version, server: e.conflict, savedEdits: e.edits, conflict: null, pendingRemote: null, error: null }
          : e,
      );
  }
}

function update(state: FieldsState, key: string, change: (e: FieldEntry) => FieldEntry): FieldsState {
  return { ...state, fields: { ...state.fields, [key]: change(state.fields[key] ?? blank()) } };
}

function applyRemote(state: FieldsState, changes: readonly (AnswerState & { key: string })[]): FieldsState {
  let fields: Record<string, FieldEntry> | null = null;
  for (const { key, ...theirs } of changes) {
    const e = (fields ?? state.fields)[key] ?? blank();
    if (theirs.version <= e.baseVersion) continue; // what we have (our own save coming back, or older)
    let next: FieldEntry;
    if (e.conflict) next = theirs.version > e.conflict.version ? { ...e, conflict: theirs } : e; // choose against the newest
    else if (isDirty(e) || e.inFlight) {
      // Keep the local change (its save will meet the conflict), but remember theirs in case ours was already through.
      if (e.pendingRemote && e.pendingRemote.version >= theirs.version) continue;
      next = { ...e, pendingRemote: theirs };
    } else next = { ...e, value: theirs.value, baseVersion: theirs.version, server: theirs, pendingRemote: null, error: null };
    fields ??= { ...state.fields };
    fields[key] = next;
  }
  return fields ? { ...state, fields } : state;
}

/** key → the value the form shows, for validation and rendering. */
export function valuesOf(state: FieldsState): Record<string, unknown> {
  return Object.fromEntries(Object.entries(state.fields).map(([k, e]) => [k, e.value]));
}
