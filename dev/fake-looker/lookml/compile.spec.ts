/** @jest-environment node */
import { FakeApiError } from '../errors'
import { compileQuery, type QueryBody } from './compile'
import { runSql } from './db'
import { exploreContext } from './resolve'
import { lookmlFor } from './variants'

function ctx(variant = 'ecommerce@prod', explore = 'orders') {
  const project = lookmlFor(variant, 'ecommerce')
  const model = project.models[0]!
  return exploreContext(
    project,
    model,
    model.explores.find((e) => e.name === explore)!
  )
}
const q = (extra: Partial<QueryBody>): QueryBody => ({
  model: 'ecommerce',
  view: 'orders',
  ...extra,
})

function thrown(fn: () => unknown): FakeApiError {
  try {
    fn()
  } catch (e) {
    if (e instanceof FakeApiError) return e
    throw e
  }
  throw new Error('expected a FakeApiError')
}

describe('compileQuery', () => {
  it('writes Looker-style SQL with only the joins the query needs', () => {
    const { sql } = compileQuery(
      ctx(),
      q({ fields: ['orders.count', 'orders.status'], sorts: ['orders.count desc'], limit: '10' })
    )
    expect(sql).toBe(
      [
        'SELECT',
        '    orders.status  AS orders_status,',
        '    COUNT(*) AS orders_count',
        'FROM public.orders  AS orders',
        'GROUP BY',
        '    1',
        'ORDER BY',
        '    2 DESC',
        'LIMIT 10',
      ].join('\n')
    )
  })

  it('joins a view when a selected or filtered field needs it', () => {
    const byFilter = compileQuery(
      ctx(),
      q({ fields: ['orders.count'], filters: { 'users.country': 'UK' } })
    )
    expect(byFilter.sql).toContain('LEFT JOIN public.users  AS users ON orders.user_id = users.id')
    expect(byFilter.sql).not.toContain('products')
    expect(byFilter.sql).toContain("WHERE ((users.country ) = 'UK')")
    const bySelect = compileQuery(ctx(), q({ fields: ['products.category', 'users.count'] }))
    expect(bySelect.sql).toContain(
      'LEFT JOIN public.products  AS products ON orders.product_id = products.id'
    )
    // A joined view's count counts distinct primary keys (rows may repeat after the join).
    expect(bySelect.sql).toContain('COUNT(DISTINCT users.id ) AS users_count')
  })

  it.each([
    [{}, 'LIMIT 500'],
    [{ limit: 7 }, 'LIMIT 7'],
    [{ limit: '-1' }, null],
  ])('applies limit %j', (extra, clause) => {
    const { sql, limit } = compileQuery(ctx(), q({ fields: ['orders.id'], ...extra }))
    if (clause) expect(sql.split('\n').pop()).toBe(clause)
    else expect(sql).not.toContain('LIMIT')
    expect(limit).toBe(clause ? Number(clause.slice(6)) : null)
  })

  it('lets the run limit override the query limit', () => {
    expect(compileQuery(ctx(), q({ fields: ['orders.id'], limit: 5 }), { limit: 2 }).sql).toMatch(
      /LIMIT 2$/
    )
  })

  it.each([
    [['orders.status', 'orders.count'], [], ['orders.count desc'], true],
    [['orders.created_date', 'orders.count'], [], ['orders.created_date desc'], true],
    [['orders.status'], [], ['orders.status'], true],
    [['orders.status', 'orders.count'], ['orders.status asc'], ['orders.status'], false],
    [
      ['orders.status', 'orders.count'],
      ['orders.count desc', 'orders.status'],
      ['orders.count desc', 'orders.status'],
      false,
    ],
  ])('sorts %j by %j -> %j', (fields, sorts, applied, added) => {
    const compiled = compileQuery(ctx(), q({ fields, sorts }))
    expect(compiled.sorts).toEqual(applied)
    expect(compiled.addedSorts).toBe(added)
  })

  it('puts measure filters in HAVING and dimension filters in WHERE', () => {
    const { sql } = compileQuery(
      ctx(),
      q({
        fields: ['orders.status', 'orders.count'],
        filters: { 'orders.count': '>50', 'orders.status': '-cancelled' },
      })
    )
    expect(sql).toContain(
      "WHERE (NOT ((orders.status ) = 'cancelled') OR (orders.status ) IS NULL)"
    )
    expect(sql).toContain('HAVING ((COUNT(*) ) > 50)')
  })

  it('answers 422 naming every unknown field, wherever it is used', () => {
    const e = thrown(() =>
      compileQuery(
        ctx(),
        q({
          fields: ['orders.count', 'orders.average_discount'],
          filters: { 'users.shoe_size': '9' },
        })
      )
    )
    expect(e.status).toBe(422)
    expect(e.message).toBe(
      'Unknown fields: orders.average_discount, users.shoe_size do not exist in explore "orders" of model "ecommerce".'
    )
    expect(e.errors).toEqual([
      { field: 'fields', code: 'unknown_field', message: 'orders.average_discount does not exist' },
      { field: 'filters', code: 'unknown_field', message: 'users.shoe_size does not exist' },
    ])
  })

  it('answers 400 for a query without fields, as Looker does', () => {
    const e = thrown(() => compileQuery(ctx(), q({ fields: [] })))
    expect([e.status, e.message]).toEqual([400, 'Must query at least one dimension or measure'])
  })

  it('answers 422 for a filter it cannot read', () => {
    const e = thrown(() =>
      compileQuery(ctx(), q({ fields: ['orders.id'], filters: { 'orders.id': '>abc' } }))
    )
    expect(e.status).toBe(422)
    expect(e.message).toBe('Invalid filter on orders.id: ">abc" is not a valid number filter')
  })

  it('compiles SQL the database runs, honouring filters, sorts and limit', async () => {
    const compiled = compileQuery(
      ctx(),
      q({
        fields: ['orders.status', 'users.country', 'orders.count'],
        filters: {
          'orders.status': 'complete,shipped',
          'orders.created_date': '2024-01-01 to 2024-07-01',
        },
        sorts: ['orders.count desc'],
        limit: 4,
      })
    )
    const { rows } = await runSql(compiled.sql)
    expect(rows).toHaveLength(4)
    rows.forEach((r) => expect(['complete', 'shipped']).toContain(r[0]))
    const counts = rows.map((r) => r[2] as number)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
  })
})
