// Proves the layer, clock and environment rules of eslint.config.js (ADR 012, 016): each fixture in lint-fixtures/ is linted
// as if it stood at its path inside src/. A fixture that breaks a rule must be reported on exactly its lines marked
// `// ✗`, by that rule and with its message; the `allowed` fixtures show the rules do not block too much.
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const FIXTURES = path.join(ROOT, 'lint-fixtures');

type Breach = { fixture: string; rule: string; message: string };

const BREACHES: Breach[] = [
  { fixture: 'src/domain/example/imports-outer-layers.ts', rule: 'no-restricted-imports', message: 'Domenet er rent' },
  { fixture: 'src/domain/example/imports-database.test.ts', rule: 'no-restricted-imports', message: 'Domenetester tester ren logikk' },
  { fixture: 'src/web/example/imports-server-side.tsx', rule: 'no-restricted-imports', message: 'Web kjører i nettleseren' },
  { fixture: 'src/usecases/example/imports-server.ts', rule: 'no-restricted-imports', message: 'Use cases kalles av både ruter og CLI' },
  { fixture: 'src/usecases/example/imports-drizzle.ts', rule: 'no-restricted-imports', message: 'Use cases leser og skriver gjennom repositoriene' },
  { fixture: 'src/loaders/example/imports-upward.ts', rule: 'no-restricted-imports', message: 'Lastere, visninger og kontroller ligger under use cases' },
  { fixture: 'src/db/imports-usecase.ts', rule: 'no-restricted-imports', message: 'db ligger under use cases' },
  { fixture: 'src/usecases/example/reads-machine-time.ts', rule: 'no-restricted-syntax', message: 'Bruk klokken' },
  { fixture: 'src/db/example-repository.ts', rule: 'no-restricted-syntax', message: 'Bruk klokken' },
  { fixture: 'src/usecases/example/reads-environment.ts', rule: 'no-restricted-syntax', message: 'Les miljøvariabler kun i src/config/env.ts' },
];

const ALLOWED = [
  'src/domain/example/nested/allowed.ts',
  'src/domain/example/allowed.test.ts',
  'src/web/example/allowed.tsx',
  'src/usecases/example/allowed.ts',
  'src/usecases/example/allowed.test.ts',
  'src/views/example/allowed.ts',
  'src/db/allowed.ts',
];

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

async function lintFixture(fixture: string) {
  const source = fs.readFileSync(path.join(FIXTURES, fixture), 'utf8');
  const [result] = await eslint.lintText(source, { filePath: path.join(ROOT, fixture) });
  const markedLines = source.split('\n').flatMap((line, index) => (line.includes('// ✗') ? [index + 1] : []));
  return { messages: result?.messages ?? [], markedLines };
}

describe('lint rules', () => {
  it('has a fixture for every file in lint-fixtures/src', () => {
    const files = fs.readdirSync(path.join(FIXTURES, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file))
      .map((file) => `src/${file.split(path.sep).join('/')}`);
    expect(files.sort()).toEqual([...BREACHES.map((breach) => breach.fixture), ...ALLOWED].sort());
  });

  it.each(BREACHES)('$fixture breaks $rule', async ({ fixture, rule, message }) => {
    const { messages, markedLines } = await lintFixture(fixture);
    expect(markedLines.length).toBeGreaterThan(0);
    expect(messages.map((m) => ({ line: m.line, rule: m.ruleId, ours: m.message.includes(message) })))
      .toEqual(markedLines.map((line) => ({ line, rule, ours: true })));
  });

  it.each(ALLOWED)('%s is allowed', async (fixture) => {
    const { messages, markedLines } = await lintFixture(fixture);
    expect(markedLines).toEqual([]);
    expect(messages.map((m) => `${m.line}: ${m.ruleId} ${m.message}`)).toEqual([]);
  });
});
