// A use-case test may read the machine's time and the environment, and look in the tables with Drizzle.
import { expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { person } from '../../db/schema/index.ts';

it('may read the time', () => {
  expect(new Date().getTime()).toBeLessThanOrEqual(Date.now() + Number(process.env.SLACK ?? 0));
});

it('may look in the tables', () => {
  expect(eq(person.id, 'x')).toBeDefined();
});
