/**
 * Jest runs the shared and server tests. The server project starts one embedded PostgreSQL per
 * run (server/test/support/global-setup.mjs); each test file gets a throwaway database from it.
 * @type {import('jest').Config}
 */
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/server/tsconfig.json' }];
// ESM-only packages that the server require()s (Node 20.19+ allows it, Jest's module system does not):
// Jest compiles them to CommonJS.
const esmOnlyPackages = [
  'openid-client',
  'oauth4webapi',
  'jose',
  // masto 8 and @atproto/api 0.21 (issue 15) and the ESM-only packages they load
  'masto',
  'change-case',
  'events-to-async',
  '@atproto',
  'multiformats',
  'await-lock',
];
const esmToCommonJs = [
  'ts-jest',
  { tsconfig: { allowJs: true, module: 'commonjs', target: 'es2022', isolatedModules: true }, diagnostics: false },
];
const moduleNameMapper = {
  '^@ou-listening/shared$': '<rootDir>/shared/src/index.ts',
  '^(\\.{1,2}/.*)\\.js$': '$1',
  // these two publish an "import" condition only, which Jest's require() cannot resolve
  '^multiformats$': '<rootDir>/node_modules/multiformats/dist/src/index.js',
  '^multiformats/(.*)$': '<rootDir>/node_modules/multiformats/dist/src/$1.js',
  '^await-lock$': '<rootDir>/node_modules/await-lock/build/AwaitLock.js',
};

module.exports = {
  // Generous for a loaded 2-core CI machine; hooks that start the app share it.
  testTimeout: 120_000,
  projects: [
    {
      displayName: 'shared',
      rootDir: __dirname,
      testMatch: ['<rootDir>/shared/test/**/*.spec.ts'],
      transform: { '^.+\\.ts$': tsJest },
      moduleNameMapper,
    },
    {
      displayName: 'server',
      rootDir: __dirname,
      testMatch: ['<rootDir>/server/src/**/*.spec.ts', '<rootDir>/server/test/**/*.spec.ts'],
      transform: {
        '^.+\\.ts$': tsJest,
        [`/node_modules/(${esmOnlyPackages.join('|')})/.+\\.js$`]: esmToCommonJs,
      },
      transformIgnorePatterns: [`/node_modules/(?!(${esmOnlyPackages.join('|')})/)`],
      moduleNameMapper,
      globalSetup: '<rootDir>/server/test/support/global-setup.mjs',
      globalTeardown: '<rootDir>/server/test/support/global-teardown.mjs',
    },
  ],
};
