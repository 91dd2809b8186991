// Loads one GET endpoint for a page through its typed client: `useCall(referenceApi.getRegion, { params: { id } })`.
// `null` as args loads nothing (a "new" form). Same behaviour as useApi: a newer request aborts the older.
import type { ArgsOf, Endpoint, ResponseOf } from '../../domain/shared/endpoint.ts';
import type { ClientCall } from '../clients/client.ts';
import { useApi, type ApiState } from './use-api.ts';

export function useCall<E extends Endpoint>(call: ClientCall<E>, args?: ArgsOf<E> | null): ApiState<ResponseOf<E>> {
  return useApi<ResponseOf<E>>(args === null ? null : call.url(args));
}
