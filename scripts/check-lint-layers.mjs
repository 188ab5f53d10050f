// Proves that each layer rule in eslint.config.mjs fires: lints a few one-line probes as if they
// were files in the named folders and fails unless every forbidden import is reported with the
// expected rule, and an allowed one is not. Run by `npm run lint`.
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
]

const eslint = new ESLint()
const failures = []
for (const [filePath, source, expected] of probes) {
  const code = `import * as probe from '${source}'\nexport const used = probe\n`
  const [result] = await eslint.lintText(code, { filePath })
  const rules = result.messages.map((m) => m.ruleId)
  const ok = expected ? rules.includes(expected) : rules.length === 0
  if (!ok) {
    const want = expected ? `${expected} to fire` : 'no error'
    failures.push(`${filePath} importing '${source}': wanted ${want}, got [${rules.join(', ')}]`)
  }
}
if (failures.length) {
  console.error(`Layer rules that did not behave:\n  ${failures.join('\n  ')}`)
  process.exit(1)
}
console.log(`Layer rules: all ${probes.length} probes behaved.`)
