// MOD11 check digits as used by Brønnøysundregistrene (organisasjonsnummer) and by Norwegian bank account numbers.

/** Check digit for `digits` with the given weights, or null when the number cannot have a valid one (remainder 1). */
export function mod11CheckDigit(digits: string, weights: readonly number[]): number | null {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * (weights[i] ?? 0);
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return null;
  return 11 - remainder;
}

const ORGNR_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;
const KONTONR_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

export function isValidOrgnr(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  return mod11CheckDigit(value, ORGNR_WEIGHTS) === Number(value[8]);
}

export function isValidKontonr(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  return mod11CheckDigit(value, KONTONR_WEIGHTS) === Number(value[10]);
}
