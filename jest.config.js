/**
 * Integration tests run against a real PostgreSQL: an embedded server started once per run
 * (test/helpers/global-setup.ts), or DATABASE_URL's server. Each test file gets its own database.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  globalSetup: '<rootDir>/test/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
  // Two cores on CI: two workers keep the database busy without starving the server.
  maxWorkers: process.env.CI ? 2 : '50%',
};
