import { describe, expect, it } from 'vitest';
import { roundFileName } from './case-file-path.ts';

describe('round export file names (issue 12, point 10)', () => {
  it('export file names keep "–" and get no double space', () => {
    expect(roundFileName('Behovsmeldinger 2024 – Troms og Finnmark', 'xlsx')).toBe('Behovsmeldinger 2024 – Troms og Finnmark.xlsx');
    expect(roundFileName('Behovsmeldinger 2024 – Troms og Finnmark', 'zip', 'saksmappe')).toBe('Behovsmeldinger 2024 – Troms og Finnmark – saksmappe.zip');
  });

  it('a title is still made safe to unpack: no separators or reserved characters', () => {
    expect(roundFileName('Runde 1/2: «Ny»?', 'xlsx')).toBe('Runde 1_2_ «Ny»_.xlsx');
    expect(roundFileName('  ', 'xlsx')).toBe('utlysning.xlsx');
  });
});
