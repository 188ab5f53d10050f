/**
 * SQL impact sorts every explore of the project into same, changed (with the fields only the
 * branch has), new on the branch, or failed (with the mode that failed and Looker's words).
 */
import { sleep } from '../../shared/abort'
import {
  ApiError,
  type ExploreDetail,
  type FieldInfo,
  type LookerApi,
  type QuerySpec,
} from '../../looker'
import { IN_FLIGHT, MAX_DIMENSIONS, MAX_MEASURES, sqlImpact, type SqlImpact } from './sqlImpact'

const field = (name: string): FieldInfo =>
  ({ name, label: name, category: 'dimension', isNumeric: false, description: null }) as FieldInfo

type Sql = string | ApiError
interface ExploreScript {
  fields?: string[]
  measures?: string[]
  dev: Sql | ((fields: string[]) => Sql)
  production: Sql | ((fields: string[]) => Sql)
}

/** A Looker whose explores answer SQL as scripted, recording what is asked. */
function lookerWith(explores: Record<string, ExploreScript>, otherProject: string[] = []) {
  const specs: QuerySpec[] = []
  const asked: string[] = []
  let running = 0
  let mostAtOnce = 0
  const api = {
    listModels: async () => [
      {
        name: 'shop',
        label: 'Shop',
        projectName: 'ecommerce',
        explores: Object.keys(explores).map((name) => ({ name, label: name, description: null })),
      },
      {
        name: 'books',
        label: 'Books',
        projectName: 'finance',
        explores: otherProject.map((name) => ({ name, label: name, description: null })),
      },
    ],
    getExplore: async (model: string, explore: string): Promise<ExploreDetail> => {
      running++
      mostAtOnce = Math.max(mostAtOnce, running)
      await sleep(1)
      running--
      const script = explores[explore]
      if (!script) throw new ApiError(`No explore ${model}::${explore}`, 'looker', null, 404)
      return {
        model,
        name: explore,
        label: explore,
        projectName: 'ecommerce',
        dimensions: (script.fields ?? ['orders.id']).map(field),
        measures: (script.measures ?? []).map(field),
      }
    },
    createQuery: async (spec: QuerySpec) => {
      specs.push(spec)
      return String(specs.length - 1)
    },
    getSql: async (queryId: string, mode: 'dev' | 'production') => {
      const spec = specs[Number(queryId)]!
      asked.push(`${spec.explore} ${mode}`)
      const script = explores[spec.explore]![mode]
      const sql = typeof script === 'function' ? script(spec.fields) : script
      if (sql instanceof ApiError) throw sql
      return sql
    },
  } as Pick<LookerApi, 'listModels' | 'getExplore' | 'createQuery' | 'getSql'> as LookerApi
  return { api, specs, asked, mostAtOnce: () => mostAtOnce }
}

async function run(api: LookerApi, signal = new AbortController().signal) {
  const progress: Array<[number, number]> = []
  const result: SqlImpact = await sqlImpact(api, 'ecommerce', signal, (done, total) => {
    progress.push([done, total])
  })
  return { result, progress }
}

test('the same SQL in both modes is the same; only the project’s own explores are compared', async () => {
  const { api, asked } = lookerWith({ orders: { dev: 'SELECT 1', production: 'SELECT 1' } }, [
    'ledger',
  ])
  const { result, progress } = await run(api)
  expect(result.explores).toEqual([{ model: 'shop', explore: 'orders', kind: 'same' }])
  expect(asked).toEqual(['orders dev', 'orders production'])
  expect(progress).toEqual([
    [0, 1],
    [1, 1],
  ])
})

test('changed SQL is shown line by line, production first', async () => {
  const { api } = lookerWith({
    orders: { dev: 'SELECT a\nFROM t2', production: 'SELECT a\nFROM t1' },
  })
  const { result } = await run(api)
  expect(result.explores).toEqual([
    {
      model: 'shop',
      explore: 'orders',
      kind: 'changed',
      added: [],
      diff: [
        { kind: 'same', text: 'SELECT a' },
        { kind: 'production', text: 'FROM t1' },
        { kind: 'development', text: 'FROM t2' },
      ],
    },
  ])
})

test('a field production drops silently is listed as added on the branch, in either alias', async () => {
  const { api } = lookerWith({
    snake: {
      fields: ['orders.id', 'orders.margin'],
      dev: 'SELECT orders.id AS orders_id, orders.m AS orders_margin',
      production: 'SELECT orders.id AS orders_id',
    },
    quoted: {
      fields: ['orders.id', 'orders.margin'],
      dev: 'SELECT id AS "orders.id", m AS "orders.margin"',
      production: 'SELECT id AS "orders.id"',
    },
    prefix: {
      fields: ['orders.id', 'orders.margin'],
      dev: 'SELECT orders_id, orders_margin_total',
      production: 'SELECT orders_id',
    },
  })
  const { result } = await run(api)
  expect(result.explores.map((e) => [e.explore, e.kind === 'changed' && e.added])).toEqual([
    ['snake', ['orders.margin']],
    ['quoted', ['orders.margin']],
    ['prefix', []],
  ])
})

