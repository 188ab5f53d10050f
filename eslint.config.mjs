// Flat config: typescript-eslint, react-hooks (exhaustive-deps is an error), Testing Library and
// jest-dom for specs, an import rule that keeps the Looker SDK inside src/looker/,
// import/no-restricted-paths zones that keep the layers, and syntax rules that keep specs on the
// test helpers and the fake's hooks (scripts/check-lint-layers.mjs proves each of them fires).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import testingLibrary from 'eslint-plugin-testing-library'
import jestDom from 'eslint-plugin-jest-dom'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import importPlugin from 'eslint-plugin-import'
import fs from 'node:fs'

const sdkPaths = [
  {
    name: '@looker/sdk',
    message: 'Only src/looker/ talks to the Looker SDK; use a LookerApi hook.',
  },
  {
    name: '@looker/sdk-rtl',
    message: 'Only src/looker/ talks to the Looker SDK; use a LookerApi hook.',
  },
]
// The extension SDK (storage, navigation, windows) is reached through src/looker/host.ts; only the
// mount (index.tsx) and App.tsx, where the providers are built, read the extension context.
const extensionSdkPaths = [
  {
    name: '@looker/extension-sdk',
    message: 'Use the HostAdapter (src/looker/host.ts) via useHost().',
  },
  {
    name: '@looker/extension-sdk-react',
    message: 'Only index.tsx and App.tsx read the extension context.',
  },
]
const sdkPatterns = [
  {
    group: ['@looker/sdk/*', '@looker/sdk-rtl/*'],
    message: 'Only src/looker/ talks to the Looker SDK.',
  },
]
// The shipped code never imports the fakes; specs may (they render the app over them).
const fakesPatterns = [
  { group: ['**/dev/**', '**/test/**', '**/e2e/**'], message: 'src/ never imports the fakes.' },
]

// Specs change what the fake Looker answers through its hooks (dev/fake-looker/hooks.ts), never by
// replacing `handle`: a replaced handle matches requests by method and path by hand and cannot be
// removed or combined; a hook names the operation (or '*' for every request) and composes.
const handlePatches = [
  {
    selector: "AssignmentExpression[left.type='MemberExpression'][left.property.name='handle']",
    message:
      "Never replace the fake Looker's handle: use its hooks (looker.intercept/hold/answer/fail, addFault; dev/fake-looker/hooks.ts).",
  },
  {
    selector:
      "CallExpression[callee.object.name='jest'][callee.property.name='spyOn'][arguments.1.value='handle']",
    message:
      "Never spy on the fake Looker's handle: use its hooks (looker.intercept/hold/answer/fail, addFault; dev/fake-looker/hooks.ts).",
  },
]
// The api over the fake host and the fake Looker is set up in one place (test/apiOverFake.ts,
// test/renderInApp.tsx, test/renderApp.tsx, test/fakeLooker.ts), not written out in each spec.
const handSetUps = [
  {
    selector:
      'CallExpression[callee.name=/^(createFakeHost|createFakeLooker|createLookerApi)$/], Identifier[name="LookerExtensionSDK"]',
    message:
      'Specs get the api over the fake Looker from apiOverFake() (test/apiOverFake.ts), renderInApp() or renderApp(), and a fake Looker from fakeLooker().',
  },
]
// The fake's live state is for reading (its README): a spec changes Looker as a person or another
// tab would, through requests, or what Looker answers through the hooks.
const stateWrites = [
  {
    selector:
      "AssignmentExpression > MemberExpression.left MemberExpression[property.name='state']:matches([object.name='looker'], [object.property.name='looker'])",
    message:
      "Specs read the fake Looker's state but change it only through requests (clientFor) or its hooks (looker.intercept/answer/fail).",
  },
]

// Layers (README "Layout"): looker <- state <- features <- pages, shared beside them; features are
// islands. A zone forbids `target` files to import anything under `from` (except `except`).
const features = fs
  .readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
