/** @jest-environment node */
import { FakeApiError } from '../errors'
import { behaviourOf } from '../profiles'
import { createQueryService, type QueryService } from './service'
import { demoSource, expectSchema } from './testing'

let service: QueryService
let source: ReturnType<typeof demoSource>
beforeEach(() => {
  source = demoSource()
  service = createQueryService(source)
})
afterEach(() => service.close())

const revenueByStatus = {
  model: 'ecommerce',
  view: 'orders',
  fields: ['orders.status', 'orders.total_revenue'],
  sorts: ['orders.status'],
}

async function rejection(p: Promise<unknown>): Promise<FakeApiError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err
  )
  if (!(e instanceof FakeApiError)) throw new Error(`expected a FakeApiError, got ${String(e)}`)
  return e
}

describe('one query id, two workspaces', () => {
  it('runs production and development LookML with different SQL and rows', async () => {
    const query = service.createQuery('ada', 'dev', revenueByStatus)
    const prodSql = await service.runQuery('ada', 'production', query.id, 'sql')
    const devSql = await service.runQuery('ada', 'dev', query.id, 'sql')
    expect(prodSql).toMatchObject({
      status: 200,
      contentType: 'application/sql',
      workspace: 'production',
    })
    expect(prodSql.body).toContain('COALESCE(SUM(orders.sale_price ), 0) AS orders_total_revenue')
    expect(devSql.body).toContain(
      'COALESCE(SUM(orders.sale_price - orders.discount ), 0) AS orders_total_revenue'
    )

    const prod = (await service.runQuery('ada', 'production', query.id, 'json')).body as Array<
      Record<string, number>
    >
    const dev = (await service.runQuery('ada', 'dev', query.id, 'json')).body as Array<
      Record<string, number>
    >
    expect(prod.map((r) => r['orders.status'])).toEqual(dev.map((r) => r['orders.status']))
    prod.forEach((row, i) =>
      expect(dev[i]!['orders.total_revenue']).toBeLessThan(row['orders.total_revenue']!)
    )
    expect(source.calls).toContainEqual({ userId: 'ada', workspace: 'production' })
  })

  it('knows the development-only field in development and names it in a 422 in production', async () => {
    const body = {
      model: 'ecommerce',
      view: 'orders',
      fields: ['orders.status', 'orders.average_discount'],
    }
    const dev = await service.runInlineQuery('ada', 'dev', 'json', body)
    expect((dev.body as object[])[0]).toHaveProperty(['orders.average_discount'])
    // Production lacks the field: Looker leaves it out without a word.
    const prod = await service.runInlineQuery('ada', 'production', 'json', body)
    expect((prod.body as object[])[0]).not.toHaveProperty(['orders.average_discount'])
    expect((prod.body as object[])[0]).toHaveProperty(['orders.status'])
    const only = { ...body, fields: ['orders.average_discount'] }
    const e = await rejection(service.runInlineQuery('ada', 'production', 'json', only))
    expect([e.status, e.message]).toEqual([400, 'Must query at least one dimension or measure'])
  })

  it('names the unknown field in a 422 with the `error` knob', async () => {
    const strict = createQueryService(demoSource(), {
      behaviour: () => behaviourOf('26', { unknownFields: 'error' }),
    })
    const body = { model: 'ecommerce', view: 'orders', fields: ['orders.average_discount'] }
    const e = await rejection(strict.runInlineQuery('ada', 'production', 'json', body))
    expect(e.status).toBe(422)
    expect(e.message).toContain('orders.average_discount')
    strict.close()
  })

  it('answers a SQL error as looker_error rows with the `looker_error-rows` knob', async () => {
    const rows = createQueryService(demoSource(), {
      behaviour: () => behaviourOf('26', { sqlErrorAs: 'looker_error-rows' }),
    })
    const body = { model: 'sandbox', view: 'scratch', fields: ['scratch.legacy_code'] }
    const res = await rows.runInlineQuery('ada', 'production', 'json', body)
    expect(res.status).toBe(200)
    expect(res.body).toEqual([{ looker_error: expect.stringContaining('no such column') }])
    rows.close()
  })

  it('describes the explore of each workspace', () => {
    const names = (ws: 'production' | 'dev') => {
      const explore = service.lookmlModelExplore('ada', ws, 'ecommerce', 'orders')
      return (explore.fields as { measures: Array<{ name: string }> }).measures.map((m) => m.name)
    }
    expect(names('dev')).toContain('orders.average_discount')
    expect(names('production')).not.toContain('orders.average_discount')
  })

  it('has an explore only development knows: 404 from production', () => {
    expect(service.lookmlModelExplore('ada', 'dev', 'ecommerce', 'discounted_orders').name).toBe(
      'discounted_orders'
    )
    expect(() =>
      service.lookmlModelExplore('ada', 'production', 'ecommerce', 'discounted_orders')
    ).toThrow(
      expect.objectContaining({
        status: 404,
        message: 'Explore "discounted_orders" not found in model "ecommerce"',
      })
    )
  })
})

