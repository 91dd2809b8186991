// The one adapter to the OpenID provider (openid-client v6): builds the authorization request (code + PKCE) and
// redeems the callback for verified claims. Discovery happens on first use and is cached; a failed discovery is
// retried on the next login instead of keeping the server from starting when the provider is briefly down.
import * as client from 'openid-client';
import type { OidcConfig } from '../config/env.ts';

export type OidcIdentity = { issuer: string; subject: string; claims: Record<string, unknown> };
export type LoginChecks = { state: string; nonce: string; codeVerifier: string };

export type OidcClient = {
  /** A fresh authorization request: the URL to send the browser to and the checks to keep until the callback. */
  startLogin(): Promise<{ url: URL; checks: LoginChecks }>;
  /** Exchanges the code in `callbackUrl`; validates state, PKCE, nonce and the ID token. */
  finishLogin(callbackUrl: URL, checks: LoginChecks): Promise<OidcIdentity>;
};

export function createOidcClient(oidc: OidcConfig, redirectUri: string): OidcClient {
  let configuration: Promise<client.Configuration> | undefined;
  const discover = () => {
    configuration ??= client
      .discovery(new URL(oidc.issuer), oidc.clientId, oidc.clientSecret, undefined, {
        // Plain http only for a local test provider; OIDC_ALLOW_HTTP is never meant for production.
        execute: oidc.allowHttp ? [client.allowInsecureRequests] : [],
        timeout: 10,
      })
      .catch((error: unknown) => {
        configuration = undefined;
        throw error;
      });
    return configuration;
  };

  return {
    async startLogin() {
      const config = await discover();
      const checks = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
      const parameters: Record<string, string> = {
        response_type: 'code',
        redirect_uri: redirectUri,
        scope: oidc.scopes,
        state: checks.state,
        nonce: checks.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
        code_challenge_method: 'S256',
      };
      if (oidc.acrValues) parameters.acr_values = oidc.acrValues;
      if (oidc.authorizationDetails) parameters.authorization_details = JSON.stringify(oidc.authorizationDetails);
      return { url: client.buildAuthorizationUrl(config, parameters), checks };
    },

    async finishLogin(callbackUrl, checks) {
      const config = await discover();
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new Error('no ID token');
      let claims: Record<string, unknown> = { ...idToken };
      // Many providers put scope claims (email, pid) only in userinfo when an access token is issued; the ID
      // token's own claims win where both have a value.
      const wanted = oidc.identifierClaim === 'email' ? ['email', 'email_verified'] : [oidc.identifierClaim];
      if (wanted.some((c) => claims[c] === undefined) && config.serverMetadata().userinfo_endpoint) {
        const info = await client.fetchUserInfo(config, tokens.access_token, idToken.sub);
        claims = { ...info, ...claims };
      }
      return { issuer: idToken.iss, subject: idToken.sub, claims };
    },
  };
}
