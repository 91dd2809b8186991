// The second half of an OIDC login (start-oidc-login.ts is the first). The pending state lives in oidc_login_state (not in memory), so the callback
// may reach any instance. The state is also kept in a short-lived browser cookie by the route: a callback that
// does not come from the browser that started the login (login CSRF) is refused.
import { takeLoginState } from '../../db/access-repository.ts';
import type { Db } from '../../db/client.ts';
import { acrSatisfies, LoginRefused, LOGIN_STATE_TTL_MS } from '../../domain/access/login.ts';
import type { Clock } from '../../domain/shared/clock.ts';
import { loginOidcUser } from './login-oidc-user.ts';
import type { OidcClient } from '../../integrations/oidc-client.ts';

export type CompleteOidcLoginOptions = {
  db: Db;
  clock: Clock;
  oidc: OidcClient;
  callbackUrl: URL;
  /** The state the browser's cookie holds (set when this browser started the login). */
  browserState: string | undefined;
  identifierClaim: string;
  /** OIDC_ACR_VALUES: the login's acr must meet it. */
  requiredAcr?: string | undefined;
  ttlHours: number;
  /** The session cookie the callback arrived with: a successful login ends that session. */
  previousToken?: string | undefined;
};

export async function completeOidcLogin(options: CompleteOidcLoginOptions) {
  const { db, clock, oidc, callbackUrl, browserState, identifierClaim, requiredAcr, ttlHours, previousToken } = options;
  const now = clock.now();
  const params = callbackUrl.searchParams;
  const error = params.get('error');
  if (error) throw new LoginRefused(error === 'access_denied' ? 'avbrutt' : 'feil', `provider error ${error}`);
  const state = params.get('state');
  if (!state) throw new LoginRefused('feil', 'callback without state');
  const pending = await takeLoginState(db, state);
  if (!pending || pending.createdAt.getTime() < now.getTime() - LOGIN_STATE_TTL_MS) throw new LoginRefused('utlopt', 'unknown or old state');
  if (browserState !== state) throw new LoginRefused('utlopt', 'state does not belong to this browser');
  let identity;
  try {
    identity = await oidc.finishLogin(callbackUrl, pending);
  } catch (e) {
    throw new LoginRefused('feil', e instanceof Error ? e.message : String(e));
  }
  if (requiredAcr && !acrSatisfies(identity.claims.acr, requiredAcr)) throw new LoginRefused('sikkerhetsniva', `acr ${String(identity.claims.acr)}`);
  const session = await loginOidcUser({ db, clock, identity, identifierClaim, ttlHours, previousToken });
  return { ...session, returnTo: pending.returnTo };
}
