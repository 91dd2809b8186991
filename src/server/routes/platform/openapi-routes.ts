// The API's description (ADR 017): OpenAPI 3.1 from the contracts, public like the source code. Built once.
import type { FastifyInstance } from 'fastify';
import { platformContract as c } from '../../../domain/platform/contract.ts';
import { openApiDocument } from '../../contract/openapi.ts';
import { route } from '../../contract/route.ts';

const VERSION = '0.1.0';

export function registerOpenApiRoutes(app: FastifyInstance) {
  let document: ReturnType<typeof openApiDocument> | undefined;
  route(app, c.openApi, async () => (document ??= openApiDocument(VERSION)));
}
