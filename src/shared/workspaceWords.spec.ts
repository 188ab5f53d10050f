/** Every screen takes a workspace's words from here: the exact text is what a person reads. */
import { otherWorkspace, visitReason, workspaceWords } from './workspaceWords'

test('Development Mode and production, in a sentence, standing alone, on a badge, as models', () => {
  expect(workspaceWords('dev')).toEqual({
    sentence: 'Development Mode',
    title: 'Development Mode',
    short: 'Development',
    models: 'development',
  })
  expect(workspaceWords('production')).toEqual({
    sentence: 'production',
    title: 'Production',
    short: 'Production',
    models: 'production',
  })
})

test('the other workspace is where a switch or a visit goes', () => {
  expect(otherWorkspace('dev')).toBe('production')
  expect(otherWorkspace('production')).toBe('dev')
})

test('a write unavailable during a visit says who visits where and where the session returns', () => {
  expect(visitReason({ from: 'dev', to: 'production', by: 'content validation' })).toBe(
    'Unavailable while the content validation visits production: the session comes back to Development Mode when it ends.'
  )
  expect(visitReason({ from: 'production', to: 'dev', by: 'content check' })).toBe(
    'Unavailable while the content check visits Development Mode: the session comes back to production when it ends.'
  )
})
