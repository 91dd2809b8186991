// Browser code reaching past the API into the server, the database or the use cases.
import { buildApp } from '../../server/app.ts'; // ✗
import { person } from '../../db/schema/index.ts'; // ✗
import { createPerson } from '../../usecases/org/create-person.ts'; // ✗
import { demoUsers } from '../../seed/demo-seed.ts'; // ✗
import { eq } from 'drizzle-orm'; // ✗

export function Example() {
  return <pre>{String([buildApp, person, createPerson, demoUsers, eq])}</pre>;
}
