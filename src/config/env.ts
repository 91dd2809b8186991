// The one place that reads process.env. Everything else receives a typed Config, checked with zod at start-up,
// so a misconfigured deployment fails at once with a message naming the variable.
import path from 'node:path';
import { z } from 'zod';

const ZBoolString = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('data'),
  DATABASE_URL: z.string().url().optional(),
  PUBLIC_URL: z.string().url().optional(),
  SESSION_SECRET: z.string().min(32).optional(),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(20),
  /** Proxies to trust for X-Forwarded-For: comma-separated addresses or CIDRs (e.g. 10.0.0.0/8), or 'loopback'. */
  TRUST_PROXY: z.string().optional(),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_SCOPES: z.string().default('openid email profile'),
  OIDC_ACR_VALUES: z.string().optional(),
  OIDC_AUTHORIZATION_DETAILS: z.string().optional(),
  OIDC_IDENTIFIER_CLAIM: z.string().default('email'),
  OIDC_ALLOW_HTTP: ZBoolString.default(false),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Kompetanseløft <ikke-svar@kompetanseloft.no>'),
  DEMO_LOGIN: ZBoolString.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // The operating office, named in the accessibility statement and the privacy notice (issue 12, point 13). The
  // defaults are the demo's; a deployment sets its own (the statements are the operator's, not the software's).
  OPERATOR_NAME: z.string().min(1).default('Driftskontoret for Kompetanseløft (demo)'),
  OPERATOR_EMAIL: z.string().email().default('kontakt@kompetanseloft.example.org'),
  OPERATOR_ADDRESS: z.string().min(1).default('Postboks 1, 9008 Tromsø'),
  /** The personvernombud: a name, an e-mail address or both, as the operator wants it shown. */
  OPERATOR_PRIVACY_OFFICER: z.string().min(1).default('Personvernombudet, personvernombud@kompetanseloft.example.org'),
  /** When the statements were last reviewed (YYYY-MM-DD); uustatus.no asks for it. */
  STATEMENTS_DATE: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'må være en dato (ÅÅÅÅ-MM-DD)').default('2026-12-07'),
});

export type Config = {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  sessionSecret: string;
  sessionTtlHours: number;
  loginRateLimit: number;
  trustProxy: boolean | string[];
  oidc: OidcConfig | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  demoLogin: boolean;
  logLevel: string;
  operator: OperatorConfig;
};

/** Who runs the service, as the accessibility statement and the privacy notice name them. */
export type OperatorConfig = {
  name: string;
  email: string;
  address: string;
  privacyOfficer: string;
  /** YYYY-MM-DD */
  statementsDate: string;
};

export type OidcConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  scopes: string;
  acrValues: string | undefined;
  /** RFC 9396 authorization_details, e.g. Ansattporten's organisation selection; sent as given (JSON). */
  authorizationDetails: unknown[] | undefined;
  identifierClaim: string;
  allowHttp: boolean;
};

/** Parses an environment (process.env by default) into Config; throws an Error naming every bad variable. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  // An empty variable (DATABASE_URL=) means "not set", as in a shell.
  const parsed = ZEnv.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Ugyldig konfigurasjon i miljøvariabler:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production && !e.SESSION_SECRET) throw new Error('SESSION_SECRET (minst 32 tegn) må settes i produksjon');
  if (e.OIDC_ISSUER && !e.OIDC_CLIENT_ID) throw new Error('OIDC_CLIENT_ID må settes når OIDC_ISSUER er satt');
  let authorizationDetails: unknown[] | undefined;
  if (e.OIDC_AUTHORIZATION_DETAILS) {
    try {
      const value: unknown = JSON.parse(e.OIDC_AUTHORIZATION_DETAILS);
      authorizationDetails = Array.isArray(value) ? value : [value];
    } catch {
      throw new Error('OIDC_AUTHORIZATION_DETAILS må være gyldig JSON');
    }
  }
  const demoLogin = e.DEMO_LOGIN ?? (!e.OIDC_ISSUER && !production);
  if (demoLogin && production) throw new Error('Demo-innlogging kan ikke slås på i produksjon');
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    // Outside production a fixed dev secret keeps sessions across restarts; production must set its own.
    sessionSecret: e.SESSION_SECRET ?? 'kompetanseloft-development-secret-not-for-production',
    sessionTtlHours: e.SESSION_TTL_HOURS,
    loginRateLimit: e.LOGIN_RATE_LIMIT,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    oidc: e.OIDC_ISSUER
      ? {
          issuer: e.OIDC_ISSUER,
          clientId: e.OIDC_CLIENT_ID ?? '',
          clientSecret: e.OIDC_CLIENT_SECRET,
          scopes: e.OIDC_SCOPES,
          acrValues: e.OIDC_ACR_VALUES,
          authorizationDetails,
          identifierClaim: e.OIDC_IDENTIFIER_CLAIM,
          allowHttp: e.OIDC_ALLOW_HTTP,
        }
      : undefined,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    demoLogin,
    logLevel: e.LOG_LEVEL,
    operator: {
      name: e.OPERATOR_NAME,
      email: e.OPERATOR_EMAIL,
      address: e.OPERATOR_ADDRESS,
      privacyOfficer: e.OPERATOR_PRIVACY_OFFICER,
      statementsDate: e.STATEMENTS_DATE,
    },
  };
}

/** Without TRUST_PROXY the client address is the socket's: a forged X-Forwarded-For cannot dodge the rate limit. */
function parseTrustProxy(value: string | undefined): boolean | string[] {
  if (!value || value === 'false') return false;
  return value.split(',').map((v) => v.trim()).filter(Boolean);
}
