/* global afterEach, expect */
// StrykerJS's dry run (a test runner with no active mutant): after each test, note its full name
// (the id Stryker filters a mutant's tests by) and its spec file, for runner.cjs.
const { appendFileSync } = require('node:fs')
const { mapFile } = require('./coveringFiles.cjs')

if (process.env.STRYKER_MUTATOR_WORKER && !process.env.__STRYKER_ACTIVE_MUTANT__) {
  afterEach(() => {
    const { currentTestName, testPath } = expect.getState()
    appendFileSync(mapFile, `${JSON.stringify([currentTestName, testPath])}\n`)
  })
}
