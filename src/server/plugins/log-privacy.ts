// What the server's log may hold: ids, routes, status codes and where in the code an error came from — never
// request URLs (query strings carry search terms), headers, bodies or error messages. Messages are left out on
// purpose: SMTP errors name the rejected address, OIDC errors the identity, database errors the row's values and a
// JSON SyntaxError quotes its input. The error id the user is shown, the error's name, code and stack frames are
// enough to find the cause (issue 8, finding 8).
import type { FastifyServerOptions } from 'fastify';

type LoggerOptions = Exclude<NonNullable<FastifyServerOptions['logger']>, boolean>;
/** Where log lines go: stdout by default; tests pass an object that collects them. */
export type LogStream = { write: (line: string) => void };

type RequestLike = { method?: string; id?: string; routeOptions?: { url?: string | undefined } };
type ErrorLike = { name?: unknown; code?: unknown; stack?: unknown; cause?: unknown };

export type SafeError = { type: string; code?: string; stack?: string; cause?: SafeError };

/** Name, code and stack frames of an error (and of its causes), without the message or any other property. */
export function safeError(value: unknown, depth = 0): SafeError {
  if (typeof value !== 'object' || value === null) return { type: typeof value };
  const e = value as ErrorLike;
  const safe: SafeError = { type: typeof e.name === 'string' ? e.name : 'Error' };
  if (typeof e.code === 'string' || typeof e.code === 'number') safe.code = String(e.code);
  // The stack's first lines are "Name: message" (possibly several lines long); only the frames say where.
  if (typeof e.stack === 'string') safe.stack = e.stack.split('\n').filter((line) => /^\s+at /.test(line)).join('\n');
  if (e.cause !== undefined && depth < 3) safe.cause = safeError(e.cause, depth + 1);
  return safe;
}

export const logSerializers = {
  err: (error: unknown) => safeError(error),
  req: (req: RequestLike) => ({ method: req.method, route: req.routeOptions?.url, id: req.id }),
  res: (reply: { statusCode?: number }) => ({ statusCode: reply.statusCode }),
};

/** pino takes an error's message as the log line's text when none is given; give the error's name instead. */
function logMethod(this: unknown, args: unknown[], method: (...a: unknown[]) => void) {
  const [first] = args;
  if (args.length === 1 && first instanceof Error) return method.apply(this, [{ err: first }, first.name]);
  if (args.length === 1 && typeof first === 'object' && first !== null && 'err' in first)
    return method.apply(this, [first, safeError((first as { err: unknown }).err).type]);
  return method.apply(this, args);
}

/** Fastify's `logger` option: the level, these serializers and, for tests, a stream to capture the lines. */
export function loggerOptions(level: string, stream?: LogStream): LoggerOptions {
  // Fastify types an err serializer's output as pino's own, message included; leaving the message out is the point.
  const serializers = logSerializers as unknown as LoggerOptions['serializers'];
  return { level, serializers, hooks: { logMethod: logMethod as NonNullable<LoggerOptions['hooks']>['logMethod'] }, ...(stream ? { stream } : {}) };
}
