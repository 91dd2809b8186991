// A domain test may use vitest, test-only libraries and the renderers, and read the machine's time.
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { renderApplicationPdf } from '../../documents/behovsmelding/application-pdf.ts';
import { deadline } from './nested/allowed.ts';

describe('example', () => {
  it('may use what a test needs', () => {
    expect(deadline(new Date().toISOString())).toBeInstanceOf(Date);
    expect([unzipSync, renderApplicationPdf, Date.now()]).toHaveLength(3);
  });
});
