// Every field of the catalogue has an editor in the form: a field added to application-fields.ts without one fails
// here, rather than being impossible to fill in. (Editors name their field key as a string literal.)
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_FIELDS, PART_FIELD_NAMES } from '../../../../domain/behovsmelding/application-fields.ts';

const dir = path.dirname(new URL(import.meta.url).pathname);
const source = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.tsx'))
  .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
  .join('\n');
const named = (key: string) => source.includes(`'${key}'`) || source.includes(`"${key}"`);

describe('the form covers the field catalogue', () => {
  it.each(Object.keys(APPLICATION_FIELDS))('%s has an editor', (key) => expect(named(key)).toBe(true));
  it.each(PART_FIELD_NAMES)('the part field %s has an editor', (name) => expect(named(name)).toBe(true));
});
