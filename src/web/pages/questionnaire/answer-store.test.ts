// The questionnaire's co-editing client: autosave after a pause with the base version, a conflict kept with both
// values until chosen, a retry when offline, and changes by others taken only where nothing local is unsaved.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnswerChanges, SaveAnswerResult } from '../../../domain/questionnaire/contract.ts';
import { ApiError } from '../../api.ts';
import { AnswerStore, POLL_MS, SAVE_DELAY_MS } from './answer-store.ts';

type Save = { key: string; value: unknown; baseVersion: number };
const AT = '2031-05-17T10:00:00.000Z';

function setup() {
  const saves: Save[] = [];
  let version = 1;
  let answer: (s: Save) => Promise<SaveAnswerResult> = (s) => Promise.resolve({ key: s.key, version: ++version, updatedByName: 'Meg', updatedAt: AT, changeCursor: 20 });
  let changes: AnswerChanges = { changeCursor: 10, changes: [] };
  const store = new AnswerStore(
    {
      save: (key, value, baseVersion) => {
        const s = { key, value, baseVersion };
        saves.push(s);
        return answer(s);
      },
      changes: () => Promise.resolve(changes),
    },
    { enhetNavn: { value: 'Gammelt', version: 1, updatedByName: 'Ada', updatedAt: AT } },
    10,
  );
  return { store, saves, answerWith: (f: typeof answer) => (answer = f), changesAre: (c: AnswerChanges) => (changes = c), entry: (k: string) => store.getSnapshot().entries[k]! };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the answer store', () => {
  it('saves after a pause with the version the value was based on, once per pause', async () => {
    const { store, saves, entry } = setup();
    store.edit('enhetNavn', 'N');
    store.edit('enhetNavn', 'Nytt');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS + 10);
    expect(saves).toEqual([{ key: 'enhetNavn', value: 'Nytt', baseVersion: 1 }]);
    expect(entry('enhetNavn')).toMatchObject({ value: 'Nytt', baseVersion: 2, dirty: false });
    expect(store.getSnapshot().values).toEqual({ enhetNavn: 'Nytt' });
  });

  it('keeps a conflict with both values; "keep mine" saves over theirs, "take theirs" saves nothing', async () => {
    const { store, saves, answerWith, entry } = setup();
    answerWith(() => Promise.reject(new ApiError(409, 'CONFLICT', 'Endret', [], undefined, { key: 'enhetNavn', yours: 'Mitt', theirs: { value: 'Deres', version: 5, updatedByName: 'Ingrid', updatedAt: AT } })));
    store.edit('enhetNavn', 'Mitt');
    store.commit('enhetNavn');
    await vi.advanceTimersByTimeAsync(0);
    expect(entry('enhetNavn')).toMatchObject({ value: 'Mitt', conflict: { value: 'Deres', version: 5 } });
    expect(store.hasConflicts()).toBe(true);
    answerWith((s) => Promise.resolve({ key: s.key, version: 6, updatedByName: 'Meg', updatedAt: AT, changeCursor: 30 }));
    store.keepMine('enhetNavn');
    await vi.advanceTimersByTimeAsync(0);
    expect(saves.at(-1)).toEqual({ key: 'enhetNavn', value: 'Mitt', baseVersion: 5 });
    expect(entry('enhetNavn')).toMatchObject({ value: 'Mitt', baseVersion: 6, conflict: null, dirty: false });

    answerWith(() => Promise.reject(new ApiError(409, 'CONFLICT', 'Endret', [], undefined, { key: 'enhetNavn', yours: 'Igjen', theirs: { value: 'Deres 2', version: 8, updatedByName: 'Ingrid', updatedAt: AT } })));
    store.edit('enhetNavn', 'Igjen');
    store.commit('enhetNavn');
    await vi.advanceTimersByTimeAsync(0);
    const count = saves.length;
    store.takeTheirs('enhetNavn');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 2);
    expect(saves.length).toBe(count);
    expect(entry('enhetNavn')).toMatchObject({ value: 'Deres 2', baseVersion: 8, conflict: null, dirty: false });
  });

  it('tries again when offline, and takes changes by others only where nothing is unsaved', async () => {
    const { store, saves, answerWith, changesAre, entry } = setup();
    answerWith(() => Promise.reject(new ApiError(0, 'NETWORK', null)));
    store.edit('enhetNavn', 'Frakoblet');
    store.commit('enhetNavn');
    await vi.advanceTimersByTimeAsync(0);
    expect(entry('enhetNavn')).toMatchObject({ dirty: true, error: null });
    changesAre({ changeCursor: 12, changes: [{ key: 'enhetNavn', value: 'Fra andre', version: 3, updatedByName: 'Ingrid', updatedAt: AT }, { key: 'antallAnsatte', value: 12, version: 1, updatedByName: 'Ingrid', updatedAt: AT }] });
    await store.poll();
    expect(entry('enhetNavn').value).toBe('Frakoblet');
    expect(entry('antallAnsatte')).toMatchObject({ value: 12, baseVersion: 1 });
    answerWith((s) => Promise.resolve({ key: s.key, version: 4, updatedByName: 'Meg', updatedAt: AT, changeCursor: 30 }));
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(saves.at(-1)).toEqual({ key: 'enhetNavn', value: 'Frakoblet', baseVersion: 1 });
    expect(entry('enhetNavn')).toMatchObject({ dirty: false, baseVersion: 4 });
  });
});
