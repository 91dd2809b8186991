// Registers a route from its endpoint (ADR 017): the handler stays three lines (actor, use case, answer), and what it
// answers goes out through the endpoint's strict response schema. A key the schema does not name — a new database
// column spread into a view, say — is a 500 with a log line naming the endpoint and the key, never a silent leak;
// tests meet it first, since every route runs in the access matrix.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Endpoint, ParamsOf } from '../../domain/shared/endpoint.ts';
import { renderIn } from '../../domain/shared/message-catalogs.ts';
import { isMessageToken } from '../../domain/shared/message.ts';
import { requestLanguage } from '../plugins/request-language.ts';

type Answer<E extends Endpoint> = E['response'] extends z.ZodType ? z.input<E['response']> : unknown;
type Request<E extends Endpoint> = FastifyRequest<{ Params: ParamsOf<E>; Querystring: Record<string, string | undefined> }>;
export type Handler<E extends Endpoint> = (request: Request<E>, reply: FastifyReply) => Promise<Answer<E>>;

export class ResponseContractError extends Error {
  constructor(endpoint: Endpoint, issues: z.core.$ZodIssue[]) {
    // Paths and key names only: never the values, which may be personal data.
    const where = issues.slice(0, 5).map((i) => `${i.path.join('.') || '(rot)'}: ${i.code}${'keys' in i ? ` ${i.keys.join(',')}` : ''}`);
    super(`Svaret fra ${endpoint.method} ${endpoint.path} følger ikke kontrakten: ${where.join('; ')}`);
    this.name = 'ResponseContractError';
  }
}

/** The answer as the endpoint's schema gives it; throws ResponseContractError when it does not fit. */
export function serialize<E extends Endpoint>(e: E, answer: unknown): unknown {
  if (e.response === null) return answer;
  const parsed = e.response.safeParse(answer);
  if (!parsed.success) throw new ResponseContractError(e, parsed.error.issues);
  return parsed.data;
}

/** Every message token in an answer (a validation issue, a warning; ADR 019) said in the reader's language, so no
 * client meets a token. Other strings are left as they are. */
export function renderMessages(value: unknown, language: string): unknown {
  if (typeof value === 'string') return isMessageToken(value) ? renderIn(language, value) : value;
  if (Array.isArray(value)) return value.map((v) => renderMessages(v, language));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renderMessages(v, language)]));
  return value;
}

export function route<E extends Endpoint>(app: FastifyInstance, e: E, handler: Handler<E>): void {
  app.route({
    method: e.method,
    url: e.path,
    handler: async (request, reply) => {
      const answer = await handler(request as Request<E>, reply);
      // A non-JSON endpoint sends its own answer (a file, a redirect).
      if (e.response === null) return reply.sent ? reply : answer;
      return reply.status(e.status ?? 200).send(renderMessages(serialize(e, answer), requestLanguage(request)));
    },
  });
}
