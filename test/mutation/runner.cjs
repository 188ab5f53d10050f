// Jest's test runner, loading only the spec files that hold a mutant's covering tests.
//
// For each mutant, Stryker's jest runner asks jest for the specs related to the mutated file
// (`--findRelatedTests`, every spec that imports it, however indirectly) and filters their tests by
// name (`testNamePattern`, the tests that reached the mutant in the dry run). Jest still loads every
// related spec to find those names: 30 to 40 specs, each a fresh jsdom and the SDK, for a mutant two
// specs reach. This runner keeps only the specs whose tests match the pattern, from the names the
// dry run recorded (recordTests.cjs). The tests run are the same; the specs that would have run
// none are not loaded. With no record (or no match) it runs what jest gave it.
const { existsSync, readFileSync } = require('node:fs')
const TestRunner = require('jest-runner').default
const { mapFile } = require('./coveringFiles.cjs')

/** @type {Array<[string, string]> | null} */
let recorded = null

function specsMatching(pattern) {
  if (!recorded && existsSync(mapFile)) {
    recorded = readFileSync(mapFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  }
  if (!recorded) return null
  // As jest-circus matches testNamePattern against a test's full name.
  const re = new RegExp(pattern, 'i')
  return new Set(recorded.filter(([name]) => re.test(name)).map(([, path]) => path))
}

class CoveringSpecsRunner extends TestRunner {
  runTests(tests, watcher, options) {
    const pattern = this._globalConfig.testNamePattern
    const specs = process.env.__STRYKER_ACTIVE_MUTANT__ && pattern ? specsMatching(pattern) : null
    const covering = specs ? tests.filter((test) => specs.has(test.path)) : []
    return super.runTests(covering.length ? covering : tests, watcher, options)
  }
}

module.exports = CoveringSpecsRunner
