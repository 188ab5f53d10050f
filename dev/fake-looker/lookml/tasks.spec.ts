/** @jest-environment node */
import { setTimeout as sleep } from 'timers/promises'
import { FakeApiError } from '../errors'
import { behaviourOf } from '../profiles'
import { createQueryService, type QueryService } from './service'
import type { RunResult } from './types'
import { demoSource, expectSchema } from './testing'

let service: QueryService
beforeEach(() => {
  service = createQueryService(demoSource(), { slowQueryMs: 40 })
})
afterEach(() => service.close())

const body = {
  model: 'ecommerce',
  view: 'orders',
  fields: ['orders.status', 'orders.total_revenue'],
}
const body0 = body
const tick = () => sleep(5)

/** Polls like a client would, until the results stop being 202 (bounded, no timing asserted). */
async function awaitResults(taskId: string, seen: number[] = []): Promise<RunResult> {
  for (let i = 0; i < 2000; i++) {
    const result = service.queryTaskResults('ada', 'dev', taskId)
    seen.push(result.status)
    if (result.status !== 202 && result.status !== 204) return result
    await tick()
  }
  throw new Error('task never finished')
}

function taskFor(view: string, format: string, ws: 'production' | 'dev' = 'dev', flags = {}) {
  const query = service.createQuery('ada', ws, { ...body, view })
  return service.createQueryTask('ada', ws, { query_id: query.id, result_format: format }, flags)
}

describe('query tasks', () => {
  it('goes from added to complete and then serves the results of its workspace', async () => {
    const task = taskFor('orders', 'json', 'production', { force_production: true })
    expectSchema('QueryTask', task)
    expect(task).toMatchObject({ status: 'added', result_format: 'json', force_production: true })
    expect(service.queryTaskResults('ada', 'dev', task.id as string)).toMatchObject({
      status: 202,
      body: { status: 'added' },
    })

    const result = await awaitResults(task.id as string)
    expect(result).toMatchObject({
      status: 200,
      contentType: 'application/json',
      workspace: 'production',
    })
    const prod = await service.runInlineQuery('ada', 'production', 'json', body)
    expect(result.body).toEqual(prod.body)
    expect(service.queryTask('ada', 'dev', task.id as string)).toMatchObject({ status: 'complete' })
  })

  it('keeps a task on the slow explore running, answering 202, until it completes', async () => {
    const task = taskFor('slow_orders', 'json_detail')
    const seen: number[] = []
    const result = await awaitResults(task.id as string, seen)
    expect(seen.filter((s) => s === 202).length).toBeGreaterThan(1)
    expect(result.status).toBe(200)
    expect((result.body as { sql: string }).sql).toContain('orders.discount')
  })

  it('reports a running task as running', async () => {
    const task = taskFor('slow_orders', 'json')
    let status = service.queryTask('ada', 'dev', task.id as string).status
    for (let i = 0; status === 'added' && i < 100; i++) {
      await tick()
      status = service.queryTask('ada', 'dev', task.id as string).status
    }
    expect(status).toBe('running')
    expect(service.queryTaskResults('ada', 'dev', task.id as string).body).toEqual({
      status: 'running',
    })
  })

  it('can be killed before it finishes', async () => {
    const task = taskFor('slow_orders', 'json')
    service.killQueryTask('ada', 'dev', task.id as string)
    expect(service.queryTask('ada', 'dev', task.id as string).status).toBe('killed')
    expect(() => service.queryTaskResults('ada', 'dev', task.id as string)).toThrow(
      expect.objectContaining({ status: 404 })
    )
  })

  it('answers kill_query on a finished task with 404, and may report a killed task as expired', async () => {
    const done = taskFor('orders', 'json')
    await awaitResults(done.id as string)
    expect(() => service.killQueryTask('ada', 'dev', done.id as string)).toThrow(
      expect.objectContaining({ status: 404 })
    )
    const v25 = createQueryService(demoSource(), {
      slowQueryMs: 40,
      behaviour: () => behaviourOf('25'),
    })
    const query = v25.createQuery('ada', 'dev', { ...body, view: 'slow_orders' })
    const slow = v25.createQueryTask('ada', 'dev', { query_id: query.id, result_format: 'json' })
    v25.killQueryTask('ada', 'dev', slow.id as string)
    expect(v25.queryTask('ada', 'dev', slow.id as string).status).toBe('expired')
    v25.close()
  })

  it.each([
    ['24', 204, undefined],
    ['25', 202, ''],
    ['26', 202, { status: 'added' }],
  ] as const)(
    'profile %s answers results of a pending task with %d %j',
    (version, status, body) => {
      const s = createQueryService(demoSource(), { behaviour: () => behaviourOf(version) })
      const query = s.createQuery('ada', 'dev', { ...body0 })
      const task = s.createQueryTask('ada', 'dev', { query_id: query.id, result_format: 'json' })
      const res = s.queryTaskResults('ada', 'dev', task.id as string)
      expect([res.status, res.body]).toEqual([status, body])
      s.close()
    }
  )

  it('fails a task whose query does not compile: the compile error for json, errors[] for json_detail', async () => {
    // Only a field production lacks: Looker drops it and has nothing left to query.
    const query = service.createQuery('ada', 'production', {
      ...body,
      fields: ['orders.average_discount'],
    })
    const asJson = service.createQueryTask('ada', 'production', {
      query_id: query.id,
      result_format: 'json',
    })
    const asDetail = service.createQueryTask('ada', 'production', {
      query_id: query.id,
      result_format: 'json_detail',
    })
    await expect(awaitResults(asJson.id as string)).rejects.toMatchObject({ status: 400 })
    expect(service.queryTask('ada', 'dev', asJson.id as string).status).toBe('error')
    const detail = await awaitResults(asDetail.id as string)
    expect(detail.status).toBe(200)
    expect((detail.body as { errors: Array<{ message: string }> }).errors[0]!.message).toBe(
      'Must query at least one dimension or measure'
    )
  })

  it('answers 404 for an unknown task and 422 for a body without query_id', () => {
    expect(() => service.queryTaskResults('ada', 'dev', 'nope')).toThrow(FakeApiError)
    expect(() => service.createQueryTask('ada', 'dev', { result_format: 'json' })).toThrow(
      expect.objectContaining({
        status: 422,
        errors: [expect.objectContaining({ field: 'query_id' })],
      })
    )
  })
})

