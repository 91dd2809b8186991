import { describe, expect, it } from 'vitest';
import { blankActivity, newPartId } from './draft-types.ts';
import { areasOf, budgetTableOf, grantUseOf, move, partsOf, removeAt, replaceAt, rowsOf, textOf, textValue } from './field-values.ts';

describe('reading saved values', () => {
  it('reads texts and turns an emptied input into null', () => {
    expect(textOf('a')).toBe('a');
    expect(textOf(null)).toBe('');
    expect(textValue('')).toBeNull();
    expect(textValue(' x ')).toBe(' x ');
  });

  it('reads rows with every column', () => {
    expect(rowsOf([{ uke: '33' }, 'junk'], blankActivity)).toEqual([
      { uke: '33', aktivitet: null, hvem: null },
      { uke: null, aktivitet: null, hvem: null },
    ]);
    expect(rowsOf(null, blankActivity)).toEqual([]);
  });

  it('keeps known areas only, in the catalogue order', () => {
    expect(areasOf(['ledelse', 'x', 'inkludering'])).toEqual(['inkludering', 'ledelse']);
  });

  it('reads parts, dropping rows without an id', () => {
    expect(partsOf([{ id: 'evenes', name: 'Evenes' }, { name: 'uten id' }])).toEqual([{ id: 'evenes', name: 'Evenes', otherOfficeId: null, budgetYear: null }]);
  });

  it('fills section 6 and a budget table with their blanks', () => {
    expect(grantUseOf(null).years).toEqual([]);
    expect(grantUseOf({ heldOverOwnerKr: 5, coordinatorJustification: { owner: 'fordi' } })).toMatchObject({
      heldOverOwnerKr: 5,
      heldOverUhKr: null,
      coordinatorJustification: { owner: 'fordi', uh: null },
    });
    expect(budgetTableOf(null)).toBeNull();
    expect(budgetTableOf({ lines: 'x' })).toEqual({ title: null, statedTotal: null, lines: [] });
  });

  it('edits lists without changing the original', () => {
    const list = ['a', 'b', 'c'];
    expect(replaceAt(list, 1, 'B')).toEqual(['a', 'B', 'c']);
    expect(removeAt(list, 0)).toEqual(['b', 'c']);
    expect(move(list, 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(list, 0, -1)).toEqual(['a', 'b', 'c']);
    expect(list).toEqual(['a', 'b', 'c']);
  });

  it('makes part ids that fit the key pattern and are not taken', () => {
    const values = [0, 0, 0.5];
    const id = newPartId(['del-000000'], () => values.shift() ?? 0.5);
    expect(id).toMatch(/^del-[a-z0-9]{6}$/);
    expect(id).not.toBe('del-000000');
  });
});
