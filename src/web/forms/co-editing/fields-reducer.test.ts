import { describe, expect, it } from 'vitest';
import type { AnswerState, SaveAnswerResult } from '../../../domain/questionnaire/contract.ts';
import { hasUnsaved, initialFields, isDirty, needsSave, reduceFields, valuesOf, type FieldsAction, type FieldsState } from './fields-reducer.ts';

const ada = (value: unknown, version: number): AnswerState => ({ value, version, updatedByName: 'Ada', updatedAt: `2024-11-20T10:0${version}:00.000Z` });
const saved = (key: string, version: number, changeCursor = 99): SaveAnswerResult => ({ key, version, updatedByName: 'Meg', updatedAt: '2024-11-20T11:04:00.000Z', changeCursor });
const run = (state: FieldsState, ...actions: FieldsAction[]) => actions.reduce(reduceFields, state);

const start = () => initialFields({ fields: { 's1.tema': ada('Tema', 2) }, changeCursor: 10 });

describe('dirty tracking', () => {
  it('loads the saved fields with their versions as bases', () => {
    const s = start();
    expect(s.cursor).toBe(10);
    expect(s.fields['s1.tema']).toMatchObject({ value: 'Tema', baseVersion: 2 });
    expect(isDirty(s.fields['s1.tema'])).toBe(false);
    expect(valuesOf(s)).toEqual({ 's1.tema': 'Tema' });
  });

  it('an edit makes a field dirty until the save of that edit is confirmed', () => {
    let s = run(start(), { type: 'edit', key: 's1.tema', value: 'Nytt' });
    expect(needsSave(s.fields['s1.tema'])).toBe(true);
    s = run(s, { type: 'saveStart', key: 's1.tema' });
    expect(needsSave(s.fields['s1.tema'])).toBe(false); // on its way
    expect(hasUnsaved(s)).toBe(true);
    s = run(s, { type: 'saveOk', key: 's1.tema', result: saved('s1.tema', 3) });
    expect(s.fields['s1.tema']).toMatchObject({ value: 'Nytt', baseVersion: 3, inFlight: null });
    expect(isDirty(s.fields['s1.tema'])).toBe(false);
    expect(s.lastSavedAt).toBe('2024-11-20T11:04:00.000Z');
    expect(s.cursor).toBe(10); // the cursor moves by polling only
    expect(hasUnsaved(s)).toBe(false);
  });

  it('an edit typed while the save is on its way stays dirty and is saved next, on the new base', () => {
    const s = run(
      start(),
      { type: 'edit', key: 's1.tema', value: 'Ny' },
      { type: 'saveStart', key: 's1.tema' },
      { type: 'edit', key: 's1.tema', value: 'Nytt tema' },
      { type: 'saveOk', key: 's1.tema', result: saved('s1.tema', 3) },
    );
    const e = s.fields['s1.tema']!;
    expect(e.value).toBe('Nytt tema');
    expect(e.baseVersion).toBe(3);
    expect(e.server?.value).toBe('Ny');
    expect(needsSave(e)).toBe(true);
  });

  it('a field never saved starts at version 0', () => {
    const s = run(start(), { type: 'edit', key: 's1.begrunnelse', value: 'Fordi' });
    expect(s.fields['s1.begrunnelse']).toMatchObject({ baseVersion: 0, value: 'Fordi' });
  });

  it('a refused value (400) is not retried until it is edited; a network failure is', () => {
    let s = run(start(), { type: 'edit', key: 's1.tema', value: 'x' }, { type: 'saveStart', key: 's1.tema' }, { type: 'saveFailed', key: 's1.tema', message: 'For lang', retry: false });
    expect(needsSave(s.fields['s1.tema'])).toBe(false);
    expect(isDirty(s.fields['s1.tema'])).toBe(true);
    s = run(s, { type: 'edit', key: 's1.tema', value: 'y' });
    expect(s.fields['s1.tema']!.error).toBeNull();
    expect(needsSave(s.fields['s1.tema'])).toBe(true);
    s = run(s, { type: 'saveStart', key: 's1.tema' }, { type: 'saveFailed', key: 's1.tema', message: null, retry: true });
    expect(needsSave(s.fields['s1.tema'])).toBe(true);
  });
});

