// Turns a unique-constraint violation (SQLSTATE 23505) into a VALIDATION error at a field. Pre-checks can race;
// the constraint is what decides, so its violation must read as well as a pre-check's message.
import { AppError } from '../domain/shared/app-error.ts';

export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

export function uniqueViolation(field: string, message: string) {
  return (error: unknown): never => {
    if (isUniqueViolation(error)) throw new AppError('VALIDATION', message, { fieldErrors: [{ field, message }] });
    throw error;
  };
}
