/**
 * @jest-environment node
 *
 * Pivots and table calculations in the fake, as Looker treats them: a pivot is in the SQL (ranked
 * by pivot value) and its rows carry a cell per pivot key; a table calculation is computed on the
 * rows, not in the SQL.
 */
import { fakeLooker, type FakeLooker } from '../../../test/fakeLooker'

let looker: FakeLooker
beforeEach(async () => {
  looker = await fakeLooker()
})
afterEach(() => looker.close())

const SHARE = JSON.stringify([
  {
    category: 'table_calculation',
    table_calculation: 'share',
    label: 'Share',
    expression: '${orders.total_revenue} / sum(${orders.total_revenue})',
  },
])

async function runInline(format: string, body: Record<string, unknown>) {
  const res = await looker.handle({
    method: 'POST',
    path: `/queries/run/${format}`,
    body: { model: 'ecommerce', view: 'orders', limit: '500', ...body },
    headers: { authorization: `token ${looker.loginAs('ada')}`, accept: 'application/json' },
  })
  expect(res.status).toBe(200)
  return res.body as never
}

const BY_MONTH = ['orders.created_month', 'orders.status', 'orders.total_revenue']

test('a pivot changes the SQL and gives each row a cell per pivot key', async () => {
  const flat: string = await runInline('sql', { fields: BY_MONTH })
  const pivoted: string = await runInline('sql', { fields: BY_MONTH, pivots: ['orders.status'] })
  expect(pivoted).not.toBe(flat)
  expect(pivoted).toContain(
    'DENSE_RANK() OVER (ORDER BY orders_status NULLS LAST) AS z__pivot_col_rank'
  )
  const detail: {
    data: Array<Record<string, unknown>>
    pivots: Array<{ key: string }>
    fields: { pivots: Array<{ name: string }>; dimensions: Array<{ name: string }> }
  } = await runInline('json_detail', { fields: BY_MONTH, pivots: ['orders.status'] })
  const keys = detail.pivots.map((p) => p.key)
  expect(keys.length).toBeGreaterThan(1)
  expect(detail.fields.pivots.map((f) => f.name)).toEqual(['orders.status'])
  expect(detail.fields.dimensions.map((f) => f.name)).toEqual(['orders.created_month'])
  const months = detail.data.map((r) => (r['orders.created_month'] as { value: string }).value)
  expect(new Set(months).size).toBe(months.length)
  for (const row of detail.data) {
    expect(row).not.toHaveProperty('orders.status')
    expect(Object.keys(row['orders.total_revenue'] as object).sort()).toEqual([...keys].sort())
  }
})

test('a table calculation is computed on the rows, not in the SQL', async () => {
  const fields = ['orders.status', 'orders.total_revenue']
  const sql: string = await runInline('sql', { fields })
  expect(await runInline('sql', { fields, dynamic_fields: SHARE })).toBe(sql)
  const rows: Array<Record<string, number>> = await runInline('json', {
    fields,
    dynamic_fields: SHARE,
  })
  const total = rows.reduce((sum, r) => sum + r['orders.total_revenue']!, 0)
  for (const r of rows) expect(r.share).toBeCloseTo(r['orders.total_revenue']! / total)
  expect(rows.reduce((sum, r) => sum + r.share!, 0)).toBeCloseTo(1)
})
