import { AppError } from './app-error.ts';

/** The error for an optimistic-concurrency miss: someone saved in between. */
export function staleVersion(what: string): AppError {
  return new AppError('CONFLICT', `Noen andre har endret ${what} etter at du åpnet den. Last siden på nytt og prøv igjen.`);
}
