/**
 * A visit to the other workspace: the intent is stored before anything is switched, the session
 * is put back afterwards whatever the work did (retried), and a put-back that never happens raises
 * the banner instead of throwing.
 */
import { ApiError, type WorkspaceId } from '../looker'
import { createPutBack, type LeftBehind } from './putBack'
import type { LockedSession, Visit } from './workspace'

/** What the put-back did, in order: set up by `setUp`, written by it and by the session's visits. */
let events: string[] = []

/** A session whose Looker answers as scripted: `refuse` answers of switches are kept elsewhere. */
function session(start: WorkspaceId, script: { refuse?: number } = {}) {
  let workspace = start
  let refuse = script.refuse ?? 0
  const log: string[] = []
  const locked: LockedSession = {
    readSession: async () => {
      log.push(`read ${workspace}`)
      return { workspaceId: workspace }
    },
    switchWorkspace: async (to) => {
      log.push(`switch ${to}`)
      if (refuse > 0) {
        refuse--
        return { workspaceId: workspace }
      }
      workspace = to
      return { workspaceId: to }
    },
    visiting: (v) => events.push(v ? `visiting ${v.to}` : 'visit over'),
  }
  return { locked, log, where: () => workspace }
}

function setUp(delaysMs: number[] = []) {
  events = []
  const left: LeftBehind[] = []
  const waits: number[] = []
  const putBack = createPutBack({
    delaysMs,
    record: async (intent) => {
      events.push(intent ? `record ${intent.back} by ${intent.by}` : 'record done')
    },
    left: (l) => left.push(l),
    wait: async (ms) => {
      waits.push(ms)
    },
  })
  return { putBack, events, left, waits }
}

const visit: Visit = { from: 'production', to: 'dev', by: 'comparison' }

test('the work runs in the other workspace and the session comes back', async () => {
  const s = session('production')
  const { putBack, events, left } = setUp()
  const visited = await putBack.inWorkspace(s.locked, visit, async () => {
    events.push(`work in ${s.where()}`)
    return 42
  })
  expect(visited).toEqual({ value: 42, switched: true, putBack: true })
  expect(events).toEqual([
    'visiting dev',
    'record production by comparison',
    'work in dev',
    'record done',
    'visit over',
  ])
  expect(s.where()).toBe('production')
  expect(left).toEqual([])
})

test('a visit to the workspace the session is in switches nothing', async () => {
  const s = session('dev')
  const { putBack, events } = setUp()
  const visited = await putBack.inWorkspace(s.locked, { ...visit, from: 'dev' }, async () => 'x')
  expect(visited).toEqual({ value: 'x', switched: false, putBack: true })
  expect(s.log).toEqual([])
  expect(events).toEqual([])
})

test('failed work still puts the session back, then its error is thrown', async () => {
  const s = session('production')
  const { putBack, events } = setUp()
  await expect(
    putBack.inWorkspace(s.locked, visit, async () => {
      throw new Error('query failed')
    })
  ).rejects.toThrow('query failed')
  expect(s.where()).toBe('production')
  expect(events).toContain('record done')
  expect(events[events.length - 1]).toBe('visit over')
})

test('Looker keeping the session where it is: its words, no work done, nothing left behind', async () => {
  const s = session('production', { refuse: 1 })
  const { putBack, left } = setUp()
  const work = jest.fn(async () => 1)
  const refused = putBack.inWorkspace(s.locked, visit, work)
  await expect(refused).rejects.toThrow('Looker kept the session in production.')
  await expect(refused).rejects.toMatchObject({ kind: 'looker' })
  expect(work).not.toHaveBeenCalled()
  expect(left).toEqual([])
})

test('an intent that cannot be stored switches nothing and says why', async () => {
  const s = session('production')
  const putBack = createPutBack({
    delaysMs: [],
    record: () => Promise.reject(new Error('quota exceeded')),
  })
  const refused = putBack.inWorkspace(s.locked, visit, async () => 1)
  await expect(refused).rejects.toThrow(
    'Nothing was switched: the note to put the session back in production if this page closes could not be stored (quota exceeded). Free some extension storage, or switch by hand.'
  )
  await expect(refused).rejects.toMatchObject({ kind: 'host' })
  expect(s.log).toEqual([])
})

test('a put-back that fails is retried after each delay until Looker reports it', async () => {
  const s = session('production')
  const { putBack, waits, left } = setUp([10, 20, 40])
  const visited = await putBack.inWorkspace(s.locked, visit, async () => {
    // From now on the next two switches fail.
    const real = s.locked.switchWorkspace
    let failures = 2
    s.locked.switchWorkspace = async (to) => {
      if (failures-- > 0) throw new ApiError('Looker is down', 'network')
      return real(to)
    }
    return 'v'
  })
  expect(visited).toEqual({ value: 'v', switched: true, putBack: true })
  expect(waits).toEqual([10, 20])
  expect(s.where()).toBe('production')
  expect(left).toEqual([])
})

test('a put-back Looker applied after all is seen on the next read, not switched again', async () => {
  const s = session('production')
  const { putBack, waits } = setUp([5])
  await putBack.inWorkspace(s.locked, visit, async () => {
    const real = s.locked.switchWorkspace
    s.locked.switchWorkspace = async (to) => {
      await real(to)
      throw new ApiError('timeout', 'network')
    }
    return 1
  })
  expect(waits).toEqual([5])
  // The switch back failed as far as the app knows; the read before the retry finds it done.
  expect(s.log.slice(-3)).toEqual(['read dev', 'switch production', 'read production'])
})

test('every attempt failing: the banner is raised, the intent kept, the value still returned', async () => {
  const s = session('production')
  const { putBack, waits, left, events } = setUp([1, 2])
  const visited = await putBack.inWorkspace(s.locked, visit, async () => {
    s.locked.switchWorkspace = async () => ({ workspaceId: 'dev' })
    return 'v'
  })
  expect(visited).toEqual({ value: 'v', switched: true, putBack: false })
  expect(waits).toEqual([1, 2])
  expect(left).toEqual([{ reason: 'failed', in: 'dev', back: 'production', by: 'comparison' }])
  expect(events).not.toContain('record done')
})

test('the defaults: no storage, no banner, the app’s own sleep between attempts', async () => {
  const s = session('production')
  const putBack = createPutBack({ delaysMs: [1] })
  const visited = await putBack.inWorkspace(s.locked, visit, async () => {
    s.locked.switchWorkspace = async () => ({ workspaceId: 'dev' })
    return 'v'
  })
  expect(visited).toEqual({ value: 'v', switched: true, putBack: false })
})
