import { describe, expect, it } from 'vitest';
import { acrSatisfies, LoginRefused, loginIdentifier, safeReturnTo } from './login.ts';

describe('safeReturnTo (open redirect)', () => {
  it('keeps paths on this site', () => {
    expect(safeReturnTo('/partnerskap/1?fane=2#x')).toBe('/partnerskap/1?fane=2#x');
  });
  it.each(['//evil.example', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', '/a\nb', '', undefined, ['/a']])(
    'sends %j home instead',
    (value) => expect(safeReturnTo(value)).toBe('/'),
  );
});

describe('acrSatisfies', () => {
  it('accepts the requested level or a higher ID-porten level, nothing lower or missing', () => {
    expect(acrSatisfies('idporten-loa-substantial', 'idporten-loa-substantial')).toBe(true);
    expect(acrSatisfies('idporten-loa-high', 'idporten-loa-substantial')).toBe(true);
    expect(acrSatisfies('idporten-loa-substantial', 'idporten-loa-high')).toBe(false);
    expect(acrSatisfies(undefined, 'idporten-loa-substantial')).toBe(false);
    expect(acrSatisfies('Level4', 'Level3')).toBe(false);
    expect(acrSatisfies('Level3', 'Level3 Level4')).toBe(true);
  });
});

describe('loginIdentifier', () => {
  it('uses e-mail only when the provider says it is verified', () => {
    expect(loginIdentifier({ email: ' Kari@Example.org ', email_verified: true }, 'email')).toEqual({ kind: 'email', email: 'kari@example.org' });
    for (const claims of [{ email: 'kari@example.org' }, { email: 'kari@example.org', email_verified: 'true' }, {}]) {
      const error = (() => {
        try {
          loginIdentifier(claims, 'email');
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(LoginRefused);
      expect((error as LoginRefused).code).toBe('ikke-verifisert');
    }
  });
  it('uses the configured claim otherwise', () => {
    expect(loginIdentifier({ pid: '01017012345' }, 'pid')).toEqual({ kind: 'identifier', identifier: '01017012345' });
    expect(() => loginIdentifier({ email: 'a@b.no', email_verified: true }, 'pid')).toThrow(LoginRefused);
  });
});