const featureZones = features.map((name) => ({
  target: `./src/features/${name}`,
  from: './src/features',
  except: [`./${name}`],
  message: 'Features never import each other: move what both need to src/shared or src/looker.',
}))
const layerZones = [
  ...featureZones,
  {
    target: './src/features',
    from: ['./src/pages'],
    message: 'Features never import pages.',
  },
  {
    target: './src',
    from: './dev',
    message:
      'src/ never imports dev/ (the fakes); specs reach them through test/ (renderApp, fakeLooker).',
  },
  {
    target: './src/shared',
    from: ['./src/features', './src/pages', './src/state'],
    message: 'src/shared is app-agnostic: it imports no feature, page or app state.',
  },
  {
    target: './src/shared/ui',
    from: ['./src/shared', './src/looker'],
    except: ['./ui'],
    message:
      'src/shared/ui only draws (stand-ins for @looker/components): it imports no app code, so the look-alike gallery (e2e/ui-lookalike) can show each one alone.',
  },
  {
    target: './src/state',
    from: ['./src/features', './src/pages'],
    message: 'App state sits below the features.',
  },
  {
    target: './src/looker',
    from: ['./src/features', './src/pages', './src/state'],
    message: 'src/looker is the bottom layer: it knows nothing of the UI.',
  },
]

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'reports/',
      '.stryker-tmp/',
      'e2e/screenshots/',
      'dev/host/public/build/',
      'bench/results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/looker/**', 'src/**/*.spec.{ts,tsx}', 'src/index.tsx', 'src/App.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...sdkPaths, ...extensionSdkPaths],
          patterns: [...sdkPatterns, ...fakesPatterns],
        },
      ],
    },
  },
  {
    // A read whose answer depends on the workspace goes through useWorkspaceAsync (src/state), which
    // keys it by the workspace and holds it during a visit; features and pages never key one by hand.
    files: ['src/features/**/*.{ts,tsx}', 'src/pages/**/*.{ts,tsx}'],
    ignores: ['src/**/*.spec.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...sdkPaths, ...extensionSdkPaths],
          patterns: [
            ...sdkPatterns,
            ...fakesPatterns,
            {
              group: ['**/shared/async'],
              importNames: ['useAsync', 'useRefreshable'],
              message:
                'Read through useWorkspaceAsync (src/state/useWorkspaceAsync.ts): it follows the workspace and its visits.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/index.tsx', 'src/App.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: sdkPaths, patterns: [...sdkPatterns, ...fakesPatterns] },
      ],
    },
  },
  {
    files: ['src/**/*.spec.{ts,tsx}'],
    ignores: ['src/looker/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...sdkPaths,
            {
              name: '@looker/components',
              importNames: ['ComponentsProvider'],
              message:
                "Render in Looker's theme with renderInTheme() (test/renderInTheme.tsx), or in the app's providers with renderInApp().",
            },
          ],
          patterns: sdkPatterns,
        },
      ],
    },
  },
  {
    files: ['src/looker/**/*.{ts,tsx}'],
    ignores: ['src/**/*.spec.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: fakesPatterns }] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { import: importPlugin },
    settings: { 'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: { 'import/no-restricted-paths': ['error', { zones: layerZones }] },
  },
  {
    files: ['**/*.spec.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: ['**/*.spec.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    ...jestDom.configs['flat/recommended'],
  },
  {
    files: ['**/*.spec.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.jest } },
  },
  {
    files: ['**/*.spec.{ts,tsx}', 'test/**/*.{ts,tsx}', 'e2e/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...handlePatches] },
  },
  {
    files: ['e2e/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...handlePatches, ...stateWrites] },
  },
  {
    files: ['src/**/*.spec.{ts,tsx}', 'test/**/*.spec.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...handlePatches, ...handSetUps, ...stateWrites] },
  },
  {
    files: ['**/*.{js,cjs}'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier
)
