// The one error type use cases throw. `userMessage` is Norwegian and safe to show; `message` is for logs. Given as
// message tokens (msg(), ADR 019), the texts are kept as given in `localizable`, for the server to render in the
// reader's language; `userMessage` and `fieldErrors` are their Bokmål. Rendering them needs the server's catalogs: the
// browser loads this file with the domain's rules but never constructs an AppError, so its bundle drops the catalogs
// (message-catalogs.ts is side-effect free; scripts/server-only-modules.ts fails the build if one stays).
import { renderNb } from './message-catalogs.ts';
import { msg } from './message-keys.ts';
// The status map is typed Record<AppErrorCode, number>, so a new code without a status does not compile.

export type AppErrorCode =
  | 'VALIDATION'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'CSRF'
  | 'DATABASE_BUSY'
  | 'UNAVAILABLE';

export const APP_ERROR_STATUS: Record<AppErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  CSRF: 403,
  DATABASE_BUSY: 503,
  UNAVAILABLE: 503,
};

export type FieldError = { field: string; message: string };

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly userMessage: string;
  readonly fieldErrors: FieldError[];
  /** Structured facts the UI needs to act (e.g. both values of a co-editing conflict); JSON-safe. */
  readonly details: unknown;
  /** The message and field errors as given: tokens rendered per language by the server's error answer. */
  readonly localizable: { userMessage: string; fieldErrors: FieldError[] };

  constructor(
    code: AppErrorCode,
    userMessage: string,
    options?: { message?: string; fieldErrors?: FieldError[]; details?: unknown; cause?: unknown },
  ) {
    super(options?.message ?? renderNb(userMessage), { cause: options?.cause });
    this.name = 'AppError';
    this.code = code;
    this.userMessage = renderNb(userMessage);
    this.fieldErrors = (options?.fieldErrors ?? []).map((e) => ({ field: e.field, message: renderNb(e.message) }));
    this.localizable = { userMessage, fieldErrors: options?.fieldErrors ?? [] };
    this.details = options?.details;
  }

  get status(): number {
    return APP_ERROR_STATUS[this.code];
  }

  static notFound(what = msg('shared.notFound')): AppError {
    return new AppError('NOT_FOUND', what);
  }

  static forbidden(): AppError {
    return new AppError('FORBIDDEN', msg('shared.forbidden'));
  }
}
