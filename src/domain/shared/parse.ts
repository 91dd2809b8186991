// Turns zod failures into one AppError listing every field with its Norwegian message.
import type { z } from 'zod';
import { AppError, type FieldError } from './app-error.ts';
import { msg } from './message-keys.ts';

export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: FieldError[] = result.error.issues.map((issue) => ({
    field: issue.path.join('.') || '_',
    message: issue.message,
  }));
  throw validationError(fieldErrors);
}

/** One VALIDATION error for a list of field errors (also for checks that needed the database). */
export function validationError(fieldErrors: FieldError[]): AppError {
  const first = fieldErrors[0];
  const summary = fieldErrors.length === 1 && first ? first.message : msg('shared.formErrors', { count: fieldErrors.length });
  return new AppError('VALIDATION', summary, { fieldErrors });
}
