import { describe, expect, it } from 'vitest';
import { formatAmount, formatKr, formatKrSuffix, formatNumber, parseKroner, roundKroner, zKroner, zOptionalKroner } from './money.ts';
import { renderIn, renderNb } from './message-catalogs.ts';

const NB = '\u00a0';

describe('roundKroner', () => {
  it('rounds to the nearest krone, halves up', () => {
    expect(roundKroner(24_294.4)).toBe(24_294);
    expect(roundKroner(24_294.5)).toBe(24_295);
    expect(roundKroner(24_294.49)).toBe(24_294);
    expect(roundKroner(279_385.6)).toBe(279_386);
    expect(roundKroner(0.5)).toBe(1);
    expect(roundKroner(2.5)).toBe(3); // not banker's rounding
    expect(roundKroner(1_676_314)).toBe(1_676_314);
  });
  it('rounds negative values half away from zero, so rounding commutes with negation', () => {
    expect(roundKroner(-24_294.5)).toBe(-24_295);
    expect(roundKroner(-24_294.4)).toBe(-24_294);
    expect(roundKroner(-0.5)).toBe(-1);
    expect(roundKroner(-2.5)).toBe(-3);
    expect(Object.is(roundKroner(-0.4), 0)).toBe(true); // never −0
  });
  it('takes a value as it is written, not as its binary approximation', () => {
    // 1.15 * 10 is 11.499999999999998 in floating point; written 11.5 it is a half and rounds up.
    expect(roundKroner(11.5)).toBe(12);
    expect(roundKroner(0.49999999999999994)).toBe(0);
  });
});

describe('formatting', () => {
  it('writes kr 1 676 314 with a no-break space (U+00A0) between thousands', () => {
    expect(formatKr(1_676_314)).toBe(`kr${NB}1${NB}676${NB}314`);
    expect(formatAmount(145_767)).toBe(`145${NB}767`);
    expect(formatKrSuffix(145_767)).toBe(`145${NB}767${NB}kr`);
    expect(formatAmount(999)).toBe('999');
    expect(formatAmount(1000)).toBe(`1${NB}000`);
    expect(formatAmount(0)).toBe('0');
  });
  it('writes negative amounts with the minus sign U+2212', () => {
    expect(formatKr(-1234)).toBe(`kr${NB}\u22121${NB}234`);
  });
  it('writes factors and percentages with a decimal comma', () => {
    expect(formatNumber(0.92)).toBe('0,92');
    expect(formatNumber(24_294.4)).toBe(`24${NB}294,4`);
  });
});

describe('parseKroner and zKroner', () => {
  it('reads amounts as they are written in the forms', () => {
    expect(parseKroner('1 676 314,-')).toBe(1_676_314);
    expect(parseKroner('279 386 -')).toBe(279_386);
    expect(parseKroner('kr 145 767')).toBe(145_767);
    expect(parseKroner(`145${NB}767`)).toBe(145_767);
    expect(parseKroner('2440')).toBe(2440);
    expect(parseKroner('24 294,00')).toBe(24_294);
    expect(parseKroner('24 294,40')).toBeNull();
    expect(parseKroner('mye')).toBeNull();
  });
  it('refuses what is not whole kroner, with Norwegian messages', () => {
    const schema = zKroner('Enhetspris');
    expect(schema.parse('610,-')).toBe(610);
    const said = (v: unknown, language = 'nb') => renderIn(language, schema.safeParse(v).error?.issues[0]?.message ?? '');
    expect(said(610.5)).toBe('Enhetspris må være et beløp i hele kroner');
    expect(said('24 294,40')).toBe('Enhetspris må være et beløp i hele kroner');
    expect(said(-1)).toBe('Enhetspris kan ikke være negativt');
    expect(said(undefined)).toBe('Enhetspris må fylles ut');
    expect(said('')).toBe('Enhetspris må fylles ut');
    expect(said(-1, 'nn')).toBe('Enhetspris kan ikkje vere negativt');
    expect(said(10 ** 13, 'en')).toBe('Enhetspris is too large');
    expect(renderNb(schema.safeParse(10 ** 13).error?.issues[0]?.message ?? '')).toBe('Enhetspris er for stort');
  });
  it('treats an empty optional amount as not given', () => {
    const schema = zOptionalKroner('Oppgitt sum');
    expect(schema.parse('')).toBeNull();
    expect(schema.parse('  ')).toBeNull();
    expect(schema.parse(null)).toBeNull();
    expect(schema.parse(undefined)).toBeNull();
    expect(schema.parse('516 060')).toBe(516_060);
  });
});
