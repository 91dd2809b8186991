// Integer answers (counts, kroner) as real printouts hold them: "275000", "kr 15.000", "15 000,-", "NOK 1 676 314".
// Thousands may be grouped by space, no-break space or dot; a decimal part of zero öre is dropped. Anything else is
// not read as a number (the caller keeps the text and reports it).

export function parseWholeNumber(text: string): number | null {
  let s = text.trim().toLowerCase();
  s = s.replace(/^(kr\.?|nok)\s*/, '').replace(/\s*(kr\.?|nok)$/, '');
  s = s.replace(/\s*,-$/, '').replace(/[,.]00?$/, '');
  s = s.replace(/[\s\u00a0\u202f]/g, '');
  if (/^\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
  if (!/^\d+$/.test(s)) return null;
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : null;
}
