// src/usecases/ holds use cases and nothing else (ADR 016): in each module folder every file is one use case,
// named verb-noun, exporting the one function of that name (and the types of its input and output). What use cases
// share lives below them by what it is: src/loaders, src/views, src/checks. At the top, only the context all use
// cases take.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = import.meta.dirname;
const isSource = (file: string) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file);
const camel = (kebab: string) => kebab.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** Value exports of a file: `export function|const|let|class name` and every `export { … }` form. */
function valueExports(source: string): string[] {
  const names = [...source.matchAll(/^export\s+(?:default\s+)?(?:async\s+)?(?:function\*?|const|let|var|class|enum)\s+([A-Za-z0-9_$]+)/gm)]
    .map((m) => m[1]!);
  const lists = [...source.matchAll(/^export\s+(?!type\b)\{([^}]*)\}/gm)].map((m) => `{${m[1]}}`);
  const stars = [...source.matchAll(/^export\s+\*/gm)].map(() => '*');
  return [...names, ...lists, ...stars];
}

export function problemsOf(file: string, source: string): string[] {
  const name = path.basename(file).replace(/\.tsx?$/, '');
  const problems: string[] = [];
  if (!/^[a-z]+(-[a-z0-9]+)+$/.test(name)) problems.push(`${file}: navnet er ikke verb-substantiv`);
  const exported = valueExports(source);
  const expected = camel(name);
  if (exported.length !== 1 || exported[0] !== expected)
    problems.push(`${file}: eksporterer [${exported.join(', ')}], ikke bare funksjonen ${expected}`);
  return problems;
}

describe('src/usecases', () => {
  it('holds only the shared context at its top', () => {
    const top = fs.readdirSync(ROOT, { withFileTypes: true }).filter((e) => e.isFile() && isSource(e.name)).map((e) => e.name);
    expect(top).toEqual(['context.ts']);
  });

  it('holds one use case per file in each module, named after its function', () => {
    const problems: string[] = [];
    let count = 0;
    for (const module of fs.readdirSync(ROOT, { withFileTypes: true }).filter((e) => e.isDirectory())) {
      const dir = path.join(ROOT, module.name);
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const rel = `${module.name}/${entry.name}`;
        if (entry.isDirectory()) { problems.push(`${rel}: undermapper hører ikke hjemme her`); continue; }
        if (!isSource(entry.name)) continue;
        count++;
        problems.push(...problemsOf(rel, fs.readFileSync(path.join(dir, entry.name), 'utf8')));
      }
    }
    expect(problems).toEqual([]);
    expect(count).toBeGreaterThan(50);
  });

  it('finds a helper that does not belong', () => {
    expect(problemsOf('org/person-view.ts', 'export type PersonView = {};\nexport function personView() {}\nexport async function assertEmailFree() {}\n'))
      .toEqual(['org/person-view.ts: eksporterer [personView, assertEmailFree], ikke bare funksjonen personView']);
    expect(problemsOf('behovsmelding/export-application.ts', "export const FORMATS = ['pdf'];\nexport async function exportApplication() {}\n"))
      .toHaveLength(1);
    expect(problemsOf('shared/helpers.ts', 'export function helpers() {}\n')).toEqual(['shared/helpers.ts: navnet er ikke verb-substantiv']);
    expect(problemsOf('org/get-person.ts', 'export { getPerson } from "./x.ts";\n')).toHaveLength(1);
    expect(problemsOf('org/get-person.ts', 'export type GetPersonInput = {};\nexport async function getPerson() {}\n')).toEqual([]);
  });
});
