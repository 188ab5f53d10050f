/** @jest-environment node */
import { FakeApiError } from '../errors'
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
const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

/** Polls like a client would, until the results stop being 202 (bounded, no timing asserted). */
async function awaitResults(taskId: string, seen: number[] = []): Promise<RunResult> {
  for (let i = 0; i < 2000; i++) {
    const result = service.queryTaskResults('ada', 'dev', taskId)
    seen.push(result.status)
    if (result.status !== 202) return result
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
      'Query task was killed'
    )
  })

  it('fails a task whose query does not compile: the compile error for json, errors[] for json_detail', async () => {
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
    await expect(awaitResults(asJson.id as string)).rejects.toMatchObject({ status: 422 })
    expect(service.queryTask('ada', 'dev', asJson.id as string).status).toBe('error')
    const detail = await awaitResults(asDetail.id as string)
    expect(detail.status).toBe(200)
    expect((detail.body as { errors: Array<{ message: string }> }).errors[0]!.message).toContain(
      'orders.average_discount'
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
