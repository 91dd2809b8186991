// A real OpenID provider (oidc-provider) on a random loopback port, for login tests over HTTP and in the browser.
// Accounts are set by the test (subject, e-mail, whether it is verified, the security level, extra claims such
// as `pid`). Its login page is our own small form rather than devInteractions, so a login carries an `acr` the way
// ID-porten's does: a labelled "Brukernavn" field (any password), "Logg inn" and "Avbryt" buttons.
// Consent is granted automatically, as for a first-party client.
import http from 'node:http';
import Provider, { type OidcAccount, type OidcContext } from 'oidc-provider';
import { freePort } from './free-port.ts';

export type TestAccount = {
  subject: string;
  email?: string;
  emailVerified?: boolean;
  name?: string;
  /** The security level of this account's logins; ID-porten's substantial unless set. */
  acr?: string;
  claims?: Record<string, unknown>;
};

export type TestOidcProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, TestAccount>;
  /** The app's environment for this provider (PUBLIC_URL must be the app's own URL). */
  env: (publicUrl: string) => Record<string, string>;
  close: () => Promise<void>;
};

const CLAIMS = { openid: ['sub', 'pid'], email: ['email', 'email_verified'], profile: ['name'] };

const loginPage = (uid: string, error = '') => `<!doctype html><html lang="nb"><head><title>Testinnlogging</title></head><body><main>
<h1>Testinnlogging</h1>${error ? `<p role="alert">${error}</p>` : ''}
<form method="post" action="/interaction/${uid}">
<label for="login">Brukernavn</label> <input id="login" name="login" required autocomplete="off">
<label for="password">Passord</label> <input id="password" name="password" type="password">
<button type="submit">Logg inn</button> <button type="submit" name="cancel" value="1" formnovalidate>Avbryt</button>
</form></main></body></html>`;

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export async function startTestOidcProvider(options: { redirectUri: string; accounts?: TestAccount[] }): Promise<TestOidcProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = 'kompetanseloft-test';
  const clientSecret = 'test-secret-that-is-long-enough-for-hs256-0123456789';
  const accounts = new Map((options.accounts ?? []).map((a) => [a.subject, a]));

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        // No refresh_token: the provider would refuse the client unless it also enabled refresh tokens.
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: CLAIMS,
    acrValues: ['idporten-loa-substantial', 'idporten-loa-high'],
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
    cookies: { keys: ['kl-test-provider-cookie-key'] },
    // Explicit lifetimes keep the provider from printing a notice for each default it uses.
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    async findAccount(_ctx: unknown, id: string): Promise<OidcAccount | undefined> {
      const account = accounts.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: async () => ({
          sub: account.subject,
          ...(account.email === undefined ? {} : { email: account.email, email_verified: account.emailVerified ?? false }),
          name: account.name ?? account.subject,
          ...account.claims,
        }),
      };
    },
    async loadExistingGrant(ctx: OidcContext) {
      const { oidc } = ctx;
      const id = oidc.client?.clientId ?? '';
      const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(id);
      if (grantId) return oidc.provider.Grant.find(grantId);
      const grant = new oidc.provider.Grant({ clientId: id, accountId: oidc.session?.accountId ?? '' });
      grant.addOIDCScope('openid email profile');
      grant.addOIDCClaims(Object.values(CLAIMS).flat());
      await grant.save();
      return grant;
    },
  });

  const providerHandler = provider.callback();
  const server = http.createServer((req, res) => {
    const uid = /^\/interaction\/([\w-]+)$/.exec(req.url ?? '')?.[1];
    if (!uid) return providerHandler(req, res);
    void (async () => {
      await provider.interactionDetails(req, res);
      if (req.method !== 'POST') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(loginPage(uid));
      const form = await readForm(req);
      if (form.get('cancel')) return provider.interactionFinished(req, res, { error: 'access_denied' }, { mergeWithLastSubmission: false });
      const account = accounts.get(form.get('login') ?? '');
      if (!account) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(loginPage(uid, 'Ukjent bruker'));
      const login = { accountId: account.subject, acr: account.acr ?? 'idporten-loa-substantial', amr: ['TestID'] };
      await provider.interactionFinished(req, res, { login }, { mergeWithLastSubmission: false });
    })().catch((error: unknown) => res.writeHead(400, { 'content-type': 'text/plain' }).end(String(error)));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    env: (publicUrl) => ({
      PUBLIC_URL: publicUrl,
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: clientId,
      OIDC_CLIENT_SECRET: clientSecret,
      OIDC_ALLOW_HTTP: 'true',
      DEMO_LOGIN: 'false',
    }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
