// The web talks to the API through the typed clients only (ADR 017): a page that writes an '/api/…' or '/auth/…'
// path by hand would bypass the contract's types, so this fails naming the file and line.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const WEB = path.resolve(import.meta.dirname, '..');
const ALLOWED = new Set(['api.ts']);

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'clients' ? [] : sources(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

export function literalApiPaths(source: string): number[] {
  return source.split('\n').flatMap((line, i) => (/^\s*(\/\/|\*)/.test(line) ? [] : /['"`]\/(api|auth)\//.test(line) ? [i + 1] : []));
}

describe('web calls the API through its clients', () => {
  it('has no literal /api or /auth path outside src/web/clients', () => {
    const found = sources(WEB)
      .filter((file) => !ALLOWED.has(path.relative(WEB, file)))
      .flatMap((file) => literalApiPaths(fs.readFileSync(file, 'utf8')).map((line) => `${path.relative(WEB, file)}:${line}`));
    expect(found).toEqual([]);
  });

  it('notices one', () => {
    expect(literalApiPaths("const x = 1;\nconst r = useApi(`/api/regions/${id}`);\n// '/api/in a comment'\n")).toEqual([2]);
  });
});
