import { toCsv } from './csv'
import { exploreUrl, parseLimit, parseSorts, searchFromSpec, specFromSearch } from './querySpec'

const spec = {
  model: 'ecommerce',
  explore: 'orders',
  fields: ['orders.status', 'orders.total_revenue'],
  filters: { 'orders.status': 'complete,shipped' },
  sorts: ['orders.total_revenue desc'],
  limit: 50,
}

test('a spec survives the URL', () => {
  expect(specFromSearch(`?${searchFromSpec(spec)}`)).toEqual(spec)
})

test('an empty URL is an empty spec with the default limit', () => {
  expect(specFromSearch('')).toEqual({
    model: '',
    explore: '',
    fields: [],
    filters: {},
    sorts: [],
    limit: 500,
  })
})

test.each(['0', '5001', '12.5', 'abc', '', '-3'])(
  'limit "%s" is refused with a clear message',
  (t) => {
    expect(parseLimit(t)).toEqual({
      ok: false,
      message: 'The limit must be a whole number from 1 to 5,000.',
    })
  }
)

test('limits 1 and 5000 are fine', () => {
  expect(parseLimit('1')).toEqual({ ok: true, value: 1 })
  expect(parseLimit(' 5000 ')).toEqual({ ok: true, value: 5000 })
})

test('sorts are read as Looker writes them, on chosen fields only', () => {
  expect(parseSorts('orders.total_revenue DESC, orders.status', spec.fields)).toEqual({
    ok: true,
    value: ['orders.total_revenue desc', 'orders.status'],
  })
  expect(parseSorts('orders.count desc', spec.fields)).toEqual({
    ok: false,
    message: 'Sort on orders.count needs that field in the query.',
  })
  expect(parseSorts('revenue upwards', spec.fields).ok).toBe(false)
})

test("Looker's Explore URL carries fields, filters, sorts and limit", () => {
  expect(exploreUrl(spec)).toBe(
    '/explore/ecommerce/orders?fields=orders.status%2Corders.total_revenue&f%5Borders.status%5D=complete%2Cshipped&sorts=orders.total_revenue+desc&limit=50'
  )
})

test('CSV quotes what needs quoting', () => {
  const columns = [
    { name: 'a', label: 'Name' },
    { name: 'b', label: 'Amount, USD' },
  ]
  expect(
    toCsv(columns, [
      { a: 'say "hi"', b: 1.5 },
      { a: null, b: 2 },
    ])
  ).toBe('Name,"Amount, USD"\r\n"say ""hi""",1.5\r\n,2\r\n')
})
