import { describe, expect, it } from 'vitest';
import { loadConfig } from './env.ts';

describe('configuration', () => {
  it('defaults to port 3000, ./data and the demo login outside production', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, demoLogin: true, oidc: undefined, databaseUrl: undefined, publicUrl: 'http://localhost:3000' });
    expect(c.dataDir.endsWith('/data')).toBe(true);
  });
  it('turns the demo login off when an OIDC issuer is configured, and passes ID-porten details through', () => {
    const c = loadConfig({
      OIDC_ISSUER: 'https://idporten.example/',
      OIDC_CLIENT_ID: 'kl',
      OIDC_ACR_VALUES: 'idporten-loa-substantial',
      OIDC_AUTHORIZATION_DETAILS: '{"type":"ansattporten:altinn:service","resource":"urn:altinn:resource:x"}',
    });
    expect(c.demoLogin).toBe(false);
    expect(c.oidc).toMatchObject({ acrValues: 'idporten-loa-substantial', authorizationDetails: [{ type: 'ansattporten:altinn:service' }] });
  });
  it('refuses production without SESSION_SECRET and names bad variables', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', OIDC_ISSUER: 'https://x.example/', OIDC_CLIENT_ID: 'a' })).toThrow(/SESSION_SECRET/);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32), DEMO_LOGIN: 'true' })).toThrow(/Demo-innlogging/);
  });
  it('reads the operating office for the accessibility statement and the privacy notice, with demo defaults', () => {
    expect(loadConfig({}).operator).toMatchObject({ name: expect.stringContaining('demo'), statementsDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const c = loadConfig({
      OPERATOR_NAME: 'Statsforvalteren i Nordland',
      OPERATOR_EMAIL: 'sfnopost@statsforvalteren.no',
      OPERATOR_ADDRESS: 'Postboks 1405, 8002 Bodø',
      OPERATOR_PRIVACY_OFFICER: 'Personvernombudet',
      STATEMENTS_DATE: '2027-01-15',
    });
    expect(c.operator).toEqual({
      name: 'Statsforvalteren i Nordland',
      email: 'sfnopost@statsforvalteren.no',
      address: 'Postboks 1405, 8002 Bodø',
      privacyOfficer: 'Personvernombudet',
      statementsDate: '2027-01-15',
    });
    expect(() => loadConfig({ STATEMENTS_DATE: '15.01.2027' })).toThrow(/STATEMENTS_DATE/);
    expect(() => loadConfig({ OPERATOR_EMAIL: 'ikke en adresse' })).toThrow(/OPERATOR_EMAIL/);
  });
  it('treats an empty variable as not set', () => {
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });
});
