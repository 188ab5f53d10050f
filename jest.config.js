const { repositoryUrl, repositoryWebUrl } = require('./build/listing')
const pkg = require('./package.json')

/** @type {import('jest').Config} */
module.exports = {
  // What webpack's DefinePlugin writes into the bundle (webpack.config.js); a fixed commit here.
  globals: {
    __APP_VERSION__: pkg.version,
    __APP_COMMIT__: '0123456789abcdef0123456789abcdef01234567',
    __APP_REPOSITORY__: repositoryWebUrl(repositoryUrl(pkg)),
  },
  testEnvironment: 'jsdom',
  // jsdom would pick the `browser` export condition (ESM-only uuid); see docs/stack-pitfalls.md
  testEnvironmentOptions: { customExportConditions: ['node', 'node-addons'] },
  roots: ['<rootDir>/src', '<rootDir>/dev', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      {
        tsconfig: {
          jsx: 'react',
          module: 'commonjs',
          moduleResolution: 'node',
          esModuleInterop: true,
          resolveJsonModule: true,
          target: 'ES2019',
          isolatedModules: true,
        },
        diagnostics: false,
      },
    ],
  },
  moduleNameMapper: {
    '^d3-color$': '<rootDir>/node_modules/d3-color/dist/d3-color.js',
  },
  setupFiles: ['regenerator-runtime/runtime'],
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  // The machines are shared (2 cores, several suites at once; every spec must pass pinned to one
  // core beside another jest run): rendering the whole app can take many seconds. A generous limit
  // still catches a hang; no test asserts timing, and no spec sets a shorter one.
  testTimeout: 120_000,
}