describe('as real Looker answered (docs/looker-api-behaviour.md "Development Mode notes")', () => {
  const recent = { model: 'sandbox', view: 'recent_orders', fields: ['recent_orders.status'] }
  const NOTE =
    'Note: This query contains derived tables with conditional SQL for Development Mode. Query results in Production Mode might be different.'

  async function detailOf(s: QueryService, ws: 'production' | 'dev') {
    const query = s.createQuery('ada', ws, recent)
    const task = s.createQueryTask('ada', ws, { query_id: query.id, result_format: 'json_detail' })
    const id = task.id as string
    for (
      let i = 0;
      i < 2000 && ['added', 'running'].includes(s.queryTask('ada', ws, id).status as string);
      i++
    )
      await tick()
    const status = s.queryTask('ada', ws, id).status
    const body = s.queryTaskResults('ada', ws, id).body as {
      data: unknown[]
      errors: Array<Record<string, unknown>>
      sql: string
    }
    return { status, body }
  }

  it('a Development Mode query over a derived table with -- if dev -- SQL: status error, the note (fatal: false), rows', async () => {
    const dev = await detailOf(service, 'dev')
    expect(dev.status).toBe('error')
    expect(dev.body.errors).toEqual([
      expect.objectContaining({ message: NOTE, level: 'error', fatal: false }),
    ])
    expect(dev.body.data.length).toBeGreaterThan(0)
    // The dev line runs; the prod line stays a comment, as Looker writes it.
    expect(dev.body.sql).toMatch(/WITH recent_orders AS/)
    expect(dev.body.sql).toMatch(/-- if prod --/)
    expect(dev.body.sql).not.toMatch(/-- if dev --/)
    const production = await detailOf(service, 'production')
    expect(production.status).toBe('complete')
    expect(production.body.errors).toEqual([])
    expect(production.body.sql).toMatch(/-- if dev --/)
  })

  it('devNoteRows: none answers the note with no rows', async () => {
    const s = createQueryService(demoSource(), {
      behaviour: () => behaviourOf('26', { devNoteRows: 'none' }),
    })
    const dev = await detailOf(s, 'dev')
    expect(dev.body.data).toEqual([])
    expect(dev.body.errors).toEqual([expect.objectContaining({ message: NOTE, fatal: false })])
    s.close()
  })

  it('transientExpired: once reports a task seconds old as expired once, then its real outcome', async () => {
    const s = createQueryService(demoSource(), {
      behaviour: () => behaviourOf('26', { transientExpired: 'once' }),
    })
    const query = s.createQuery('ada', 'dev', body)
    const task = s.createQueryTask('ada', 'dev', { query_id: query.id, result_format: 'json' })
    const id = task.id as string
    const seen: string[] = []
    for (let i = 0; i < 2000 && !['complete', 'error'].includes(seen.at(-1) ?? ''); i++) {
      seen.push(s.queryTask('ada', 'dev', id).status as string)
      await tick()
    }
    expect(seen.filter((x) => x === 'expired')).toHaveLength(1)
    expect(seen.at(-1)).toBe('complete')
    expect(s.queryTaskResults('ada', 'dev', id).status).toBe(200)
    s.close()
  })
})
