/**
 * The content check: only problems new on the branch count as broken, whichever workspace the
 * session is in when it starts; the other workspace is visited through the put-back.
 */
import type { ContentProblem, ContentValidation, LookerApi, WorkspaceId } from '../../looker'
import type { PutBack } from '../../state/putBack'
import type { LockedSession, Visit } from '../../state/workspace'
import { compareContent, findBrokenContent } from './contentCheck'

function problem(key: string, ...messages: string[]): ContentProblem {
  return {
    key,
    kind: 'look',
    title: key,
    dashboardTitle: null,
    folder: null,
    path: null,
    errors: messages.map((message) => ({ message, fieldName: null, model: null })),
  }
}

const validation = (problems: ContentProblem[], looks = 3, tiles = 4): ContentValidation => ({
  problems,
  looksValidated: looks,
  tilesValidated: tiles,
})

describe('compareContent', () => {
  test('a problem production has too is already broken; a new one is broken by the branch', () => {
    const old = problem('look:1', 'Unknown field a')
    const fresh = problem('look:2', 'Unknown field b')
    const impact = compareContent(validation([old]), validation([old, fresh], 10, 20))
    expect(impact).toEqual({
      broken: [fresh],
      alreadyBroken: 1,
      looksValidated: 10,
      tilesValidated: 20,
    })
  })

  test('the same item broken in another way on the branch counts as broken by it', () => {
    const before = problem('look:1', 'Unknown field a')
    const after = problem('look:1', 'Unknown field a', 'Unknown field b')
    expect(compareContent(validation([before]), validation([after]))).toMatchObject({
      broken: [after],
      alreadyBroken: 0,
    })
  })

  test('the same item with other errors, or the same words split otherwise, is a new problem', () => {
    const before = [problem('look:1', 'Unknown field a'), problem('look:2', 'ab', 'c')]
    const after = [problem('look:1', 'Unknown field b'), problem('look:2', 'a', 'bc')]
    expect(compareContent(validation(before), validation(after)).broken).toEqual(after)
  })

  test('problems fixed on the branch are not counted at all', () => {
    expect(compareContent(validation([problem('look:1', 'x')]), validation([]))).toMatchObject({
      broken: [],
      alreadyBroken: 0,
    })
  })
})

describe('contentImpact', () => {
  function setUp(start: WorkspaceId) {
    let workspace = start
    const steps: string[] = []
    const answers: Record<WorkspaceId, ContentValidation> = {
      production: validation([problem('look:1', 'old')], 1, 1),
      dev: validation([problem('look:1', 'old'), problem('look:2', 'new')], 2, 2),
    }
    const api = {
      validateContent: async (projects: string[]) => {
        steps.push(`validate ${projects.join(',')} in ${workspace}`)
        return answers[workspace]
      },
    } as Pick<LookerApi, 'validateContent'> as LookerApi
    const session: LockedSession = {
      readSession: async () => ({ workspaceId: workspace }),
      switchWorkspace: async (to) => {
        workspace = to
        return { workspaceId: to }
      },
      visiting: () => undefined,
    }
    const visits: Visit[] = []
    const putBack: PutBack = {
      async inWorkspace(locked, visit, work) {
        visits.push(visit)
        await locked.switchWorkspace(visit.to)
        try {
          return { value: await work(), switched: true, putBack: true }
        } finally {
          await locked.switchWorkspace(visit.from)
        }
      },
    }
    const exclusive = <T>(work: (s: LockedSession) => Promise<T>) => work(session)
    return { api, putBack, exclusive, steps, visits, workspace: () => workspace }
  }

  test.each<[WorkspaceId, string[], string[]]>([
    [
      'dev',
      ['validate ecommerce in dev', 'validate ecommerce in production'],
      ['Validating content in Development Mode', 'Validating content in production'],
    ],
    [
      'production',
      ['validate ecommerce in production', 'validate ecommerce in dev'],
      ['Validating content in production', 'Validating content in Development Mode'],
    ],
  ])(
    'from %s: both workspaces validated, the session put back, only new problems broken',
    async (start, steps, said) => {
      const s = setUp(start)
      const progress: string[] = []
      const impact = await findBrokenContent(s.api, s.exclusive, s.putBack, 'ecommerce', (t) => {
        progress.push(t)
      })
      expect(s.steps).toEqual(steps)
      expect(progress).toEqual(said)
      expect(s.visits).toEqual([
        { from: start, to: start === 'dev' ? 'production' : 'dev', by: 'content validation' },
      ])
      expect(s.workspace()).toBe(start)
      expect(impact).toEqual({
        broken: [problem('look:2', 'new')],
        alreadyBroken: 1,
        looksValidated: 2,
        tilesValidated: 2,
      })
    }
  )
})
