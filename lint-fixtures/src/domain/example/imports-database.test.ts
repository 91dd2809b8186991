// A domain test reaching for a database or a use case is not a domain test.
import { describe, it } from 'vitest';
import { createTestDatabase } from '../../test/test-db.ts'; // ✗
import { createPerson } from '../../usecases/org/create-person.ts'; // ✗

describe('example', () => {
  it('is not a domain test', async () => {
    await createPerson({ db: (await createTestDatabase()).db });
  });
});
