/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true }] },
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  testTimeout: 60000,
  // Generates the Prisma client of the N+1 execution tests (never committed; offline; cached in node_modules/.cache).
  globalSetup: '<rootDir>/__tests__/harness/orm/global-setup.ts',
};
