// Which spec file holds each test, written during StrykerJS's dry run and read in its mutant runs
// (recordTests.cjs, runner.cjs). One line per test: [full name, spec path]. The file lives in
// Stryker's sandbox (a fresh copy of the checkout on every run), never in the checkout itself.
const { join } = require('node:path')

module.exports = { mapFile: join(__dirname, '..', '..', '.stryker-covering-files.jsonl') }
