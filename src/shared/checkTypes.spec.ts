/** A check's state in one word, as the deploy policy and the Ship page's summary read it. */
import { ApiError } from '../looker'
import { checkStatus, type CheckView } from './checkTypes'

const done = (outcome: 'passed' | 'failed' | 'error', stale = false): CheckView<number> => ({
  status: 'done',
  stale,
  record: {
    commit: 'c1',
    ranAt: 0,
    outcome:
      outcome === 'error'
        ? { status: 'error', error: new ApiError('no', 'looker') }
        : { status: outcome, value: 1 },
  },
})

test.each<[string, CheckView<number>, string]>([
  ['never run', { status: 'idle' }, 'not run'],
  ['running', { status: 'running', progress: null }, 'running'],
  ['passed', done('passed'), 'passed'],
  ['failed', done('failed'), 'failed'],
  ['could not run', done('error'), 'failed'],
  ['passed on an older commit', done('passed', true), 'stale'],
])('%s: %s', (_what, view, status) => {
  expect(checkStatus(view)).toBe(status)
})
