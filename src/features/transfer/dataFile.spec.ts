import type { HostAdapter } from '../../looker'
import {
  collect,
  countOf,
  describe as describeCounts,
  FORMAT,
  planImport,
  readFile,
  s,
} from './dataFile'
import type { DataFile } from './dataFile'

/** The extension's storage as a plain map: these functions only read it. */
const hostWith = (
  items: Record<string, string>,
  extensionId: string | null = 'ws::app'
): HostAdapter => ({
  extensionId,
  getItem: async (key) => items[key] ?? null,
  setItem: async () => undefined,
  navigate: () => undefined,
  openWindow: () => undefined,
  reportError: () => undefined,
})

const spec = (over: Record<string, unknown> = {}) => ({
  model: 'm',
  explore: 'e',
  fields: ['e.a'],
  sorts: [],
  filters: {},
  limit: 500,
  ...over,
})
const query = (name: string, over: Record<string, unknown> = {}) => ({ name, spec: spec(over) })
const result = (over: Record<string, unknown> = {}) => ({ outcome: { ok: true }, ...over })

const file = (projects: DataFile['projects']): DataFile => ({
  format: FORMAT,
  version: 1,
  exportedAt: '2026-01-01T00:00:00.000Z',
  extensionId: 'x',
  projects,
})

describe('words', () => {
  it('adds the plural ending to every count but one', () => {
    expect(s(1)).toBe('')
    expect(s(0)).toBe('s')
    expect(s(2)).toBe('s')
    expect(s(undefined)).toBe('s')
  })

  it('says how many saved queries and Ship results', () => {
    expect(describeCounts(1, 1)).toBe('1 saved query and 1 Ship result')
    expect(describeCounts(0, 0)).toBe('0 saved queries and 0 Ship results')
    expect(describeCounts(2, 3)).toBe('2 saved queries and 3 Ship results')
  })

  it('names the format', () => {
    expect(FORMAT).toBe('workspace-switcher-saved-data')
  })
})

describe('countOf', () => {
  it('counts saved queries, Ship results and projects', () => {
    const data = file({
      a: { savedQueries: [query('q1'), query('q2')], shipResults: { validation: result() } },
      b: { shipResults: { validation: result(), content: result() } },
      c: { savedQueries: [query('q3')] },
    })
    expect(countOf(data)).toEqual([3, 3, 3])
  })

  it('counts nothing in an empty file', () => {
    expect(countOf(file({}))).toEqual([0, 0, 0])
  })
})

