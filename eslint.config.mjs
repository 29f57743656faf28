import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Module boundaries (docs/architecture.md). A server feature reaches another only through its
 * public files: the module, the service, types, errors, DTOs and the named contracts below; never
 * its repository. common/, config/ and database/ are open to all. The app never imports the
 * benches, fakes or tests that sit beside it.
 */
const SERVER_OPEN = ['common', 'config', 'database'];
const SERVER_CONTRACTS = [
  'sources/source-connector',
  'sources/connector-registry',
  'audit/audit-key',
  'audit/audit-checkpoints',
  'audit/audit-checkpoint\\.job',
  'audit/changed-fields',
  'audit/audit-verification',
  // Re-export kept until classify (being rewritten elsewhere) imports @Roles from common/.
  'auth/roles\\.decorator',
];
const serverBoundaries = {
  files: ['server/src/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^\\.\\./(?!(?:${SERVER_OPEN.join('|')})/)[a-z-]+/.*\\.repository(?:\\.js)?$`,
            message: "Another feature's repository: call its service (or an injected port) instead.",
          },
          {
            regex: `^\\.\\./(?!(?:${SERVER_OPEN.join('|')})/)(?!(?:${SERVER_CONTRACTS.join('|')})(?:\\.js)?$)[a-z-]+/(?!dto/)(?![a-z-]+\\.(?:module|service|types|errors)(?:\\.js)?$).+$`,
            message: "Not part of that feature's public surface (module, service, types, errors, dto/).",
          },
          {
            regex: '^(?:\\.\\./)+(?:bench|tools|test)/',
            message: 'The app does not import benches, fakes or tests.',
          },
        ],
      },
    ],
  },
};

/** Web features never import each other or the routes in app/ (tests of a route live with it). */
const WEB_FEATURES = [
  'audit',
  'auth',
  'classifier',
  'escalations',
  'health',
  'mentions',
  'notifications',
  'sources',
  'trends',
  'users',
];
const webBoundaries = WEB_FEATURES.map((feature) => ({
  files: [`web/src/features/${feature}/**/*.{ts,tsx}`],
  ignores: ['**/*.test.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(?:\\.\\./)+(?:features/)?(?:${WEB_FEATURES.filter((f) => f !== feature).join('|')})(?:/|$)`,
            message: 'Features do not import each other: move what both need to components/ or lib/.',
          },
          { regex: '^(?:\\.\\./)+app(?:/|$)', message: 'Features do not import the routes in app/.' },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.data/**', 'test-artifacts/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: {
        project: ['./shared/tsconfig.json', './server/tsconfig.json', './web/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Nest and TypeORM use classes as values for types (DI tokens, entity lists).
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  serverBoundaries,
  ...webBoundaries,
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        globalThis: 'readonly',
      },
    },
  },
);
