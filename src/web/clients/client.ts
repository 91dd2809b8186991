// A module's typed client, made from its contract (ADR 017): one function per endpoint, typed by the endpoint's
// schemas, so no page writes an `/api/…` path or copies a response type. `useCall` (hooks/use-call.ts) loads a GET
// for a page.
import type { ArgsOf, Contract, Endpoint, ResponseOf } from '../../domain/shared/endpoint.ts';
import { urlOf } from '../../domain/shared/endpoint.ts';
import { request } from '../api.ts';

type Init = { signal?: AbortSignal };

/** Optional args when the endpoint needs none (no path params, no body). */
type Call<E extends Endpoint> = object extends ArgsOf<E>
  ? (args?: ArgsOf<E>, init?: Init) => Promise<ResponseOf<E>>
  : (args: ArgsOf<E>, init?: Init) => Promise<ResponseOf<E>>;

export type ClientCall<E extends Endpoint> = Call<E> & { endpoint: E; url: (args?: ArgsOf<E>) => string };
export type Client<C extends Contract> = { [K in keyof C]: ClientCall<C[K]> };

export function callOf<E extends Endpoint>(e: E): ClientCall<E> {
  const url = (args?: ArgsOf<E>) => urlOf(e, (args ?? {}) as ArgsOf<E>);
  const call = (args?: ArgsOf<E>, init?: Init) => {
    // A mutation always sends a body (an empty object when it takes none), as the server's JSON parser expects.
    const body = args?.body ?? (e.method === 'GET' || e.method === 'DELETE' ? undefined : {});
    return request<ResponseOf<E>>(e.method, url(args), body, init);
  };
  return Object.assign(call, { endpoint: e, url }) as ClientCall<E>;
}

export function client<C extends Contract>(contract: C): Client<C> {
  return Object.fromEntries(Object.entries(contract).map(([name, e]) => [name, callOf(e)])) as Client<C>;
}
