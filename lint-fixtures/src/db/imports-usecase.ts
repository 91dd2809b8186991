// A repository reaching up into the use cases, the demo seed or the server.
import { createPerson } from '../usecases/org/create-person.ts'; // ✗
import { seedDemoData } from '../seed/demo-seed.ts'; // ✗
import { buildApp } from '../server/app.ts'; // ✗

export const used = [createPerson, seedDemoData, buildApp];
