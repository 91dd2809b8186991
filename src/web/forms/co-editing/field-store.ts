// The effects around the co-editing reducer (fields-reducer.ts), shared by every co-edited form — a questionnaire
// response (ADR 020) and the behovsmelding (ADR 008): debounced autosave per field (~800 ms after the last keystroke,
// at once when the user leaves the field), polling /changes every ~4 s while the tab is visible, retries when offline,
// and the conflict choices. The form's API comes in as deps, so each client keeps its own routes. A client may keep one
// store per form while the app runs (the behovsmelding's step pages share theirs): attach/detach counts the pages, and
// when the last one closes everything dirty is saved at once.
import { ApiError } from '../../api.ts';
import type { AnswerChanges, AnswerState, SaveAnswerResult } from '../../../domain/questionnaire/contract.ts';
import { emptyFields, initialFields, needsSave, reduceFields, valuesOf, type FieldsAction, type FieldsState, type LoadedFields } from './fields-reducer.ts';

export const SAVE_DELAY_MS = 800;
export const POLL_MS = 4000;
export const RETRY_MS = 5000;

export type FieldStoreDeps = {
  saveField: (key: string, value: unknown, baseVersion: number) => Promise<SaveAnswerResult>;
  fetchChanges: (since: number) => Promise<AnswerChanges>;
  /** Whether polling is worth it now (the tab is visible). */
  isActive?: () => boolean;
};

/** `loaded`: the form's fields are in (the first page load has been absorbed). */
export type FieldStoreSnapshot = { state: FieldsState; values: Readonly<Record<string, unknown>>; loaded: boolean };

export class FieldStore {
  private snapshot: FieldStoreSnapshot = { state: emptyFields, values: {}, loaded: false };
  private loaded = false;
  private readonly listeners = new Set<() => void>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly saving = new Map<string, Promise<void>>();
  private poller: ReturnType<typeof setInterval> | null = null;
  private polling = false;
  private users = 0;

  constructor(private readonly deps: FieldStoreDeps) {}

  getSnapshot = (): FieldStoreSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A page of this form opened (starts polling) or closed (the last one saves what is dirty, stops polling). */
  attach(): () => void {
    this.users += 1;
    if (!this.poller) this.poller = setInterval(() => void this.poll(), POLL_MS);
    return () => {
      this.users -= 1;
      if (this.users > 0) return;
      if (this.poller) clearInterval(this.poller);
      this.poller = null;
      void this.flushAll();
    };
  }

  /** The form as a page loaded it: the first load sets the fields, later ones merge (local edits stay). */
  absorb(loaded: LoadedFields): void {
    if (!this.loaded) {
      this.loaded = true;
      const state = initialFields(loaded);
      this.snapshot = { state, values: valuesOf(state), loaded: true };
      for (const l of this.listeners) l();
    } else this.dispatch({ type: 'load', fields: loaded.fields, cursor: loaded.changeCursor });
  }

  edit(key: string, value: unknown): void {
    this.dispatch({ type: 'edit', key, value });
    this.schedule(key, SAVE_DELAY_MS);
  }

  /** The user left the field: save now rather than after the pause. */
  commit(key: string): void {
    this.clearTimer(key);
    void this.save(key);
  }

  keepMine(key: string): void {
    this.dispatch({ type: 'keepMine', key });
    void this.save(key);
  }

  takeTheirs(key: string): void {
    this.dispatch({ type: 'takeTheirs', key });
  }

  /** Some field waits for the user to choose between two values (submitting now would leave theirs standing). */
  hasConflicts(): boolean {
    return Object.values(this.snapshot.state.fields).some((e) => e.conflict);
  }

  /** Saves every dirty field now and waits for all saves (before submitting). */
  async flushAll(): Promise<void> {
    for (const key of this.timers.keys()) this.clearTimer(key);
    const keys = Object.keys(this.snapshot.state.fields).filter((k) => needsSave(this.snapshot.state.fields[k]));
    await Promise.all([...keys.map((k) => this.save(k)), ...this.saving.values()]);
  }

  /** One poll of /changes (also run by the interval). */
  async poll(): Promise<void> {
    if (this.polling || !this.loaded || (this.deps.isActive && !this.deps.isActive())) return;
    this.polling = true;
    try {
      const changes = await this.deps.fetchChanges(this.snapshot.state.cursor);
      this.dispatch({ type: 'remote', changes });
    } catch {
      // Offline or a hiccup: the next poll asks again from the same cursor.
    } finally {
      this.polling = false;
    }
  }

  private save(key: string): Promise<void> {
    const running = this.saving.get(key);
    if (running) return running;
    const entry = this.snapshot.state.fields[key];
    if (!entry || !needsSave(entry)) return Promise.resolve();
    this.dispatch({ type: 'saveStart', key });
    const promise = this.deps
      .saveField(key, entry.value, entry.baseVersion)
      .then((result) => this.dispatch({ type: 'saveOk', key, result }))
      .catch((error: unknown) => this.failed(key, error))
      .finally(() => {
        this.saving.delete(key);
        // Typed on while it was saving: save that too (after the usual pause unless nothing is pending).
        if (needsSave(this.snapshot.state.fields[key]) && !this.timers.has(key)) this.schedule(key, SAVE_DELAY_MS);
      });
    this.saving.set(key, promise);
    return promise;
  }

  private failed(key: string, error: unknown): void {
    const e = error instanceof ApiError ? error : new ApiError(0, 'UNKNOWN', null);
    if (e.status === 409 && e.code === 'CONFLICT' && isConflictDetails(e.details, key)) {
      this.dispatch({ type: 'saveConflict', key, theirs: e.details.theirs });
      return;
    }
    const retry = e.status === 0 || e.status >= 500 || e.status === 429;
    this.dispatch({ type: 'saveFailed', key, message: e.userMessage, retry });
    if (retry) this.schedule(key, RETRY_MS);
  }

  private schedule(key: string, delay: number): void {
    this.clearTimer(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.save(key);
      }, delay),
    );
  }

  private clearTimer(key: string): void {
    const timer = this.timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(key);
  }

  private dispatch(action: FieldsAction): void {
    this.set(reduceFields(this.snapshot.state, action));
  }

  private set(state: FieldsState): void {
    if (state === this.snapshot.state) return;
    // Values are rebuilt only when a value changed (not for a save starting), so validation is not rerun needlessly.
    const valuesChanged = Object.keys(state.fields).length !== Object.keys(this.snapshot.state.fields).length ||
      Object.entries(state.fields).some(([k, e]) => this.snapshot.state.fields[k]?.value !== e.value);
    this.snapshot = { state, values: valuesChanged ? valuesOf(state) : this.snapshot.values, loaded: this.loaded };
    for (const l of this.listeners) l();
  }
}

function isConflictDetails(details: unknown, key: string): details is { key: string; theirs: AnswerState | null } {
  return typeof details === 'object' && details !== null && (details as { key?: unknown }).key === key && 'theirs' in details;
}

/** Polling is worth it only while someone can see the form (the tab is not hidden). */
export function isPageVisible(): boolean {
  return typeof document === 'undefined' || document.visibilityState !== 'hidden';
}
