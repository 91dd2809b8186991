// The round page's pure helpers (issue 14, points 1 and 3): amounts per year with the owner's and the UH's parts, when
// to keep polling the letters, and the small forms' bodies and checks (return message, archive number, report date).
import { describe, expect, it } from 'vitest';
import { msg, renderNb } from '../../../domain/shared/message-catalogs.ts';
import type { RoundLetter } from '../../../domain/tilsagn/letters-contract.ts';
import type { VedtakOut } from '../../../domain/tilsagn/vedtak-contract.ts';
import { amountsPerYear, archiveBody, firstLetterToRecord, formatLocalDate, lettersRendering, reportDueErrors, returnBody, returnErrors } from './round-values.ts';

type Line = VedtakOut['lines'][number];
const line = (year: number, recipient: Line['recipient'], amountKr: number, conditional = false): Line => ({
  year,
  recipient,
  recipientOrgId: `${recipient}-org`,
  recipientName: recipient === 'owner' ? 'Harstad kommune' : 'UiT',
  amountKr,
  conditional,
});

const letter = (vedtakId: string, patch: Partial<RoundLetter> = {}): RoundLetter => ({
  vedtakId,
  applicationId: `app-${vedtakId}`,
  partnershipName: 'Sør-Troms',
  addresseeName: 'Harstad kommune',
  kind: 'tilsagn',
  documentNumber: `2026/12-${vedtakId}`,
  archiveNumber: null,
  issuedAt: '2026-12-07T10:00:00.000Z',
  acceptanceDueLocal: null,
  language: 'nb',
  samiLanguage: null,
  files: [{ language: 'nb', state: 'klar' }],
  allowed: ['read', 'read-letter'],
  ...patch,
});

describe('a decision’s amounts per year', () => {
  it('sums each year, keeps the owner’s and the UH’s parts apart, earliest year first, later years conditional', () => {
    const lines = [line(2028, 'owner', 100_000, true), line(2027, 'owner', 300_000), line(2027, 'uh', 200_000), line(2027, 'uh', 50_000), line(2028, 'uh', 40_000, true)];
    expect(amountsPerYear(lines)).toEqual([
      { year: 2027, totalKr: 550_000, ownerKr: 300_000, uhKr: 250_000, conditional: false },
      { year: 2028, totalKr: 140_000, ownerKr: 100_000, uhKr: 40_000, conditional: true },
    ]);
  });

  it('has no years for an avslag', () => {
    expect(amountsPerYear([])).toEqual([]);
  });
});

describe('the letters being made', () => {
  it('polls while any file (the Sámi copy too) is queued, and stops when all are made or failed', () => {
    expect(lettersRendering([letter('1'), letter('2', { files: [{ language: 'nb', state: 'klar' }, { language: 'se', state: 'venter' }] })])).toBe(true);
    expect(lettersRendering([letter('1'), letter('2', { files: [{ language: 'nn', state: 'feilet' }] })])).toBe(false);
    expect(lettersRendering([])).toBe(false);
  });

  it('offers first the letter that has no journalpost number yet', () => {
    expect(firstLetterToRecord([letter('1', { archiveNumber: '2026/555' }), letter('2')])?.vedtakId).toBe('2');
    expect(firstLetterToRecord([letter('1', { archiveNumber: '2026/555' })])?.vedtakId).toBe('1');
    expect(firstLetterToRecord([])).toBeUndefined();
  });
});

describe('the small forms', () => {
  it('sends the return message trimmed and refuses it empty', () => {
    expect(returnBody('  Rett beløpet til UiT.\n')).toEqual({ message: 'Rett beløpet til UiT.' });
    expect(returnErrors(returnBody('   '), 'Skriv en melding')).toEqual([{ field: 'message', message: 'Skriv en melding' }]);
    expect(returnErrors(returnBody('OK'), 'Skriv en melding')).toEqual([]);
  });

  it('sends the archive number trimmed, and an empty field as null (removing it)', () => {
    expect(archiveBody({ vedtakId: 'v', archiveNumber: ' 2026/555 ' })).toEqual({ archiveNumber: '2026/555' });
    expect(archiveBody({ vedtakId: 'v', archiveNumber: '  ' })).toEqual({ archiveNumber: null });
  });

  it('takes a report deadline only as a real calendar day', () => {
    expect(reportDueErrors('2027-02-29')).toHaveLength(1);
    expect(reportDueErrors('01.03.2027')).toHaveLength(1);
    expect(reportDueErrors('').map((e) => [e.field, renderNb(e.message)])).toEqual([['reportDueLocal', renderNb(msg('tilsagn.batch.reportDueInvalid'))]]);
    expect(reportDueErrors(' 2028-02-29 ')).toEqual([]);
  });

  it('shows a local date as written', () => {
    expect(formatLocalDate('2027-03-01')).toBe('01.03.2027');
    expect(formatLocalDate(null)).toBe('');
  });
});
