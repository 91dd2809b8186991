import { describe, expect, it } from 'vitest';
import { issueHref, neighbours, stepPath, STEPS } from './steps.ts';

describe('steps', () => {
  it('has sections 1–6, then attachments and the summary', () => {
    expect(STEPS.map((s) => s.slug)).toEqual(['seksjon-1', 'seksjon-2', 'seksjon-3', 'seksjon-4', 'seksjon-5', 'seksjon-6', 'vedlegg', 'oppsummering']);
  });

  it('links an issue to its section page and input', () => {
    expect(issueHref('abc', { path: 's5.uh.0.orgnr', section: 5 })).toBe('/behovsmeldinger/abc/seksjon-5#field-s5.uh.0.orgnr');
    expect(stepPath('abc', 'kvittering')).toBe('/behovsmeldinger/abc/kvittering');
  });

  it('knows the neighbours of a step', () => {
    expect(neighbours('seksjon-1').previous).toBeNull();
    expect(neighbours('seksjon-6').next?.slug).toBe('vedlegg');
    expect(neighbours('oppsummering').next).toBeNull();
  });
});
