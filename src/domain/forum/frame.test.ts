// The frame's schema and its deletion rule (issue 13, point 4): each message says what is wrong with what was typed.
import { describe, expect, it } from 'vitest';
import { renderNb } from '../shared/message-catalogs.ts';
import { frameDeleteBlocker, ZFrameInput, zFrameYear } from './frame.ts';

const valid = { amountKr: 14_500_000, confirmed: true, source: 'Tildelingsbrev 2026, pkt. 3' };

function messagesAt(body: Record<string, unknown>, path: string): string[] {
  const parsed = ZFrameInput.safeParse(body);
  expect(parsed.success).toBe(false);
  return (parsed.error?.issues ?? []).filter((i) => i.path.join('.') === path).map((i) => renderNb(i.message));
}

describe('the frame input', () => {
  it('accepts whole kroner as typed, and a new frame without a version', () => {
    expect(ZFrameInput.parse({ ...valid, amountKr: 'kr 14 500 000', source: ' ' })).toEqual({ amountKr: 14_500_000, confirmed: true, source: null, expectedVersion: null });
    expect(ZFrameInput.parse({ ...valid, expectedVersion: 3 }).expectedVersion).toBe(3);
  });

  it('the frame form says a 20-digit amount is too large, not that it is no amount in whole kroner', () => {
    const [message] = messagesAt({ ...valid, amountKr: '12345678901234567890' }, 'amountKr');
    expect(message).toMatch(/for stort/);
    expect(message).not.toMatch(/hele kroner/);
  });

  it('refuses a negative frame and one in øre, in Norwegian', () => {
    expect(messagesAt({ ...valid, amountKr: -1 }, 'amountKr')).toEqual(['Rammebeløpet kan ikke være negativt']);
    expect(messagesAt({ ...valid, amountKr: 100.5 }, 'amountKr')).toEqual(['Rammebeløpet må være et beløp i hele kroner']);
    expect(messagesAt({ ...valid, amountKr: '12,5 mill' }, 'amountKr')).toEqual(['Rammebeløpet må være et beløp i hele kroner']);
  });

  it('asks whether the frame is confirmed or an estimate', () => {
    expect(messagesAt({ ...valid, confirmed: undefined }, 'confirmed')).toEqual(['Velg om rammen er bekreftet i tildelingsbrevet eller et anslag']);
  });
});

describe('the frame year', () => {
  it('takes a year from the path, and refuses one outside 2000–2100 or not a year', () => {
    expect(zFrameYear.parse('2027')).toBe(2027);
    for (const bad of ['1999', '2101', 'tjuesju', '2027.5', 2027.5, '']) {
      const parsed = zFrameYear.safeParse(bad);
      expect(parsed.success, String(bad)).toBe(false);
      expect(renderNb(parsed.error!.issues[0]!.message)).toBe('Året må være et årstall mellom 2000 og 2100');
    }
  });
});

describe('frameDeleteBlocker', () => {
  const unused = { confirmed: false, roundTitle: null, reservationCount: 0 };
  it('lets only an estimate nothing rests on be deleted', () => {
    expect(frameDeleteBlocker(unused)).toBeNull();
    expect(renderNb(frameDeleteBlocker({ ...unused, confirmed: true })!)).toMatch(/bekreftet ramme kan ikke slettes/);
    expect(renderNb(frameDeleteBlocker({ ...unused, roundTitle: 'Behovsmeldinger 2027' })!)).toBe('Rammen hører til utlysningen «Behovsmeldinger 2027» og kan ikke slettes');
    expect(renderNb(frameDeleteBlocker({ ...unused, reservationCount: 2 })!)).toMatch(/reservasjoner/);
  });
});
