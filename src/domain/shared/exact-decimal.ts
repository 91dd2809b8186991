// Exact decimal arithmetic for budget figures: factors like 0.92 or 2.5 and percentages like 12.5 are multiplied
// exactly (as written, via BigInt), so that rounding to whole kroner never depends on binary floating point.

/** value = digits / 10^scale */
export type Decimal = { readonly digits: bigint; readonly scale: number };

const NUMBER_RE = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

/** The decimal a JS number is written as (its shortest round-trip form: 0.1 is exactly 1/10, 24294.4 is 242944/10). */
export function decimalOf(value: number): Decimal {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  const match = NUMBER_RE.exec(String(value));
  if (!match) throw new RangeError(`Cannot read number: ${value}`);
  const [, sign = '', whole = '0', fraction = '', exponent = '0'] = match;
  const digits = BigInt(`${sign}${whole}${fraction}`);
  const scale = fraction.length - Number(exponent);
  return scale >= 0 ? { digits, scale } : { digits: digits * 10n ** BigInt(-scale), scale: 0 };
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  return { digits: a.digits * b.digits, scale: a.scale + b.scale };
}

export function product(values: readonly number[]): Decimal {
  return values.reduce<Decimal>((acc, v) => multiply(acc, decimalOf(v)), { digits: 1n, scale: 0 });
}

export function add(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { digits: a.digits * 10n ** BigInt(scale - a.scale) + b.digits * 10n ** BigInt(scale - b.scale), scale };
}

export function sum(values: readonly number[]): Decimal {
  return values.reduce<Decimal>((acc, v) => add(acc, decimalOf(v)), { digits: 0n, scale: 0 });
}

export function divideByPowerOfTen(a: Decimal, power: number): Decimal {
  return { digits: a.digits, scale: a.scale + power };
}

export function equals(a: Decimal, b: Decimal): boolean {
  const d = add(a, { digits: -b.digits, scale: b.scale });
  return d.digits === 0n;
}

/** Nearest integer, halves away from zero (2.5 → 3, −2.5 → −3). */
export function roundHalfAwayFromZero(a: Decimal): bigint {
  if (a.scale === 0) return a.digits;
  const unit = 10n ** BigInt(a.scale);
  const magnitude = a.digits < 0n ? -a.digits : a.digits;
  const quotient = magnitude / unit;
  const rounded = (magnitude % unit) * 2n >= unit ? quotient + 1n : quotient;
  return a.digits < 0n ? -rounded : rounded;
}

/** Number of decimals a value is written with (2.5 → 1, 610 → 0). */
export function decimalPlaces(value: number): number {
  return decimalOf(value).scale;
}
