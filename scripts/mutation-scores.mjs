// The mutation score per folder of the last `npm run mutate` (or `npx stryker run --mutate ...`),
// from its JSON report, as a Markdown table for docs/mutation-testing.md. Scores as Stryker counts
// them: killed and timed out are detected; ignored, compile and runtime errors are left out.
// Several reports (runs of different files) are read in order, a later one's file replacing an
// earlier one's.
//   node scripts/mutation-scores.mjs [reports/mutation/mutation.json ...]
import { readFileSync } from 'node:fs'

const paths = process.argv.slice(2)
const report = { files: {} }
for (const path of paths.length ? paths : ['reports/mutation/mutation.json']) {
  Object.assign(report.files, JSON.parse(readFileSync(path, 'utf8')).files)
}

/** src/features/ship/x.ts -> src/features/ship; src/shared/git/x.ts -> src/shared. */
const folderOf = (file) => {
  const parts = file.split('/')
  return parts.slice(0, parts[1] === 'features' ? 3 : 2).join('/')
}

const folders = new Map()
for (const [file, { mutants }] of Object.entries(report.files)) {
  const f = folders.get(folderOf(file)) ?? { files: 0, counts: {} }
  f.files += 1
  for (const m of mutants) f.counts[m.status] = (f.counts[m.status] ?? 0) + 1
  folders.set(folderOf(file), f)
}

const n = (counts, ...statuses) => statuses.reduce((sum, s) => sum + (counts[s] ?? 0), 0)
const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(2)}%` : 'n/a')

function row(name, files, counts) {
  const detected = n(counts, 'Killed', 'Timeout')
  const covered = detected + n(counts, 'Survived')
  const valid = covered + n(counts, 'NoCoverage')
  return `| ${name} | ${files} | ${pct(detected, valid)} | ${pct(detected, covered)} | ${n(counts, 'Killed')} | ${n(counts, 'Timeout')} | ${n(counts, 'Survived')} | ${n(counts, 'NoCoverage')} |`
}

const all = { files: 0, counts: {} }
console.log('| Folder | Files | Score | Of covered | Killed | Timed out | Survived | No coverage |')
console.log('| --- | --: | --: | --: | --: | --: | --: | --: |')
for (const [name, f] of [...folders].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(row(`\`${name}/\``, f.files, f.counts))
  all.files += f.files
  for (const [s, c] of Object.entries(f.counts)) all.counts[s] = (all.counts[s] ?? 0) + c
}
console.log(row('**All**', all.files, all.counts))
