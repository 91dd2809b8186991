// The API as an OpenAPI 3.1 document, generated from the contracts' zod schemas (ADR 017), so it says exactly what
// the routes check and answer. Served at /api/openapi.json and rendered at /api-dokumentasjon.
import { z } from 'zod';
import type { Endpoint } from '../../domain/shared/endpoint.ts';
import { CONTRACTS } from './contracts.ts';

type JsonSchema = Record<string, unknown>;

// Transforms and refinements of request schemas have no JSON Schema: the input shape is what a caller sends.
const requestSchema = (s: z.ZodType): JsonSchema => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
const responseSchema = (s: z.ZodType): JsonSchema => z.toJSONSchema(s, { io: 'output', unrepresentable: 'any' }) as JsonSchema;

function parameters(e: Endpoint) {
  const out: unknown[] = [];
  const add = (where: 'path' | 'query', s: z.ZodType | undefined) => {
    if (!s) return;
    const schema = requestSchema(s) as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, property] of Object.entries(schema.properties ?? {}))
      out.push({ name, in: where, required: where === 'path' || (schema.required ?? []).includes(name), schema: property });
  };
  add('path', e.params);
  add('query', e.query);
  return out;
}

function operation(module: string, name: string, e: Endpoint) {
  const status = String(e.status ?? 200);
  const content = e.response
    ? { 'application/json': { schema: responseSchema(e.response) } }
    : e.produces
      ? { [e.produces]: {} }
      : undefined;
  return {
    operationId: `${module}.${name}`,
    tags: [module],
    summary: e.summary,
    description: `Tilgang: ${e.access}.`,
    parameters: parameters(e),
    ...(e.body ? { requestBody: { required: true, content: { 'application/json': { schema: requestSchema(e.body) } } } } : {}),
    responses: {
      [status]: { description: status === '204' ? 'Uten innhold' : 'OK', ...(content ? { content } : {}) },
      '4XX': { description: 'Feil i forespørselen, ikke innlogget, ikke tilgang eller ikke funnet', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
    },
  };
}

export function openApiDocument(version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [module, contract] of Object.entries(CONTRACTS))
    for (const [name, e] of Object.entries(contract)) {
      const path = e.path.replace(/:([A-Za-z]+)/g, '{$1}');
      (paths[path] ??= {})[e.method.toLowerCase()] = operation(module, name, e);
    }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Kompetanseløft API',
      version,
      description:
        'API-et som nettleserklienten bruker. Dokumentet er til lesing: i dag logger man inn med en nettleserøkt ' +
        '(informasjonskapsel) og sender CSRF-nøkkelen fra GET /api/session i x-csrf-token på alle endringer; ' +
        'integrasjoner med egne nøkler kommer senere (ADR 017).',
    },
    servers: [{ url: '/' }],
    tags: Object.keys(CONTRACTS).map((name) => ({ name })),
    paths,
    components: {
      schemas: {
        Error: {
          type: 'object',
          properties: {
            error: {
              type: 'object',
              properties: {
                code: { type: 'string' },
                message: { type: 'string', description: 'Til brukeren, på norsk' },
                fieldErrors: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } } },
                id: { type: 'string', description: 'Feil-id ved uventede feil' },
              },
              required: ['code', 'message'],
            },
          },
          required: ['error'],
        },
      },
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'kl_session' } },
    },
    security: [{ session: [] }],
  };
}
