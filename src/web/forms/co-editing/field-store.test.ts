import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnswerChanges, AnswerState, SaveAnswerResult } from '../../../domain/questionnaire/contract.ts';
import { ApiError } from '../../api.ts';
import { FieldStore, POLL_MS, RETRY_MS, SAVE_DELAY_MS } from './field-store.ts';
import { isDirty, needsSave } from './fields-reducer.ts';

type Save = { key: string; value: unknown; baseVersion: number };

const behovsmelding: Record<string, AnswerState> = { 's1.tema': { value: 'Tema', version: 2, updatedByName: 'Ada', updatedAt: '2024-11-20T10:00:00.000Z' } };

/** A store loaded with `fields` at cursor 10; the fake server numbers saves on from `lastVersion`. */
function setup(fields = behovsmelding, lastVersion = 2) {
  const saves: Save[] = [];
  let version = lastVersion;
  let answer: (s: Save) => Promise<SaveAnswerResult> = (s) =>
    Promise.resolve({ key: s.key, version: ++version, updatedByName: 'Meg', updatedAt: '2024-11-20T11:04:00.000Z', changeCursor: 50 });
  let changes: AnswerChanges = { changeCursor: 10, changes: [] };
  const since: number[] = [];
  const store = new FieldStore({
    saveField: (key, value, baseVersion) => {
      const s = { key, value, baseVersion };
      saves.push(s);
      return answer(s);
    },
    fetchChanges: (from) => {
      since.push(from);
      return Promise.resolve(changes);
    },
  });
  store.absorb({ fields, changeCursor: 10 });
  return {
    store,
    saves,
    since,
    answerWith: (f: typeof answer) => (answer = f),
    changesAre: (c: AnswerChanges) => (changes = c),
    entry: (key: string) => store.getSnapshot().state.fields[key],
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('autosave', () => {
  it('saves once, after the pause, with the latest value and the base version', async () => {
    const t = setup();
    t.store.edit('s1.tema', 'N');
    t.store.edit('s1.tema', 'Ny');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 1);
    expect(t.saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.saves).toEqual([{ key: 's1.tema', value: 'Ny', baseVersion: 2 }]);
    expect(t.entry('s1.tema')).toMatchObject({ baseVersion: 3, inFlight: null });
    expect(t.store.getSnapshot().state.lastSavedAt).toBe('2024-11-20T11:04:00.000Z');
  });

  it('saves at once when the user leaves the field', async () => {
    const t = setup();
    t.store.edit('s1.tema', 'Ny');
    t.store.commit('s1.tema');
    await vi.advanceTimersByTimeAsync(0);
    expect(t.saves).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 2);
    expect(t.saves).toHaveLength(1); // the pending debounce was cancelled
  });

  it('shows a conflict from a 409 and saves mine on their version when I keep mine', async () => {
    const t = setup();
    t.answerWith(() =>
      Promise.reject(
        new ApiError(409, 'CONFLICT', '«Tema» ble endret av Ada', [], undefined, {
          key: 's1.tema',
          yours: 'Mitt',
          theirs: { value: 'Deres', version: 5, updatedByName: 'Ada', updatedAt: '2024-11-20T11:00:00.000Z' },
        }),
      ),
    );
    t.store.edit('s1.tema', 'Mitt');
    t.store.commit('s1.tema');
    await vi.advanceTimersByTimeAsync(0);
    expect(t.entry('s1.tema')!.conflict?.value).toBe('Deres');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 3);
    expect(t.saves).toHaveLength(1); // nothing saved while the user decides
    t.answerWith((s) => Promise.resolve({ key: s.key, version: 6, updatedByName: 'Meg', updatedAt: '2024-11-20T11:05:00.000Z', changeCursor: 60 }));
    t.store.keepMine('s1.tema');
    await vi.advanceTimersByTimeAsync(0);
    expect(t.saves[1]).toEqual({ key: 's1.tema', value: 'Mitt', baseVersion: 5 });
    expect(t.entry('s1.tema')).toMatchObject({ value: 'Mitt', baseVersion: 6, conflict: null });
  });

  it('retries after a network failure but not after the server refused the value', async () => {
    const t = setup();
    t.answerWith(() => Promise.reject(new ApiError(400, 'VALIDATION', 'Teksten er for lang')));
    t.store.edit('s1.tema', 'x'.repeat(10));
    t.store.commit('s1.tema');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(t.saves).toHaveLength(1);
    expect(t.entry('s1.tema')!.error).toEqual({ message: 'Teksten er for lang', retry: false });

    t.answerWith(() => Promise.reject(new ApiError(0, 'NETWORK', null)));
    t.store.edit('s1.tema', 'kort');
    t.store.commit('s1.tema');
    await vi.advanceTimersByTimeAsync(0);
    expect(t.saves).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(5000);
    expect(t.saves).toHaveLength(3);
  });

  it('flushAll saves every dirty field and waits for them', async () => {
    const t = setup();
    t.store.edit('s1.tema', 'A');
    t.store.edit('s2.ppt', 'B');
    await t.store.flushAll();
    expect(t.saves.map((s) => s.key).sort()).toEqual(['s1.tema', 's2.ppt']);
    expect(Object.values(t.store.getSnapshot().state.fields).every((e) => e.edits === e.savedEdits)).toBe(true);
  });
});