describe('merging remote changes', () => {
  it('applies a newer save to a field without local changes and moves the cursor', () => {
    const s = run(start(), { type: 'remote', changes: { changeCursor: 12, changes: [{ key: 's1.tema', ...ada('Deres', 3) }] } });
    expect(s.fields['s1.tema']).toMatchObject({ value: 'Deres', baseVersion: 3 });
    expect(s.cursor).toBe(12);
  });

  it('ignores our own save coming back and older versions', () => {
    const s0 = run(start(), { type: 'edit', key: 's1.tema', value: 'Mitt' }, { type: 'saveStart', key: 's1.tema' }, { type: 'saveOk', key: 's1.tema', result: saved('s1.tema', 3) });
    const s = run(s0, { type: 'remote', changes: { changeCursor: 13, changes: [{ key: 's1.tema', ...ada('Mitt', 3) }, { key: 's1.tema', ...ada('Gammelt', 1) }] } });
    expect(s.fields['s1.tema']).toBe(s0.fields['s1.tema']);
  });

  it('keeps a local unsaved edit when someone else saves the same field', () => {
    const s = run(start(), { type: 'edit', key: 's1.tema', value: 'Mitt' }, { type: 'remote', changes: { changeCursor: 12, changes: [{ key: 's1.tema', ...ada('Deres', 3) }] } });
    const e = s.fields['s1.tema']!;
    expect(e.value).toBe('Mitt');
    expect(e.baseVersion).toBe(2); // the save will meet the conflict
    expect(needsSave(e)).toBe(true);
  });

  it('adds fields others saved for the first time', () => {
    const s = run(start(), { type: 'remote', changes: { changeCursor: 11, changes: [{ key: 's2.ppt', ...ada('PPT', 1) }] } });
    expect(valuesOf(s)).toEqual({ 's1.tema': 'Tema', 's2.ppt': 'PPT' });
  });

  it('a remote save that arrives while ours is on its way and is newer than ours is shown once ours is through', () => {
    const s = run(
      start(),
      { type: 'edit', key: 's1.tema', value: 'Mitt' },
      { type: 'saveStart', key: 's1.tema' },
      { type: 'remote', changes: { changeCursor: 14, changes: [{ key: 's1.tema', ...ada('Deres etter mitt', 4) }] } },
      { type: 'saveOk', key: 's1.tema', result: saved('s1.tema', 3) },
    );
    expect(s.fields['s1.tema']).toMatchObject({ value: 'Deres etter mitt', baseVersion: 4, pendingRemote: null });
    expect(isDirty(s.fields['s1.tema'])).toBe(false);
  });

  it('a load after navigating merges like a poll: local edits survive it', () => {
    const s = run(start(), { type: 'edit', key: 's1.tema', value: 'Mitt' }, { type: 'load', fields: { 's1.tema': ada('Tema', 2), 's2.ppt': ada('PPT', 1) }, cursor: 11 });
    expect(valuesOf(s)).toEqual({ 's1.tema': 'Mitt', 's2.ppt': 'PPT' });
    expect(s.cursor).toBe(11);
  });
});

describe('conflicts', () => {
  const conflicted = () =>
    run(start(), { type: 'edit', key: 's1.tema', value: 'Mitt' }, { type: 'saveStart', key: 's1.tema' }, { type: 'saveConflict', key: 's1.tema', theirs: ada('Deres', 3) });

  it('a 409 keeps my value and shows theirs; nothing is saved until I choose', () => {
    const e = conflicted().fields['s1.tema']!;
    expect(e.value).toBe('Mitt');
    expect(e.conflict?.value).toBe('Deres');
    expect(needsSave(e)).toBe(false);
    expect(hasUnsaved(conflicted())).toBe(true);
  });

  it('"Behold min" saves mine on their version', () => {
    const s = run(conflicted(), { type: 'keepMine', key: 's1.tema' });
    const e = s.fields['s1.tema']!;
    expect(e).toMatchObject({ value: 'Mitt', baseVersion: 3, conflict: null });
    expect(needsSave(e)).toBe(true);
  });

  it('"Bruk deres" takes their value and version and leaves nothing to save', () => {
    const s = run(conflicted(), { type: 'takeTheirs', key: 's1.tema' });
    const e = s.fields['s1.tema']!;
    expect(e).toMatchObject({ value: 'Deres', baseVersion: 3, conflict: null });
    expect(isDirty(e)).toBe(false);
    expect(hasUnsaved(s)).toBe(false);
  });

  it('I can keep typing during a conflict, and "Behold min" keeps what I typed', () => {
    const s = run(conflicted(), { type: 'edit', key: 's1.tema', value: 'Mitt, rettet' }, { type: 'keepMine', key: 's1.tema' });
    expect(s.fields['s1.tema']).toMatchObject({ value: 'Mitt, rettet', baseVersion: 3 });
  });

  it('a newer remote save during a conflict becomes "theirs", so I choose against the latest', () => {
    const s = run(conflicted(), { type: 'remote', changes: { changeCursor: 15, changes: [{ key: 's1.tema', ...ada('Deres igjen', 4) }] } });
    expect(s.fields['s1.tema']!.conflict).toMatchObject({ value: 'Deres igjen', version: 4 });
    expect(run(s, { type: 'keepMine', key: 's1.tema' }).fields['s1.tema']!.baseVersion).toBe(4);
  });

  it('a conflict without their state (the field is gone) is resolved against version 0', () => {
    const s = run(start(), { type: 'edit', key: 's1.tema', value: 'Mitt' }, { type: 'saveConflict', key: 's1.tema', theirs: null }, { type: 'keepMine', key: 's1.tema' });
    expect(s.fields['s1.tema']!.baseVersion).toBe(0);
  });
});
