// Proves that each layer rule in eslint.config.mjs fires: lints a few one-line probes as if they
// were files in the named folders and fails unless every forbidden import is reported with the
// expected rule, and an allowed one is not. The same for the spec rules: no replaced
// `looker.handle`, no api over the fake host written out in a spec. Run by `npm run lint`.
import { ESLint } from 'eslint'

const probes = [
  // [file the probe pretends to be, import, rule expected to fire or null]
  ['src/features/branches/probe.ts', '../queries/run', 'import/no-restricted-paths'],
  [
    'src/features/queries/compare/probe.ts',
    '../../projects/projectRows',
    'import/no-restricted-paths',
  ],
  ['src/features/projects/probe.ts', '../../pages/ProjectsPage', 'import/no-restricted-paths'],
  ['src/shared/probe.ts', '../features/branches/gitActions', 'import/no-restricted-paths'],
  ['src/shared/probe.ts', '../state/workspace', 'import/no-restricted-paths'],
  ['src/shared/ui/probe.ts', '../../features/branches/gitActions', 'import/no-restricted-paths'],
  ['src/shared/ui/probe.ts', '../../state/workspace', 'import/no-restricted-paths'],
  ['src/shared/ui/probe.ts', '../format', 'import/no-restricted-paths'],
  ['src/shared/ui/probe.ts', '../../looker', 'import/no-restricted-paths'],
  ['src/shared/ui/probe.ts', './TextField', null],
  ['src/shared/probe.ts', './ui/MessageBar', null],
  ['src/state/probe.ts', '../features/workspace/WorkspaceBar', 'import/no-restricted-paths'],
  ['src/looker/probe.ts', '../state/workspace', 'import/no-restricted-paths'],
  ['src/features/branches/probe.ts', '../../../dev/fake-looker', 'no-restricted-imports'],
  ['src/features/branches/probe.ts', '@looker/sdk', 'no-restricted-imports'],
  ['src/shared/probe.ts', '@looker/sdk-rtl', 'no-restricted-imports'],
  [
    'src/features/branches/probe.spec.tsx',
    '../../../dev/fake-looker',
    'import/no-restricted-paths',
  ],
  ['src/state/probe.spec.tsx', '../../dev/fake-looker/testing', 'import/no-restricted-paths'],
  ['src/features/branches/probe.spec.tsx', '../../../test/renderApp', null],
  ['src/features/branches/probe.ts', '../../shared/async', 'no-restricted-imports'],
  ['src/state/probe.ts', '../shared/async', null],
  ['src/looker/probe.ts', '@looker/sdk', null],
  ['src/features/branches/probe.ts', './gitActions', null],
  ['src/features/branches/probe.ts', '../../shared/format', null],
  ['src/features/branches/probe.ts', '../../shared/ui/TextField', null],
]

// [file the probe pretends to be, statement inside a function, rule expected to fire or null]
const specProbes = [
  ['src/features/branches/probe.spec.tsx', 'looker.handle = async () => answer'],
  ['test/probe.spec.tsx', 'looker.handle = wrapped'],
  ['test/branchesPage.ts', 'fake.looker.handle = wrapped'],
  ['e2e/probe.flow.ts', 'emulator.looker!.handle = wrapped'],
  ['src/state/probe.spec.tsx', "jest.spyOn(looker, 'handle')"],
  ['src/looker/probe.spec.ts', "createLookerApi(createFakeHost({ looker, user: 'ada' }).sdk)"],
  ['test/probe.spec.tsx', "createFakeLooker({ seed: 'demo' })"],
  ['src/features/queries/probe.spec.tsx', 'LookerExtensionSDK.createClient(host)'],
  [
    'src/features/ship/probe.spec.tsx',
    'looker.state.projects.ecommerce!.validationRequired = true',
  ],
  ['test/probe.spec.tsx', "fake.looker.state.projects['x'] = project"],
  [
    'src/features/ship/probe.spec.tsx',
    'expect(looker.state.projects.ecommerce).toBeDefined()',
    null,
  ],
  ['src/looker/probe.spec.ts', "looker.intercept('session', (_req, next) => next())", null],
  ['src/looker/probe.spec.ts', 'looker.handle(request)', null],
  ['test/apiOverFake.ts', 'createLookerApi(createFakeHost(options).sdk)', null],
  ['dev/fake-looker/probe.spec.ts', 'createFakeLooker()', null],
].map(([filePath, statement, expected = 'no-restricted-syntax']) => [
  filePath,
  `export function probe() {\n  ${statement}\n}\n`,
  expected,
])

const eslint = new ESLint()
const failures = []
const importProbes = probes.map(([filePath, source, expected]) => [
  filePath,
  `import * as probe from '${source}'\nexport const used = probe\n`,
  expected,
])
// Specs render in Looker's theme through the helpers, not with their own ComponentsProvider.
const themeProbes = [
  ['src/features/branches/probe.spec.tsx', 'ComponentsProvider', 'no-restricted-imports'],
  ['src/features/branches/probe.spec.tsx', 'Button', null],
].map(([filePath, name, expected]) => [
  filePath,
  `import { ${name} } from '@looker/components'\nexport const used = ${name}\n`,
  expected,
])
for (const [filePath, code, expected] of [...importProbes, ...specProbes, ...themeProbes]) {
  const [result] = await eslint.lintText(code, { filePath })
  const rules = result.messages.map((m) => m.ruleId)
  const ok = expected ? rules.includes(expected) : rules.length === 0
  if (!ok) {
    const want = expected ? `${expected} to fire` : 'no error'
    failures.push(`${filePath}:\n${code}  wanted ${want}, got [${rules.join(', ')}]`)
  }
}
if (failures.length) {
  console.error(`Layer rules that did not behave:\n  ${failures.join('\n  ')}`)
  process.exit(1)
}
console.log(
  `Layer and spec rules: all ${importProbes.length + specProbes.length + themeProbes.length} probes behaved.`
)
