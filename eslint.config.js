// Lint rules: typescript-eslint's recommended set plus React hooks; generated and built files are ignored.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'drizzle/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', {
        selector: "MemberExpression[object.name='process'][property.name='env']",
        message: 'Les miljøvariabler kun i src/config/env.ts',
      }],
    },
  },
  {
    files: ['src/config/env.ts', 'scripts/**', 'bin/**', 'e2e/**', 'bench/**', 'vitest.config.ts', 'drizzle.config.ts', 'src/test/**', '**/*.test.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
