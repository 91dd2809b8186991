// Lint rules: typescript-eslint's recommended set plus React hooks; generated and built files are ignored.
// The layer rules (ADR 012, 016) keep imports pointing down: server → use cases → loaders, views, checks → db →
// domain, web → domain; the fixtures
// in lint-fixtures/ and src/lint-rules.test.ts prove that each rule fires and that none blocks too much.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx'];

// `(\.\./)+name/` is an import of src/<name>/ from anywhere below src/ (no folder inside a layer shares these names).
const importsOf = (...folders) => `^(\\.\\./)+(${folders.join('|')})(/|$)`;

const DOMAIN_MESSAGE = 'Domenet er rent: det importerer bare fra src/domain og zod (ingen I/O, ingen lag over det).';
const DOMAIN_TEST_MESSAGE = 'Domenetester tester ren logikk: ingen database, server, use cases, web, CLI eller seed.';
const WEB_MESSAGE = 'Web kjører i nettleseren og snakker med API-et: den importerer aldri server, db eller use cases.';
const USECASE_MESSAGE = 'Use cases kalles av både ruter og CLI: de importerer aldri server (HTTP hører til rutene).';
const USECASE_SQL_MESSAGE =
  'Use cases leser og skriver gjennom repositoriene i src/db: ingen Drizzle eller db/schema her (SQL og låser hører til repositoriet).';
const DB_MESSAGE = 'db ligger under use cases: den importerer aldri use cases (demodata som bruker dem, bor i src/seed).';
const SUPPORT_MESSAGE =
  'Lastere, visninger og kontroller ligger under use cases: de importerer aldri use cases, server, web eller CLI, og leser gjennom repositoriene i src/db.';

const USECASE_LAYER_PATTERNS = [
  { regex: importsOf('cli', 'seed', 'server', 'web'), message: USECASE_MESSAGE },
  { group: ['fastify', '@fastify/*'], message: USECASE_MESSAGE },
];

const ENV_RULE = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: 'Les miljøvariabler kun i src/config/env.ts',
};
const CLOCK_MESSAGE = 'Bruk klokken (Clock i src/domain/shared/clock.ts), så kan regler med dato testes på enhver dato.';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'drizzle/**', 'coverage/**', 'lint-fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ENV_RULE],
    },
  },
  {
    // The machine's time is read only through the Clock. This replaces the rule above for these files, so it repeats
    // the process.env selector.
    files: ['src/usecases/**', 'src/loaders/**', 'src/views/**', 'src/checks/**', 'src/domain/**', 'src/db/*-repository.ts'],
    ignores: [...TEST_FILES, 'src/domain/shared/clock.ts'],
    rules: {
      'no-restricted-syntax': ['error',
        ENV_RULE,
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: CLOCK_MESSAGE },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: CLOCK_MESSAGE },
      ],
    },
  },
  {
    files: ['src/domain/**'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        {
          regex: importsOf('checks', 'cli', 'config', 'db', 'documents', 'integrations', 'loaders', 'seed', 'server', 'test', 'usecases', 'views', 'web'),
          message: DOMAIN_MESSAGE,
        },
        // Any bare specifier (a package, node:*) but zod.
        { regex: '^(?!zod(/|$))[^.]', message: DOMAIN_MESSAGE },
      ] }],
    },
  },
  {
    // Domain tests may use vitest, test-only libraries and the renderers (to produce real files to inspect).
    files: TEST_FILES.map((glob) => `src/domain/${glob}`),
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        {
          regex: importsOf('checks', 'cli', 'config', 'db', 'integrations', 'loaders', 'seed', 'server', 'test', 'usecases', 'views', 'web'),
          message: DOMAIN_TEST_MESSAGE,
        },
      ] }],
    },
  },
  {
    files: ['src/web/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: importsOf('checks', 'cli', 'config', 'db', 'integrations', 'loaders', 'seed', 'server', 'usecases', 'views'), message: WEB_MESSAGE },
        // The server side's packages are the same layers by another door.
        { group: ['drizzle-orm', 'drizzle-orm/*', 'pg', '@electric-sql/*', 'fastify', '@fastify/*'], message: WEB_MESSAGE },
      ] }],
    },
  },
  {
    files: ['src/usecases/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: USECASE_LAYER_PATTERNS }],
    },
  },
  {
    // Use cases say what happens; the SQL, its locks and conditions are the repositories' (one named function per
    // write). Rule options replace each other, so this repeats the layer patterns above. Tests may look in the tables.
    files: ['src/usecases/**'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        ...USECASE_LAYER_PATTERNS,
        { group: ['drizzle-orm', 'drizzle-orm/*'], message: USECASE_SQL_MESSAGE },
        { regex: '(^|/)db/schema', message: USECASE_SQL_MESSAGE },
      ] }],
    },
  },
  {
    // What use cases share (ADR 016): loading a resource with its access check, what the API and the audit log show of
    // it, checks of input against the database. Below the use cases, above the repositories.
    files: ['src/loaders/**', 'src/views/**', 'src/checks/**'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: importsOf('cli', 'seed', 'server', 'usecases', 'web'), message: SUPPORT_MESSAGE },
        { group: ['fastify', '@fastify/*', 'drizzle-orm', 'drizzle-orm/*'], message: SUPPORT_MESSAGE },
        { regex: '(^|/)db/schema', message: SUPPORT_MESSAGE },
      ] }],
    },
  },
  {
    files: ['src/db/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: importsOf('checks', 'cli', 'loaders', 'seed', 'server', 'usecases', 'views', 'web'), message: DB_MESSAGE },
      ] }],
    },
  },
  {
    files: ['src/config/env.ts', 'scripts/**', 'bin/**', 'e2e/**', 'bench/**', 'vitest.config.ts', 'drizzle.config.ts', 'src/test/**', ...TEST_FILES],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
