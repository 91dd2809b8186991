// The access module's client: users and their roles, invitations, the session and the logins.
import { accessContract } from '../../domain/access/contract.ts';
import { client } from './client.ts';

export const accessApi = client(accessContract);
