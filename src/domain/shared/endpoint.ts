// One HTTP endpoint of the API as data (ADR 017): method, path, what it takes and what it answers, as zod schemas
// shared by the server (which sends every answer through `response`, strictly), the browser's typed clients and the
// OpenAPI document. Each module declares its endpoints in src/domain/<module>/contract.ts.
import { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export type Endpoint = {
  method: HttpMethod;
  /** As Fastify registers it: '/api/regions/:id'. */
  path: string;
  /** One line for the OpenAPI document (Norwegian, like the API's messages). */
  summary: string;
  /** Who may call it, in words (the access matrix proves it). */
  access: string;
  params?: z.ZodType;
  query?: z.ZodType;
  /** What the use case parses (the server parses the body once, in the use case: it is also called by the CLI). */
  body?: z.ZodType;
  /** The JSON answer, strict at every level: a key the schema does not name is an error, not a leak. Null when the
   * answer is not JSON (a file, a redirect); `produces` names its type then. */
  response: z.ZodType | null;
  /** 201 for creations, 204 for an answer without content; 200 otherwise. */
  status?: 200 | 201 | 204;
  produces?: string;
};

/** Declares an endpoint, keeping its exact type (so clients know its schemas). */
export const endpoint = <const E extends Endpoint>(e: E): E => e;

/** A module's endpoints by name. */
export type Contract = Record<string, Endpoint>;

type SchemaOut<S> = S extends z.ZodType ? z.output<S> : undefined;
type SchemaIn<S> = S extends z.ZodType ? z.input<S> : undefined;

export type ResponseOf<E extends Endpoint> = SchemaOut<E['response']>;
export type ParamsOf<E extends Endpoint> = SchemaOut<E['params']>;
export type QueryOf<E extends Endpoint> = SchemaIn<E['query']>;
export type BodyOf<E extends Endpoint> = SchemaIn<E['body']>;

/** What a caller gives: the path's params, the query and the body, each only when the endpoint has them. */
export type ArgsOf<E extends Endpoint> = (E['params'] extends z.ZodType ? { params: ParamsOf<E> } : { params?: undefined }) &
  (E['query'] extends z.ZodType ? { query?: Partial<QueryOf<E>> } : { query?: undefined }) &
  (E['body'] extends z.ZodType ? { body: BodyOf<E> } : { body?: undefined });

/** The path with its params filled in and encoded: fillPath('/api/regions/:id', { id: 'a b' }) → '/api/regions/a%20b'.
 * A param may sit inside a segment ('export.:format'). */
export function fillPath(path: string, params: Record<string, string> | undefined): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`Mangler parameter ${name} for ${path}`);
    return encodeURIComponent(value);
  });
}

/** The query string of the non-empty values ('' when none), in the order given. */
export function queryString(query: Record<string, unknown> | undefined): string {
  const pairs = Object.entries(query ?? {}).filter(([, v]) => v !== undefined && v !== null && v !== '');
  if (pairs.length === 0) return '';
  return '?' + new URLSearchParams(pairs.map(([k, v]) => [k, String(v)])).toString();
}

/** The URL a caller requests. */
export function urlOf<E extends Endpoint>(e: E, args: ArgsOf<E>): string {
  return fillPath(e.path, args.params as Record<string, string> | undefined) + queryString(args.query as Record<string, unknown> | undefined);
}

// Shapes most contracts use.

/** A timestamp as the API sends it (ISO 8601, UTC). */
export const zInstant = z.string();
/** `{ id }` in the path. */
export const ZIdParams = z.strictObject({ id: z.string() });
