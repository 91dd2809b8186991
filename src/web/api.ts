// The one way the UI talks to the server: same-origin fetch with the session cookie, the CSRF token on every
// mutation, and a typed ApiError carrying the server's Norwegian message and its field errors.

export type FieldError = { field: string; message: string };

type ErrorBody = { error?: { code?: string; message?: string; fieldErrors?: FieldError[]; details?: unknown; id?: string } };

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** The server's message, safe to show; null when the server could not be reached or said nothing useful. */
  readonly userMessage: string | null;
  readonly fieldErrors: FieldError[];
  readonly errorId: string | undefined;
  /** The server's structured details (e.g. both values of a co-editing conflict). */
  readonly details: unknown;

  constructor(status: number, code: string, userMessage: string | null, fieldErrors: FieldError[] = [], errorId?: string, details?: unknown) {
    super(userMessage ?? code);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.userMessage = userMessage;
    this.fieldErrors = fieldErrors;
    this.errorId = errorId;
    this.details = details;
  }
}

let csrfToken: string | null = null;
let language = 'nb';
const unauthenticatedListeners = new Set<() => void>();

/** Set from GET /api/session (and after login); sent as x-csrf-token on POST/PUT/DELETE. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** The UI language, sent as Accept-Language so the server's messages (refusals, field errors) come in it. */
export function setRequestLanguage(code: string) {
  language = code;
}

/** Called when the server answers 401: the session has ended, so the UI can send the user to log in. */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

async function parseError(response: Response): Promise<ApiError> {
  let body: ErrorBody | null = null;
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    body = null; // not JSON (a proxy's error page): fall back to a generic message in the UI
  }
  const e = body?.error;
  return new ApiError(response.status, e?.code ?? `HTTP_${response.status}`, e?.message ?? null, e?.fieldErrors ?? [], e?.id, e?.details);
}

export async function request<T>(method: Method, path: string, body?: unknown, init?: { signal?: AbortSignal }): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': language };
  // A FormData body (file upload) sets its own multipart content type with the boundary.
  const isForm = typeof FormData !== 'undefined' && body instanceof FormData;
  if (body !== undefined && !isForm) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : isForm ? (body as FormData) : JSON.stringify(body),
      signal: init?.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK', null);
  }
  if (!response.ok) {
    const error = await parseError(response);
    if (response.status === 401) unauthenticatedListeners.forEach((l) => l());
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, init?: { signal?: AbortSignal }) => request<T>('GET', path, undefined, init),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
  /** Multipart POST (file upload), with the CSRF header like every mutation. */
  upload: <T>(path: string, form: FormData) => request<T>('POST', path, form),
};

/** A path with a query string; empty and undefined values are left out. */
export function withQuery(path: string, params: Record<string, string | number | undefined | null>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
