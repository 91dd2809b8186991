import { defineConfig } from 'vitest/config';

/** Tests that cannot reach a database: they prove the same on either engine, so only the PGlite part runs them (the
 * PostgreSQL part once ran them again, some 130 of its 220 files). src/domain is pure by the lint rules (its tests may
 * not import db, test, seed or use cases); src/documents holds the renderers (data in, Buffer out) and src/web the
 * browser's code (lint keeps db and the server out), and no test in either imports src/db, src/test or a database
 * driver, even indirectly (checked by bundling each test's imports). The rest are the structure tests (lint rules,
 * the use-case folders, the OpenAPI document) and tests of pure helpers and seed data. A test here that opens a
 * database (createTestDatabase) would not run on PostgreSQL: move it beside the code it tests with a database. */
const WITHOUT_DATABASE = [
  'src/domain/**',
  'src/documents/**',
  'src/web/**',
  'src/lint-rules.test.ts',
  'src/usecases/only-use-cases.test.ts',
  'src/server/contract/openapi.test.ts',
  'src/server/plugins/request-language.test.ts',
  'src/config/env.test.ts',
  'src/cli/po-file.test.ts',
  'src/seed/demo-behovsmelding/fictional-dekomp.test.ts',
  'src/seed/demo-behovsmelding/sor-troms-evenes-2024.test.ts',
  'bench/load/plan.test.ts',
];

/** Tests that run the CLI as a user does: each pins `DATABASE_URL: ''` in the child's environment (the embedded
 * database whichever part runs them; `texts` uses none), so the PostgreSQL part would repeat them exactly — some 30 s
 * each, a demo seed apiece. */
const EMBEDDED_ONLY = ['src/cli/cli.test.ts', 'src/cli/*-commands.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
          // Tests of PostgreSQL-server behaviour (a second connection holding locks) run only against a server;
          // `npm test` always runs the suite on one as well. The access matrix (every route × actor × tenancy over
          // HTTP, some 2 000 cells) runs once, on PGlite: it proves the policy and the routes, which do not depend
          // on the engine; the read scopes' SQL is proved on both engines by src/db/read-scope-sql.test.ts. Its cells are
          // split over three files (access-matrix*.test.ts) so that both forks share them.
          exclude: process.env.DATABASE_URL ? ['src/server/access-matrix*.test.ts', ...WITHOUT_DATABASE, ...EMBEDDED_ONLY] : ['src/**/*.postgres.test.ts'],
          globalSetup: ['src/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
          // Both cores: vitest's default leaves one for itself (cores − 1 = one fork on the 2-core CI machine), but the
          // tests' work is in the forks (PGlite runs in-process), and two forks take the PGlite part from ~600 s to
          // ~400 s, which keeps `npm test` in its 25 minutes as the modules grow.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['src/test/global-setup.ts', 'e2e/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // A poll waits for what the page shows after a round trip; vitest's 1 s default is too short for a loaded
          // 2-core CI machine. A condition that never comes true still fails, only later.
          expect: { poll: { timeout: 10_000 } },
          pool: 'forks',
        },
      },
    ],
  },
});
