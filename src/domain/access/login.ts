// Rules of OIDC login that need no I/O: where we may send the user back to, which claim identifies an invited
// person, and the refusal codes the login-failed page explains in Norwegian.

/** Why a login ended without a session. The UI words each code in every language (login-failed-page.tsx is typed
 * by this list, so a new code cannot go unexplained). */
export const LOGIN_REFUSAL_CODES = ['ikke-verifisert', 'ingen-invitasjon', 'allerede-bundet', 'utlopt', 'sikkerhetsniva', 'deaktivert', 'avbrutt', 'feil'] as const;
export type LoginRefusalCode = (typeof LOGIN_REFUSAL_CODES)[number];

/** An expected way for a login to end without a session; the route turns it into /innlogging-feilet?grunn=code. */
export class LoginRefused extends Error {
  readonly code: LoginRefusalCode;
  constructor(code: LoginRefusalCode, detail?: string) {
    super(detail ? `login refused (${code}): ${detail}` : `login refused (${code})`);
    this.name = 'LoginRefused';
    this.code = code;
  }
}

export const loginFailedPath = (code: LoginRefusalCode) => `/innlogging-feilet?grunn=${code}`;

/**
 * Only a path on this site: '/x' but not '//evil.example' or '/\evil.example' (browsers read both as another host),
 * and nothing with control characters. Anything else falls back to '/', so a crafted link cannot redirect away.
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return '/';
  return value;
}

/** ID-porten's levels of assurance, lowest first: a login at a higher level satisfies a request for a lower one. */
const LOA_LADDER = ['idporten-loa-low', 'idporten-loa-substantial', 'idporten-loa-high'];

/**
 * Whether the `acr` of a login meets OIDC_ACR_VALUES. The provider is asked for the level, but the answer must be
 * checked too (ID-porten requires it): a request can be altered in the browser, a response's signed ID token cannot.
 */
export function acrSatisfies(acr: unknown, requested: string): boolean {
  const wanted = requested.split(/\s+/).filter(Boolean);
  if (wanted.length === 0) return true;
  if (typeof acr !== 'string') return false;
  if (wanted.includes(acr)) return true;
  const ranks = wanted.map((w) => LOA_LADDER.indexOf(w)).filter((r) => r >= 0);
  return ranks.length > 0 && LOA_LADDER.indexOf(acr) >= Math.min(...ranks);
}

export type LoginIdentifier = { kind: 'email'; email: string } | { kind: 'identifier'; identifier: string };

/**
 * What a first login is matched on. E-mail counts only when the provider vouches for it (email_verified === true);
 * otherwise anyone could claim an invited address at a provider that lets users type one. ID-porten and
 * Ansattporten give no e-mail at all, so a configured claim such as `pid` is matched against invitation.identifier.
 */
export function loginIdentifier(claims: Record<string, unknown>, identifierClaim: string): LoginIdentifier {
  if (identifierClaim !== 'email') {
    const value = claims[identifierClaim];
    if ((typeof value !== 'string' && typeof value !== 'number') || String(value).trim() === '')
      throw new LoginRefused('ikke-verifisert', `claim ${identifierClaim} missing`);
    return { kind: 'identifier', identifier: String(value).trim() };
  }
  const email = claims.email;
  if (typeof email !== 'string' || email.trim() === '') throw new LoginRefused('ikke-verifisert', 'no email claim');
  if (claims.email_verified !== true) throw new LoginRefused('ikke-verifisert', 'email not verified');
  return { kind: 'email', email: email.trim().toLowerCase() };
}

/** Long enough to find a BankID device; short enough that an abandoned login soon cannot be completed. */
export const LOGIN_STATE_TTL_MS = 15 * 60_000;
