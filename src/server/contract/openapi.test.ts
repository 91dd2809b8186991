// The OpenAPI document says what the routes check and answer: one operation per endpoint of every contract, the
// answers strict (additionalProperties: false, as the server enforces), the path params in OpenAPI's {braces}.
import { describe, expect, it } from 'vitest';
import { CONTRACTS } from './contracts.ts';
import { openApiDocument } from './openapi.ts';

type Operation = { operationId: string; parameters: { name: string; in: string }[]; responses: Record<string, { content?: Record<string, { schema?: unknown }> }> };

describe('the OpenAPI document', () => {
  const doc = openApiDocument('test');
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op: op as Operation })));

  it('has one operation per endpoint of every contract, named module.endpoint', () => {
    const endpoints = Object.entries(CONTRACTS).flatMap(([module, c]) => Object.keys(c).map((name) => `${module}.${name}`));
    expect(operations.map((o) => o.op.operationId).sort()).toEqual(endpoints.sort());
  });

  it('writes path params the OpenAPI way and declares them', () => {
    const region = operations.find((o) => o.op.operationId === 'reference.getRegion')!;
    expect(region.path).toBe('/api/regions/{id}');
    expect(region.op.parameters).toContainEqual(expect.objectContaining({ name: 'id', in: 'path', required: true }));
    const municipalities = operations.find((o) => o.op.operationId === 'reference.listMunicipalities')!;
    expect(municipalities.op.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['query:division', 'query:county', 'query:q']);
  });

  it('documents JSON answers as strict objects', () => {
    const json = operations.flatMap((o) => Object.values(o.op.responses).flatMap((r) => (r.content?.['application/json']?.schema ? [{ id: o.op.operationId, schema: r.content['application/json'].schema }] : [])));
    const answers = json.filter((j) => !JSON.stringify(j.schema).includes('#/components/schemas/Error'));
    expect(answers.length).toBeGreaterThan(5);
    for (const { id, schema } of answers) expect((schema as { additionalProperties?: unknown }).additionalProperties, id).toBe(false);
  });
});
