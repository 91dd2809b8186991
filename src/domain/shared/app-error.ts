// The one error type use cases throw. `userMessage` is Norwegian and safe to show; `message` is for logs.
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

  constructor(
    code: AppErrorCode,
    userMessage: string,
    options?: { message?: string; fieldErrors?: FieldError[]; details?: unknown; cause?: unknown },
  ) {
    super(options?.message ?? userMessage, { cause: options?.cause });
    this.name = 'AppError';
    this.code = code;
    this.userMessage = userMessage;
    this.fieldErrors = options?.fieldErrors ?? [];
    this.details = options?.details;
  }

  get status(): number {
    return APP_ERROR_STATUS[this.code];
  }

  static notFound(what = 'Fant ikke det du ba om'): AppError {
    return new AppError('NOT_FOUND', what);
  }

  static forbidden(): AppError {
    return new AppError('FORBIDDEN', 'Du har ikke tilgang til dette');
  }
}
