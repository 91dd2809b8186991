// Who operates the service, for the accessibility statement and the privacy notice (issue 12, point 13). Public: the
// law wants both statements readable without logging in. The values are the deployment's configuration (OPERATOR_*,
// STATEMENTS_DATE in src/config/env.ts), not data: no database, no actor, so no use case between.
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../../config/env.ts';
import { platformContract as c, type Operator } from '../../../domain/platform/contract.ts';
import { route } from '../../contract/route.ts';

export function registerOperatorRoutes(app: FastifyInstance, { config }: { config: Config }) {
  route(app, c.operator, async () => ({ ...config.operator, serviceUrl: config.publicUrl }) satisfies Operator);
}
