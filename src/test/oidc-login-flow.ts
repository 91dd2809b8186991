// Drives an OIDC login over plain HTTP, as a browser would: follows redirects with a cookie jar and submits the
// provider's login form. Returns where the app finally sent the browser, and the jar (with kl_session).
import type { TestAccount } from './oidc-provider.ts';

/** Cookies per origin; attributes other than expiry are ignored, which is enough for these two servers. */
export class CookieJar {
  private readonly byOrigin = new Map<string, Map<string, string>>();

  store(url: URL, response: Response) {
    const cookies = this.byOrigin.get(url.origin) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=.*1970/i.test(a));
      if (expired || value === '') cookies.delete(name);
      else cookies.set(name, value);
    }
    this.byOrigin.set(url.origin, cookies);
  }

  header(url: URL): string {
    return [...(this.byOrigin.get(url.origin) ?? new Map<string, string>())].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  get(url: URL, name: string): string | undefined {
    return this.byOrigin.get(url.origin)?.get(name);
  }

  async fetch(url: URL, init: RequestInit = {}): Promise<Response> {
    const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: this.header(url) } });
    this.store(url, response);
    return response;
  }
}

export type OidcLoginResult = { status: number; location: string; jar: CookieJar };

/** Starts at the app's /auth/login and stops at the first response from the app that is not /auth/callback. */
export async function loginOverHttp({
  appUrl,
  account,
  returnTo = '/',
  jar = new CookieJar(),
  callbackJar = jar,
  cancel = false,
}: {
  appUrl: string;
  account: Pick<TestAccount, 'subject'>;
  returnTo?: string;
  jar?: CookieJar;
  /** The browser that delivers the callback; another jar than `jar` plays a victim lured into an attacker's login. */
  callbackJar?: CookieJar;
  /** Press "Avbryt" on the provider's login page instead of logging in. */
  cancel?: boolean;
}): Promise<OidcLoginResult> {
  const app = new URL(appUrl);
  let url = new URL(`/auth/login?returnTo=${encodeURIComponent(returnTo)}`, app);
  let response = await jar.fetch(url);
  for (let step = 0; step < 20; step++) {
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      const next = new URL(location, url);
      if (url.origin === app.origin && url.pathname !== '/auth/login')
        return { status: response.status, location: next.origin === app.origin ? next.pathname + next.search : next.href, jar: callbackJar };
      url = next;
      response = await (url.origin === app.origin && url.pathname === '/auth/callback' ? callbackJar : jar).fetch(url);
      continue;
    }
    const html = await response.text();
    if (url.origin === app.origin || response.status !== 200) return { status: response.status, location: url.pathname + url.search, jar };
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`no form at ${url.href}: ${html.slice(0, 300)}`);
    const fields: Record<string, string> = cancel ? { cancel: '1' } : { login: account.subject, password: 'test' };
    url = new URL(action.replaceAll('&amp;', '&'), url);
    response = await jar.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  }
  throw new Error('login did not finish in 20 steps');
}
