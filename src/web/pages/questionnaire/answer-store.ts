// The co-editing client of a questionnaire response (ADR 020, as the behovsmelding's field store, ADR 008): each
// answer keeps the server version its local value is based on; an edit is saved after a short pause (at once when
// the user leaves the field), changes by others are polled every few seconds and taken where nothing local is
// unsaved, and a save that meets someone else's newer save (409) keeps both values until the user chooses.
import { ApiError } from '../../api.ts';
import type { AnswerChanges, AnswerState, SaveAnswerResult } from '../../../domain/questionnaire/contract.ts';

export const SAVE_DELAY_MS = 800;
export const POLL_MS = 4000;
const RETRY_MS = 3000;

export type AnswerEntry = {
  value: unknown;
  baseVersion: number;
  /** Local edits not yet confirmed by the server. */
  dirty: boolean;
  saving: boolean;
  /** Someone else's newer save, until the user chooses. */
  conflict: AnswerState | null;
  error: string | null;
};

export type AnswerDeps = {
  save: (key: string, value: unknown, baseVersion: number) => Promise<SaveAnswerResult>;
  changes: (since: number) => Promise<AnswerChanges>;
};

export type AnswerSnapshot = { entries: Readonly<Record<string, AnswerEntry>>; values: Readonly<Record<string, unknown>>; savedAt: string | null };

const blank: AnswerEntry = { value: null, baseVersion: 0, dirty: false, saving: false, conflict: null, error: null };

export class AnswerStore {
  private snapshot: AnswerSnapshot = { entries: {}, values: {}, savedAt: null };
  private cursor = 0;
  private readonly listeners = new Set<() => void>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly running = new Map<string, Promise<void>>();
  private poller: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly deps: AnswerDeps, fields: Record<string, AnswerState>, cursor: number) {
    this.cursor = cursor;
    const entries: Record<string, AnswerEntry> = {};
    for (const [key, state] of Object.entries(fields)) entries[key] = { ...blank, value: state.value, baseVersion: state.version };
    this.set(entries);
  }

  getSnapshot = (): AnswerSnapshot => this.snapshot;
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Starts polling; the returned function stops it and saves what is unsaved. */
  attach(): () => void {
    this.poller = setInterval(() => void this.poll(), POLL_MS);
    return () => {
      if (this.poller) clearInterval(this.poller);
      this.poller = null;
      void this.flushAll();
    };
  }

  edit(key: string, value: unknown): void {
    this.update(key, { value, dirty: true, error: null });
    this.schedule(key);
  }

  /** The user left the field: save now. */
  commit(key: string): void {
    this.clearTimer(key);
    void this.save(key);
  }

  keepMine(key: string): void {
    const entry = this.entry(key);
    if (!entry.conflict) return;
    this.update(key, { baseVersion: entry.conflict.version, conflict: null, dirty: true });
    void this.save(key);
  }

  takeTheirs(key: string): void {
    const entry = this.entry(key);
    if (!entry.conflict) return;
    this.update(key, { value: entry.conflict.value, baseVersion: entry.conflict.version, conflict: null, dirty: false, error: null });
  }

  async flushAll(): Promise<void> {
    for (const key of [...this.timers.keys()]) this.clearTimer(key);
    await Promise.all(Object.keys(this.snapshot.entries).map((key) => this.save(key)));
  }

  hasConflicts(): boolean {
    return Object.values(this.snapshot.entries).some((e) => e.conflict);
  }

  async poll(): Promise<void> {
    try {
      const { changes, changeCursor } = await this.deps.changes(this.cursor);
      this.cursor = changeCursor;
      for (const change of changes) {
        const entry = this.entry(change.key);
        // A local edit not yet saved stays: it meets the newer version on save, where the user chooses.
        if (entry.dirty || entry.saving || entry.conflict || change.version <= entry.baseVersion) continue;
        this.update(change.key, { value: change.value, baseVersion: change.version });
      }
    } catch {
      // Offline or a hiccup: the next poll asks again from the same cursor.
    }
  }

  private entry(key: string): AnswerEntry {
    return this.snapshot.entries[key] ?? blank;
  }

  private save(key: string): Promise<void> {
    const running = this.running.get(key);
    if (running) return running;
    const entry = this.entry(key);
    if (!entry.dirty || entry.conflict) return Promise.resolve();
    const sent = entry.value;
    this.update(key, { saving: true });
    const promise = this.deps
      .save(key, sent, entry.baseVersion)
      .then((result) => {
        const now = this.entry(key);
        this.update(key, { baseVersion: result.version, saving: false, dirty: now.value !== sent, error: null });
        this.snapshot = { ...this.snapshot, savedAt: result.updatedAt };
        this.emit();
      })
      .catch((error: unknown) => {
        const e = error instanceof ApiError ? error : new ApiError(0, 'UNKNOWN', null);
        const details = e.details as { key?: string; theirs?: AnswerState | null } | undefined;
        if (e.status === 409 && details?.key === key) {
          const theirs = details.theirs ?? { value: null, version: 0, updatedByName: '', updatedAt: '' };
          this.update(key, { saving: false, conflict: theirs });
        } else if (e.status === 0 || e.status >= 500 || e.status === 429) {
          // Offline or a hiccup: the edit stays dirty and is tried again.
          this.update(key, { saving: false });
          this.schedule(key, RETRY_MS);
        } else this.update(key, { saving: false, error: e.userMessage ?? e.code });
      })
      .finally(() => {
        this.running.delete(key);
        const now = this.entry(key);
        if (now.dirty && !now.conflict && !now.error && !this.timers.has(key)) this.schedule(key);
      });
    this.running.set(key, promise);
    return promise;
  }

  private schedule(key: string, delay = SAVE_DELAY_MS): void {
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

  private update(key: string, patch: Partial<AnswerEntry>): void {
    this.set({ ...this.snapshot.entries, [key]: { ...this.entry(key), ...patch } });
  }

  private set(entries: Record<string, AnswerEntry>): void {
    const values = Object.fromEntries(Object.entries(entries).map(([k, e]) => [k, e.value]));
    this.snapshot = { ...this.snapshot, entries, values };
    this.emit();
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}
