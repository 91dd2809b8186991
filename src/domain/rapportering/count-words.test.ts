import { describe, expect, it } from 'vitest';
import { closingLine, countInWords, othersPhrase, parseCountInWords, parseOthersPhrase } from './count-words.ts';

describe('the closing line count in Norwegian words', () => {
  it('renders the forms the printout uses', () => {
    expect(othersPhrase(1)).toBe('Én annen instans');
    expect(othersPhrase(2)).toBe('To andre instanser');
    expect([3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(countInWords))
      .toEqual(['tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti', 'elleve', 'tolv']);
    expect([13, 19, 20, 21, 27, 40, 88, 99].map(countInWords))
      .toEqual(['tretten', 'nitten', 'tjue', 'tjueen', 'tjuesju', 'førti', 'åttiåtte', 'nittini']);
    expect([100, 101, 121, 250, 999].map(countInWords))
      .toEqual(['hundre', 'hundre og én', 'hundre og tjueen', 'to hundre og femti', 'ni hundre og nittini']);
    expect(othersPhrase(21)).toBe('Tjueen andre instanser');
    expect(closingLine(5)).toBe('Fem andre instanser som har svart på dette skjema-seksjonen har ikke svart på dette spørsmålet.');
  });

  it('refuses counts it has no words for', () => {
    expect(() => countInWords(0)).toThrow(RangeError);
    expect(() => countInWords(1000)).toThrow(RangeError);
    expect(() => countInWords(2.5)).toThrow(RangeError);
  });

  it('reads back every count from 1 to 999, as rendered and capitalised', () => {
    const misread: string[] = [];
    for (let n = 1; n <= 999; n++) {
      if (parseCountInWords(countInWords(n)) !== n) misread.push(countInWords(n));
      if (parseOthersPhrase(closingLine(n)) !== n) misread.push(closingLine(n));
    }
    expect(misread).toEqual([]);
  });

  it.each([
    ['Syv', 7], ['syv', 7], ['SJU', 7], ['Enogtjue', 21], ['enogtyve', 21], ['Toogtjue', 22], ['syvogtretti', 37],
    ['Tyve', 20], ['tredve', 30], ['En', 1], ['ÉN', 1], ['én', 1], ['Ett hundre', 100], ['ethundre', 100],
    ['hundreogén', 101], ['Tohundreogfemti', 250], ['to hundre og femti', 250], ['Ni hundre og nittini', 999],
    ['syv hundre og syvogtyve', 727], ['Tjue-en', 21], ['3', 3], ['1000', 1000], ['1\u00a0234', 1234], ['12 345', 12345],
    ['1\u202f000\u202f000', 1_000_000],
  ])('reads %s as %i', (text, n) => {
    expect(parseCountInWords(text)).toBe(n);
  });

  it.each(['', 'Mange', 'null', '0', '000', '1 2', '12 34', '1 2345', '1.234', 'hundre og hundre', 'tjueti', 'ti hundre', 'Flere'])('reads %j as no count', (text) => {
    expect(parseCountInWords(text)).toBeNull();
  });

  it('reads the phrase at the start of a line, in any case', () => {
    expect(parseOthersPhrase('Én annen instans som har svart på dette skjema-seksjonen har ikke svart på dette')).toBe(1);
    expect(parseOthersPhrase('SYV ANDRE INSTANSER som har svart')).toBe(7);
    expect(parseOthersPhrase('Enogtjue andre instanser som har svart')).toBe(21);
    expect(parseOthersPhrase('Alle instansene som har sendt inn uttalelse har merknader.')).toBeNull();
  });

  it('gives 1 000 and more in digits, grouped by a no-break space, and reads them back', () => {
    expect(othersPhrase(999)).toBe('Ni hundre og nittini andre instanser');
    expect(othersPhrase(1000)).toBe('1\u00a0000 andre instanser');
    expect(closingLine(1234)).toBe('1\u00a0234 andre instanser som har svart på dette skjema-seksjonen har ikke svart på dette spørsmålet.');
    expect(othersPhrase(4999)).toBe('4\u00a0999 andre instanser');
    expect(othersPhrase(1_234_567)).toBe('1\u00a0234\u00a0567 andre instanser');
    for (const n of [1000, 1001, 1234, 4999, 5000, 12_345, 1_234_567]) expect(parseOthersPhrase(closingLine(n))).toBe(n);
    // As an extraction may give it: the no-break space turned into a plain one.
    expect(parseOthersPhrase('1 234 andre instanser som har svart')).toBe(1234);
  });
});
