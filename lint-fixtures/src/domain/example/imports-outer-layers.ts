// Domain code reaching into the layers above it, or into any package but zod.
import type { Db } from '../../db/client.ts'; // ✗
import { buildApp } from '../../server/app.ts'; // ✗
import { createPerson } from '../../usecases/org/create-person.ts'; // ✗
import { api } from '../../web/api.ts'; // ✗
import { loadConfig } from '../../config/env.ts'; // ✗
import { renderApplicationPdf } from '../../documents/behovsmelding/application-pdf.ts'; // ✗
import { eq } from 'drizzle-orm'; // ✗
import fs from 'node:fs'; // ✗

export type UsesDb = Db;
export const used = [buildApp, createPerson, api, loadConfig, renderApplicationPdf, eq, fs];