describe('polling', () => {
  it('polls /changes from the cursor while a page is attached and merges what others saved', async () => {
    const t = setup();
    const detach = t.store.attach();
    t.changesAre({ changeCursor: 12, changes: [{ key: 's2.ppt', value: 'PPT', version: 1, updatedByName: 'Ada', updatedAt: '2024-11-20T10:01:00.000Z' }] });
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(t.since).toEqual([10]);
    expect(t.store.getSnapshot().values).toEqual({ 's1.tema': 'Tema', 's2.ppt': 'PPT' });
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(t.since).toEqual([10, 12]);
    detach();
    await vi.advanceTimersByTimeAsync(POLL_MS * 3);
    expect(t.since).toHaveLength(2);
  });

  it('saves what is dirty when the last page of the application closes', async () => {
    const t = setup();
    const detach = t.store.attach();
    t.store.edit('s1.tema', 'Uten pause');
    detach();
    await vi.advanceTimersByTimeAsync(0);
    expect(t.saves).toEqual([{ key: 's1.tema', value: 'Uten pause', baseVersion: 2 }]);
  });
});

// From the questionnaire's former answer store: what the behovsmelding's cases above do not cover.
describe('a questionnaire answer', () => {
  const AT = '2031-05-17T10:00:00.000Z';
  const answered = () => setup({ enhetNavn: { value: 'Gammelt', version: 1, updatedByName: 'Ada', updatedAt: AT } }, 1);
  const conflict = (yours: string, theirs: AnswerState) => new ApiError(409, 'CONFLICT', 'Endret', [], undefined, { key: 'enhetNavn', yours, theirs });

  it('reports an open conflict until the user chooses; "take theirs" saves nothing', async () => {
    const t = answered();
    t.answerWith(() => Promise.reject(conflict('Mitt', { value: 'Deres', version: 5, updatedByName: 'Ingrid', updatedAt: AT })));
    t.store.edit('enhetNavn', 'Mitt');
    t.store.commit('enhetNavn');
    await vi.advanceTimersByTimeAsync(0);
    expect(t.entry('enhetNavn')).toMatchObject({ value: 'Mitt', conflict: { value: 'Deres', version: 5 } });
    expect(t.store.hasConflicts()).toBe(true);
    const count = t.saves.length;
    t.store.takeTheirs('enhetNavn');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 2);
    expect(t.saves.length).toBe(count);
    expect(t.entry('enhetNavn')).toMatchObject({ value: 'Deres', baseVersion: 5, conflict: null });
    expect(isDirty(t.entry('enhetNavn'))).toBe(false);
    expect(t.store.hasConflicts()).toBe(false);
  });

  it('tries again when offline, and takes changes by others only where nothing is unsaved', async () => {
    const t = answered();
    t.answerWith(() => Promise.reject(new ApiError(0, 'NETWORK', null)));
    t.store.edit('enhetNavn', 'Frakoblet');
    t.store.commit('enhetNavn');
    await vi.advanceTimersByTimeAsync(0);
    expect(needsSave(t.entry('enhetNavn'))).toBe(true);
    t.changesAre({ changeCursor: 12, changes: [{ key: 'enhetNavn', value: 'Fra andre', version: 3, updatedByName: 'Ingrid', updatedAt: AT }, { key: 'antallAnsatte', value: 12, version: 1, updatedByName: 'Ingrid', updatedAt: AT }] });
    await t.store.poll();
    expect(t.entry('enhetNavn')!.value).toBe('Frakoblet');
    expect(t.entry('antallAnsatte')).toMatchObject({ value: 12, baseVersion: 1 });
    t.answerWith((s) => Promise.resolve({ key: s.key, version: 4, updatedByName: 'Meg', updatedAt: AT, changeCursor: 30 }));
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(t.saves.at(-1)).toEqual({ key: 'enhetNavn', value: 'Frakoblet', baseVersion: 1 });
    expect(t.entry('enhetNavn')).toMatchObject({ baseVersion: 4 });
    expect(isDirty(t.entry('enhetNavn'))).toBe(false);
  });
});
