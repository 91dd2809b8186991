// The audit log names what the use cases write: this scans every appendAudit(…) call under src/ for its entityType
// and action and fails naming any code without a label, so a new module cannot leave raw codes on the admin's page.
// A value is read when it is a literal or a choice between literals (`before ? 'update' : 'create'`); any other
// expression fails as unreadable, naming the call — write it as one of those, or list its values here.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, entityPath } from './audit-labels.ts';

const SRC = path.resolve(import.meta.dirname, '../../..');
const LANGUAGES = ['nb', 'nn', 'en', 'se'] as const;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

type Written = { entityTypes: string[]; actions: string[]; unreadable: string[] };

/** The property's values when they are literals or a ternary between literals; null when computed otherwise. */
function literalValues(call: string, property: 'entityType' | 'action'): string[] | null {
  const expression = new RegExp(`\\b${property}:\\s*([^,\\n}]+)`).exec(call)?.[1]?.trim();
  if (!expression) return null;
  const literal = /^'([^']+)'$/.exec(expression);
  if (literal) return [literal[1]!];
  const choice = /\?\s*'([^']+)'\s*:\s*'([^']+)'$/.exec(expression);
  return choice ? [choice[1]!, choice[2]!] : null;
}

/** The entity types and actions one source file writes to the audit log. */
export function auditCodes(source: string, file = 'source'): Written {
  const written: Written = { entityTypes: [], actions: [], unreadable: [] };
  for (const match of source.matchAll(/(?<!function )\bappendAudit\(/g)) {
    let depth = 0;
    let end = match.index + 'appendAudit'.length;
    for (; end < source.length; end++) {
      if (source[end] === '(') depth++;
      else if (source[end] === ')' && --depth === 0) break;
    }
    const call = source.slice(match.index, end + 1);
    const line = source.slice(0, match.index).split('\n').length;
    for (const property of ['entityType', 'action'] as const) {
      const values = literalValues(call, property);
      if (!values) written.unreadable.push(`${file}:${line} ${property}`);
      else (property === 'entityType' ? written.entityTypes : written.actions).push(...values);
    }
  }
  return written;
}

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'texts', file), 'utf8')) as Record<string, unknown>;
}

const written = sources(SRC)
  .map((file) => auditCodes(fs.readFileSync(file, 'utf8'), path.relative(SRC, file)))
  .reduce<Written>((all, w) => ({ entityTypes: [...all.entityTypes, ...w.entityTypes], actions: [...all.actions, ...w.actions], unreadable: [...all.unreadable, ...w.unreadable] }), { entityTypes: [], actions: [], unreadable: [] });
const writtenTypes = [...new Set(written.entityTypes)].sort();
const writtenActions = [...new Set(written.actions)].sort();

describe('audit log labels', () => {
  it('reads every appendAudit call under src/', () => {
    expect(written.unreadable).toEqual([]);
    // The scan found the modules' calls at all (organisation to utbetaling), not an empty tree.
    expect(writtenTypes).toEqual(expect.arrayContaining(['organisation', 'behovsmelding', 'vedtak', 'payment-batch', 'forum-meeting']));
  });

  it('names every entity type and action the use cases write, and no code they no longer write', () => {
    expect(writtenTypes.filter((t) => !(AUDIT_ENTITY_TYPES as readonly string[]).includes(t))).toEqual([]);
    expect(writtenActions.filter((a) => !(AUDIT_ACTIONS as readonly string[]).includes(a))).toEqual([]);
    expect([...AUDIT_ENTITY_TYPES].filter((t) => !writtenTypes.includes(t))).toEqual([]);
    expect([...AUDIT_ACTIONS].filter((a) => !writtenActions.includes(a))).toEqual([]);
  });

  it.each(LANGUAGES)('has a %s text for each of them', (language) => {
    const texts = readJson(`${language}.json`);
    const keys = [...AUDIT_ENTITY_TYPES.map((t) => `auditEntity.${t}`), ...AUDIT_ACTIONS.map((a) => `auditAction.${a}`)];
    expect(keys.filter((k) => texts[k] === undefined)).toEqual([]);
  });

  it('links only to pages that exist', () => {
    const routes = [...fs.readFileSync(path.join(SRC, 'web/routes.tsx'), 'utf8').matchAll(/path: '(\/[^']*)'/g)].map(
      ([, route]) => new RegExp(`^${route!.replace(/:[A-Za-z]+/g, '[^/]+')}$`),
    );
    const linked = AUDIT_ENTITY_TYPES.flatMap((type) => {
      const to = entityPath(type, '0b5e4c1a-7d2f-4c3e-9a61-3f2d8e9b7c10');
      return to ? [to] : [];
    });
    expect(linked.length).toBeGreaterThan(10);
    expect(linked.filter((to) => !routes.some((route) => route.test(to)))).toEqual([]);
  });

  it('links an entity to its page and leaves the rest unlinked', () => {
    expect(entityPath('payment-batch', 'b1')).toBe('/utbetaling/bunter/b1');
    expect(entityPath('innstilling', 'r1')).toBe('/forum/utlysninger/r1/innstilling');
    expect(entityPath('forum-vote', 'i1:m1')).toBeNull();
    expect(entityPath('ukjent', 'x')).toBeNull();
  });

  it('reads literals and choices between literals, and names a computed value', () => {
    const source = [
      "await appendAudit(tx, actor, { action: 'create', entityType: 'klage', entityId: id, before: null, after });",
      'await appendAudit(tx, actor, {',
      "  action: before ? 'update' : 'create',",
      "  entityType: kind === 'vedtak' ? 'vedtak' : 'archive_reference',",
      '  entityId: f(id),',
      '});',
      "await appendAudit(tx, actor, { action: verb, entityType: 'vedtak', entityId: id, before, after });",
    ].join('\n');
    expect(auditCodes(source, 'x.ts')).toEqual({
      entityTypes: ['klage', 'vedtak', 'archive_reference', 'vedtak'],
      actions: ['create', 'update', 'create'],
      unreadable: ['x.ts:7 action'],
    });
  });
});
