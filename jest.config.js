/**
 * Jest runs the shared and server tests. The server project starts one embedded PostgreSQL per
 * run (server/test/support/global-setup.mjs); each test file gets a throwaway database from it.
 * @type {import('jest').Config}
 */
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/server/tsconfig.json' }];
const moduleNameMapper = {
  '^@ou-listening/shared$': '<rootDir>/shared/src/index.ts',
  '^(\\.{1,2}/.*)\\.js$': '$1',
};

module.exports = {
  testTimeout: 60_000,
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
      transform: { '^.+\\.ts$': tsJest },
      moduleNameMapper,
      globalSetup: '<rootDir>/server/test/support/global-setup.mjs',
      globalTeardown: '<rootDir>/server/test/support/global-teardown.mjs',
    },
  ],
};
