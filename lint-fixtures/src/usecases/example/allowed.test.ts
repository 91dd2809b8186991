// A use-case test may read the machine's time and the environment.
import { expect, it } from 'vitest';

it('may read the time', () => {
  expect(new Date().getTime()).toBeLessThanOrEqual(Date.now() + Number(process.env.SLACK ?? 0));
});