describe('API shapes', () => {
  it('matches the OAS schemas for models, explores and queries', () => {
    const models = service.allLookmlModels('ada', 'production')
    expect(models.map((m) => m.name)).toEqual(['ecommerce', 'finance', 'sandbox'])
    models.forEach((m) => expectSchema('LookmlModel', m))
    const explore = service.lookmlModelExplore('ada', 'production', 'ecommerce', 'orders')
    expectSchema('LookmlModelExplore', explore)
    expect(explore).toMatchObject({
      id: 'ecommerce::orders',
      can_develop: true,
      project_name: 'ecommerce',
    })
    const query = service.createQuery('ada', 'production', { ...revenueByStatus, limit: 10 })
    expectSchema('Query', query)
    expect(query.limit).toBe('10')
  })

  it('de-duplicates identical queries and keeps ids immutable', () => {
    const a = service.createQuery('ada', 'production', revenueByStatus)
    const b = service.createQuery('bob', 'dev', { ...revenueByStatus })
    const c = service.createQuery('ada', 'production', { ...revenueByStatus, limit: 3 })
    expect(b.id).toBe(a.id)
    expect(c.id).not.toBe(a.id)
    expect(service.query('ada', 'dev', a.id)).toEqual(a)
  })

  it('answers json_detail with {value} cells, field metadata and the SQL', async () => {
    const result = await service.runInlineQuery('ada', 'dev', 'json_detail', revenueByStatus)
    expect(result.contentType).toBe('application/json')
    const body = result.body as { data: Array<Record<string, { value: unknown }>>; sql: string }
    expectSchema(
      {
        type: 'object',
        required: ['data', 'fields', 'sql', 'ran_at', 'errors'],
        properties: {
          data: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: { type: 'object', required: ['value'] },
            },
          },
          fields: {
            type: 'object',
            properties: {
              dimensions: {
                type: 'array',
                items: { $ref: 'oas#/components/schemas/LookmlModelExploreField' },
              },
              measures: {
                type: 'array',
                items: { $ref: 'oas#/components/schemas/LookmlModelExploreField' },
              },
            },
          },
          sql: { type: 'string' },
          errors: { type: 'array', maxItems: 0 },
        },
      },
      body
    )
    expect(Object.keys(body.data[0]!)).toEqual(['orders.status', 'orders.total_revenue'])
    expect(body.sql).toContain('orders.discount')
  })

  it('answers csv with labelled headers', async () => {
    const result = await service.runInlineQuery('ada', 'production', 'csv', {
      ...revenueByStatus,
      limit: 2,
    })
    expect(result.contentType).toBe('text/csv')
    const lines = (result.body as string).trim().split('\n')
    expect(lines[0]).toBe('Orders Status,Orders Total Revenue')
    expect(lines).toHaveLength(3)
  })

  it('reports database errors: 200 with errors[] in json_detail, 400 otherwise', async () => {
    const body = { model: 'sandbox', view: 'scratch', fields: ['scratch.legacy_code'] }
    const detail = await service.runInlineQuery('ada', 'production', 'json_detail', body)
    expect(
      (detail.body as { errors: Array<{ message_details: string }> }).errors[0]!.message_details
    ).toBe('no such column: scratch.legacy_code')
    const e = await rejection(service.runInlineQuery('ada', 'production', 'json', body))
    expect([e.status, e.message]).toEqual([
      400,
      'The SQLite database encountered an error while running this query. no such column: scratch.legacy_code',
    ])
  })

  it.each([
    // A query on an explore the mode lacks: Looker's 400 "View Not Found".
    ['json', 'nope', 'orders', 400, 'View Not Found'],
    ['json', 'ecommerce', 'nope', 400, 'View Not Found'],
    ['png', 'ecommerce', 'orders', 400, /Unsupported result format "png"/],
  ])('%s on %s::%s is %d', async (format, model, view, status, message) => {
    const e = await rejection(
      service.runInlineQuery('ada', 'dev', format, { model, view, fields: ['orders.id'] })
    )
    expect(e.status).toBe(status)
    expect(e.message).toMatch(message)
  })

  it('rejects a query body without model or view with 422', () => {
    let error: unknown
    try {
      service.createQuery('ada', 'dev', { view: 'orders' })
    } catch (e) {
      error = e
    }
    expect(error).toMatchObject({ status: 422, errors: [{ field: 'model', code: 'missing' }] })
  })
})