describe('collect', () => {
  it("keeps each project's saved queries and Ship results, and says where they came from", async () => {
    const q = [query('q1')]
    const host = hostWith({
      'saved-queries:a': JSON.stringify(q),
      'ship:a:validation': JSON.stringify(result({ at: 1 })),
      'ship:b:data-tests': JSON.stringify(result({ at: 2 })),
      'ship:b:git-connection': JSON.stringify(result({ at: 3 })),
    })
    const before = Date.now()
    const data = await collect(host, ['a', 'b', 'c'])
    expect(data).toEqual({
      format: 'workspace-switcher-saved-data',
      version: 1,
      exportedAt: expect.any(String),
      extensionId: 'ws::app',
      projects: {
        a: { savedQueries: q, shipResults: { validation: result({ at: 1 }) } },
        b: {
          shipResults: { 'data-tests': result({ at: 2 }), 'git-connection': result({ at: 3 }) },
        },
      },
    })
    expect(Object.keys(data.projects.b!.shipResults!)).toEqual(['git-connection', 'data-tests'])
    expect(data.exportedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    expect(Date.parse(data.exportedAt)).toBeGreaterThanOrEqual(before - 1)
    expect(Date.parse(data.exportedAt)).toBeLessThanOrEqual(Date.now() + 1)
  })

  it('reads every kept Ship check', async () => {
    const checks = ['validation', 'sql-impact', 'content', 'git-connection', 'data-tests']
    const host = hostWith(
      Object.fromEntries(checks.map((c, i) => [`ship:p:${c}`, JSON.stringify({ i })]))
    )
    const data = await collect(host, ['p'])
    expect(data.projects.p).toEqual({
      shipResults: Object.fromEntries(checks.map((c, i) => [c, { i }])),
    })
  })

  it('leaves out an empty list, unreadable storage and projects with nothing kept', async () => {
    const host = hostWith(
      { 'saved-queries:a': '[]', 'saved-queries:b': 'not json', 'ship:b:content': '' },
      null
    )
    const data = await collect(host, ['a', 'b'])
    expect(data.projects).toEqual({})
    expect(data.extensionId).toBeNull()
  })

  it('keeps saved queries without Ship results', async () => {
    const data = await collect(hostWith({ 'saved-queries:a': JSON.stringify([query('q')]) }), ['a'])
    expect(data.projects).toEqual({ a: { savedQueries: [query('q')] } })
    expect(data.projects.a).not.toHaveProperty('shipResults')
  })
})

describe('readFile', () => {
  const text = (o: unknown) => JSON.stringify(o)
  const withProjects = (projects: unknown) => text({ format: FORMAT, version: 1, projects })
  const notQuery = (n: number, id: string) =>
    `Saved query ${n} of project ${id} is not a query (name, model, explore, fields, sorts, filters, limit).`

  it('reads a good file', () => {
    const data = file({ a: { savedQueries: [query('q')], shipResults: { validation: result() } } })
    expect(readFile(text(data))).toEqual(data)
  })

  it('says when the text is not JSON', () => {
    const message = (() => {
      try {
        JSON.parse('{')
      } catch (e) {
        return (e as Error).message
      }
    })()
    expect(readFile('{')).toBe(`This file is not JSON (${message}).`)
  })

  it.each([[null], [[]], ['text'], [{ format: 'other', version: 1 }], [{ version: 1 }]])(
    'refuses %j as not an export',
    (raw) => {
      expect(readFile(text(raw))).toBe(
        'Not a Workspace Switcher export: "format" is not "workspace-switcher-saved-data".'
      )
    }
  )

  it('refuses other versions', () => {
    expect(readFile(text({ format: FORMAT, version: 2 }))).toBe(
      'This export is version 2; this app reads version 1.'
    )
    expect(readFile(text({ format: FORMAT, version: '1' }))).toBe(
      'This export is version 1; this app reads version 1.'
    )
  })

  it('reads a file without projects as one with none', () => {
    expect(readFile(text({ format: FORMAT, version: 1 }))).toEqual({
      format: FORMAT,
      version: 1,
      projects: {},
    })
    expect(readFile(text({ format: FORMAT, version: 1, projects: [query('q')] }))).toEqual({
      format: FORMAT,
      version: 1,
      projects: {},
    })
  })

  it('reads a project without saved queries or Ship results', () => {
    expect(readFile(withProjects({ a: {} }))).toEqual({
      format: FORMAT,
      version: 1,
      projects: { a: {} },
    })
    expect(readFile(withProjects({ a: { shipResults: [result()] } }))).toEqual({
      format: FORMAT,
      version: 1,
      projects: { a: { shipResults: [result()] } },
    })
  })

  it('refuses a project that is not an object, or saved queries that are not a list', () => {
    expect(readFile(withProjects({ a: [] }))).toBe(notQuery(1, 'a'))
    expect(readFile(withProjects({ a: 'x' }))).toBe(notQuery(1, 'a'))
    expect(readFile(withProjects({ a: { savedQueries: {} } }))).toBe(notQuery(1, 'a'))
  })

  it.each<[string, unknown]>([
    ['not an object', 'q'],
    ['a list', [query('q')]],
    ['without a name', { spec: spec() }],
    ['with a name that is not text', { name: 1, spec: spec() }],
    ['without a spec', { name: 'q' }],
    ['with a list as spec', { name: 'q', spec: [] }],
    ['without filters', query('q', { filters: undefined })],
    ['with a list as filters', query('q', { filters: [] })],
    ['with a limit that is not a number', query('q', { limit: '500' })],
    ['without a model', query('q', { model: undefined })],
    ['without an explore', query('q', { explore: 1 })],
    ['without fields', query('q', { fields: 'e.a' })],
    ['without sorts', query('q', { sorts: undefined })],
  ])('names the saved query that is %s', (_, bad) => {
    expect(
      readFile(
        withProjects({ a: { savedQueries: [query('q')] }, b: { savedQueries: [query('q'), bad] } })
      )
    ).toBe(notQuery(2, 'b'))
  })

  it.each<[string, unknown]>([
    ['a check this app does not keep', { deploy: result() }],
    ['not an object', { validation: 'ok' }],
    ['a list', { validation: [] }],
    ['without an outcome', { validation: {} }],
    ['with an outcome that is not an object', { validation: { outcome: 'ok' } }],
  ])('refuses a Ship result that is %s', (_, shipResults) => {
    const check = Object.keys(shipResults as object)[0]
    expect(readFile(withProjects({ a: { shipResults } }))).toBe(
      `Ship result "${check}" of project a is not one this app keeps.`
    )
  })
})

describe('planImport', () => {
  it('merges saved queries by name, sorted, and says which it replaces', async () => {
    const host = hostWith({
      'saved-queries:a': JSON.stringify([query('b'), query('c', { limit: 1 }), query('d')]),
    })
    const plan = await planImport(
      host,
      file({ a: { savedQueries: [query('e'), query('c', { limit: 2 }), query('b'), query('a')] } })
    )
    expect(plan).toEqual({
      writes: [
        [
          'saved-queries:a',
          JSON.stringify([
            query('a'),
            query('b'),
            query('c', { limit: 2 }),
            query('d'),
            query('e'),
          ]),
        ],
      ],
      replaces: ['Saved query "c" of project a'],
    })
  })

  it('writes the saved queries of a project with none, or unreadable ones', async () => {
    const host = hostWith({ 'saved-queries:b': 'not json', 'saved-queries:c': '{"name":"x"}' })
    const plan = await planImport(
      host,
      file({
        a: { savedQueries: [query('q')] },
        b: { savedQueries: [query('q')] },
        c: { savedQueries: [query('q')] },
      })
    )
    expect(plan).toEqual({
      writes: [
        ['saved-queries:a', JSON.stringify([query('q')])],
        ['saved-queries:b', JSON.stringify([query('q')])],
        ['saved-queries:c', JSON.stringify([query('q')])],
      ],
      replaces: [],
    })
  })

  it('writes nothing for a project without saved queries or with an empty list', async () => {
    const host = hostWith({ 'saved-queries:a': JSON.stringify([query('q')]) })
    expect(await planImport(host, file({ a: { savedQueries: [] }, b: {} }))).toEqual({
      writes: [],
      replaces: [],
    })
  })

  it('writes new and changed Ship results, skips unchanged ones, and says which it replaces', async () => {
    const host = hostWith({
      'ship:a:validation': JSON.stringify(result({ at: 1 })),
      'ship:a:content': JSON.stringify(result({ at: 2 })),
    })
    const plan = await planImport(
      host,
      file({
        a: {
          shipResults: {
            validation: result({ at: 1 }),
            content: result({ at: 3 }),
            'data-tests': result({ at: 4 }),
          },
        },
      })
    )
    expect(plan).toEqual({
      writes: [
        ['ship:a:content', JSON.stringify(result({ at: 3 }))],
        ['ship:a:data-tests', JSON.stringify(result({ at: 4 }))],
      ],
      replaces: ['Ship result "content" of project a'],
    })
  })

  it('plans nothing for an empty file', async () => {
    expect(await planImport(hostWith({}), file({}))).toEqual({ writes: [], replaces: [] })
  })
})
