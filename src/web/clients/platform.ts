// The platform module's client: the e-mail outbox and the health check.
import { platformContract } from '../../domain/platform/contract.ts';
import { client } from './client.ts';

export const platformApi = client(platformContract);
