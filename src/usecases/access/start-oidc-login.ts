// The first half of an OIDC login: the pending state is kept in oidc_login_state (not in memory), so the callback
// may reach any instance; complete-oidc-login.ts is the second half.
import { deleteLoginStatesBefore, saveLoginState } from '../../db/access-repository.ts';
import type { Db } from '../../db/client.ts';
import { LOGIN_STATE_TTL_MS, safeReturnTo } from '../../domain/access/login.ts';
import type { Clock } from '../../domain/shared/clock.ts';
import type { OidcClient } from '../../integrations/oidc-client.ts';

export async function startOidcLogin({ db, clock, oidc, returnTo }: { db: Db; clock: Clock; oidc: OidcClient; returnTo: unknown }) {
  const { url, checks } = await oidc.startLogin();
  const now = clock.now();
  await deleteLoginStatesBefore(db, new Date(now.getTime() - LOGIN_STATE_TTL_MS));
  await saveLoginState(db, { ...checks, returnTo: safeReturnTo(returnTo), createdAt: now });
  return { url, state: checks.state };
}