test('a field production refuses by name: asked again without it, and listed as added', async () => {
  const refused = new ApiError('Unknown field: orders.margin does not exist', 'looker', null, 400)
  const { api, specs } = lookerWith({
    orders: {
      fields: ['orders.id', 'orders.margin'],
      dev: 'SELECT orders_id, orders_margin',
      production: (fields) => (fields.includes('orders.margin') ? refused : 'SELECT orders_id'),
    },
  })
  const { result } = await run(api)
  expect(specs.map((s) => s.fields)).toEqual([['orders.id', 'orders.margin'], ['orders.id']])
  // Both ask for the fields alone: no filter, no sort, Looker's usual row limit.
  for (const asked of specs) {
    expect(asked).toMatchObject({
      model: 'shop',
      explore: 'orders',
      filters: {},
      sorts: [],
      limit: 500,
    })
  }
  expect(result.explores).toEqual([
    {
      model: 'shop',
      explore: 'orders',
      kind: 'changed',
      added: ['orders.margin'],
      diff: [
        { kind: 'production', text: 'SELECT orders_id' },
        { kind: 'development', text: 'SELECT orders_id, orders_margin' },
      ],
    },
  ])
})

test.each([
  ['a 404', new ApiError('Not found', 'looker', null, 404)],
  ['"View Not Found"', new ApiError('View Not Found', 'looker', null, 400)],
  [
    '"could not find the model or view"',
    new ApiError('Could not find the model or view', 'looker', null, 400),
  ],
  ['"explore … not found"', new ApiError('Explore orders not found', 'looker', null, 400)],
])('production answering %s: the explore is new on the branch', async (_what, error) => {
  const { api } = lookerWith({ orders: { dev: 'SELECT 1', production: error } })
  expect((await run(api)).result.explores).toEqual([
    { model: 'shop', explore: 'orders', kind: 'new' },
  ])
})

test.each([
  ['names no field of the query', 'Something else went wrong'],
  ['names every field of the query', 'Unknown field: orders.id does not exist'],
])(
  'a production failure that %s is a failure in production, in Looker’s words',
  async (_w, message) => {
    const { api, specs } = lookerWith({
      orders: { dev: 'SELECT 1', production: new ApiError(message, 'looker', null, 400) },
    })
    expect((await run(api)).result.explores).toEqual([
      { model: 'shop', explore: 'orders', kind: 'failed', mode: 'production', message },
    ])
    expect(specs).toHaveLength(1)
  }
)

test('a failure on the branch is a failure in Development Mode; the other explores go on', async () => {
  const { api, asked } = lookerWith({
    broken: { dev: new ApiError('LookML error', 'looker', null, 400), production: 'SELECT 1' },
    fine: { dev: 'SELECT 1', production: 'SELECT 1' },
  })
  const { result } = await run(api)
  expect(result.explores).toEqual([
    { model: 'shop', explore: 'broken', kind: 'failed', mode: 'dev', message: 'LookML error' },
    { model: 'shop', explore: 'fine', kind: 'same' },
  ])
  expect(asked).not.toContain('broken production')
})

test('an explore Looker cannot describe is a failure in Development Mode', async () => {
  const { api } = lookerWith({ orders: { dev: 'SELECT 1', production: 'SELECT 1' } })
  const real = api.getExplore
  api.getExplore = (m, e) => (e === 'orders' ? Promise.reject(new Error('gone')) : real(m, e))
  expect((await run(api)).result.explores).toEqual([
    { model: 'shop', explore: 'orders', kind: 'failed', mode: 'dev', message: 'gone' },
  ])
})

test('at most the first dimensions and measures are asked for', async () => {
  const dims = Array.from({ length: MAX_DIMENSIONS + 3 }, (_, i) => `v.d${i}`)
  const measures = Array.from({ length: MAX_MEASURES + 3 }, (_, i) => `v.m${i}`)
  const { api, specs } = lookerWith({
    orders: { fields: dims, measures, dev: 'SELECT 1', production: 'SELECT 1' },
  })
  await run(api)
  expect(specs[0]!.fields).toEqual([
    ...dims.slice(0, MAX_DIMENSIONS),
    ...measures.slice(0, MAX_MEASURES),
  ])
})

test('every explore is compared, in order, a few at once, with progress after each', async () => {
  const names = Array.from({ length: IN_FLIGHT * 2 + 1 }, (_, i) => `e${i}`)
  const { api, mostAtOnce } = lookerWith(
    Object.fromEntries(names.map((n) => [n, { dev: 'SELECT 1', production: 'SELECT 1' }]))
  )
  const { result, progress } = await run(api)
  expect(result.explores.map((e) => e.explore)).toEqual(names)
  expect(progress).toEqual([[0, names.length], ...names.map((_, i) => [i + 1, names.length])])
  expect(mostAtOnce()).toBe(IN_FLIGHT)
})

test('a project without explores reports none', async () => {
  const { api } = lookerWith({})
  expect(await run(api)).toEqual({ result: { explores: [] }, progress: [[0, 0]] })
})

test('stopped during the run: the explores compared so far, no gap for the rest', async () => {
  const controller = new AbortController()
  const names = Array.from({ length: IN_FLIGHT + 3 }, (_, i) => `e${i}`)
  const { api } = lookerWith(
    Object.fromEntries(names.map((n) => [n, { dev: 'SELECT 1', production: 'SELECT 1' }]))
  )
  const progress: number[] = []
  const { explores } = await sqlImpact(api, 'ecommerce', controller.signal, (done) => {
    progress.push(done)
    if (done === 1) controller.abort()
  })
  expect(explores.length).toBe(IN_FLIGHT)
  expect(explores.every((e) => e.kind === 'same')).toBe(true)
})

test('once stopped, no further explore is started', async () => {
  const controller = new AbortController()
  const { api, asked } = lookerWith({
    a: { dev: 'SELECT 1', production: 'SELECT 1' },
  })
  controller.abort()
  expect((await run(api, controller.signal)).result.explores.length).toBe(0)
  expect(asked).toEqual([])
})
