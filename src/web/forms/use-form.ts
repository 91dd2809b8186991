// The one form pattern: values in state; on submit the same zod schema the server uses checks them (plus any
// pure domain rules), then the server's fieldErrors are mapped to the same fields. Every failed attempt gets a
// new `attempt` number so the error summary is mounted afresh and takes focus.
import { useMessage } from '../i18n/i18n-context.tsx';
import { useCallback, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { ApiError, type FieldError } from '../api.ts';

type Options<V, B, P> = {
  initial: V;
  /** Turns form state into the request body (e.g. text → numbers). Default: the values as they are. */
  toBody?: (values: V) => B;
  /** The shared schema; the body is checked with it before anything is sent. */
  schema?: z.ZodType<P>;
  /** Pure domain rules on the parsed body (e.g. checkPartnershipRules). */
  rules?: (parsed: P) => FieldError[];
  onSubmit: (body: B) => Promise<void>;
  /** Prefix for field names when several forms share a page ("user-1" → "user-1.role"), keeping ids unique. */
  fieldPrefix?: string;
};

/** What the form frame needs of a form, whatever its values. */
export type FormState = {
  errors: FieldError[];
  failure: ApiError | null;
  attempt: number;
  submitting: boolean;
  handleSubmit: (event: FormEvent) => Promise<void>;
};

export function zodFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || '_', message: issue.message }));
}

/** Each (field, message) once: zod and the server can report the same problem twice. */
function unique(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.field}\n${e.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

export function useForm<V, B = V, P = unknown>({ initial, toBody, schema, rules, onSubmit, fieldPrefix }: Options<V, B, P>) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [attempt, setAttempt] = useState(0);
  // The browser's own check runs the domain's schema, whose messages are tokens: said in the UI language here.
  const message = useMessage();

  const set = useCallback(<K extends keyof V>(key: K, value: V[K]) => setValues((v) => ({ ...v, [key]: value })), []);

  const fail = (list: FieldError[]) => {
    const said = list.map((e) => ({ field: fieldPrefix ? `${fieldPrefix}.${e.field}` : e.field, message: message(e.message) }));
    setErrors(unique(said));
    setAttempt((n) => n + 1);
  };

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (submitting) return;
    setFailure(null);
    const body = toBody ? toBody(values) : (values as unknown as B);
    if (schema) {
      const parsed = schema.safeParse(body);
      if (!parsed.success) {
        // Show the domain rules' complaints too (e.g. "at least one owner"), so the user sees every problem at
        // once rather than a second batch after fixing the first; a field the schema already flags keeps its message.
        const basic = zodFieldErrors(parsed.error);
        const flagged = new Set(basic.map((e) => e.field));
        return fail([...basic, ...rulesOnRaw(body).filter((e) => !flagged.has(e.field))]);
      }
      const broken = rules ? rules(parsed.data) : [];
      if (broken.length > 0) return fail(broken);
    }
    setErrors([]);
    setSubmitting(true);
    try {
      await onSubmit(body);
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError(0, 'UNKNOWN', null);
      if (apiError.fieldErrors.length > 0) fail(apiError.fieldErrors);
      else {
        setFailure(apiError);
        setAttempt((n) => n + 1);
      }
    } finally {
      setSubmitting(false);
    }
  };

  /** The field's messages, joined: shown under the field (the summary lists them one by one). */
  /** The rules on a body the schema rejected: they may not fit its shape, so any throw means "nothing to add". */
  function rulesOnRaw(body: B): FieldError[] {
    if (!rules) return [];
    try {
      return rules(body as unknown as P);
    } catch {
      return [];
    }
  }

  const errorFor = (field: string): string | undefined =>
    errors
      .filter((e) => e.field === field)
      .map((e) => e.message)
      .join(' ') || undefined;

  return { values, setValues, set, errors, errorFor, failure, submitting, attempt, handleSubmit };
}
