import { toCsv } from './csv'
import {
  dynamicFieldsOf,
  exploreUrl,
  isRunnable,
  parseLimit,
  parseSorts,
  searchFromSpec,
  specFromSearch,
} from './querySpec'

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

test('a URL with a bad limit, spaces and empty items still gives a spec', () => {
  expect(
    specFromSearch(
      '?model=m&explore=e&fields=%20a.x%20,,b.y,&sorts=a.x%20desc,%20&limit=0&f[a.x]=1&f[]=z&g[a.x]=2'
    )
  ).toEqual({
    model: 'm',
    explore: 'e',
    fields: ['a.x', 'b.y'],
    filters: { 'a.x': '1' },
    sorts: ['a.x desc'],
    limit: 500,
  })
  expect(specFromSearch('?limit=25').limit).toBe(25)
})

test('the URL leaves out what is empty and always carries the limit', () => {
  expect(
    searchFromSpec({ model: '', explore: '', fields: [], filters: {}, sorts: [], limit: 9 })
  ).toBe('limit=9')
  expect(searchFromSpec({ ...spec, model: 'm', explore: '', sorts: [], filters: {} })).toBe(
    'model=m&fields=orders.status%2Corders.total_revenue&limit=50'
  )
  expect(searchFromSpec({ ...spec, model: '', explore: 'x', fields: [] })).toBe(
    'explore=x&f%5Borders.status%5D=complete%2Cshipped&sorts=orders.total_revenue+desc&limit=50'
  )
})

test('Looker’s Explore URL encodes the model and explore and carries no model parameter', () => {
  expect(exploreUrl({ ...spec, model: 'a b', explore: 'c/d', filters: {}, sorts: [] })).toBe(
    '/explore/a%20b/c%2Fd?fields=orders.status%2Corders.total_revenue&limit=50'
  )
})

test('sorts: the direction in lower case, no direction kept as none, each mistake named', () => {
  expect(parseSorts('', spec.fields)).toEqual({ ok: true, value: [] })
  expect(parseSorts(' orders.status Asc ,', spec.fields)).toEqual({
    ok: true,
    value: ['orders.status asc'],
  })
  expect(parseSorts('orders.status sideways', spec.fields)).toEqual({
    ok: false,
    message: '"orders.status sideways" is not a sort: write a field name, then asc or desc.',
  })
  expect(parseSorts('status', spec.fields).ok).toBe(false)
  expect(parseSorts('x orders.status', spec.fields).ok).toBe(false)
  expect(parseSorts('orders.status desc extra', spec.fields).ok).toBe(false)
  expect(parseSorts('orders.status, orders.count', spec.fields)).toEqual({
    ok: false,
    message: 'Sort on orders.count needs that field in the query.',
  })
})

test('limits: digits only, trimmed', () => {
  expect(parseLimit('1e3').ok).toBe(false)
  expect(parseLimit('+5').ok).toBe(false)
  expect(parseLimit('4999')).toEqual({ ok: true, value: 4999 })
  expect(parseLimit('0500')).toEqual({ ok: true, value: 500 })
})

test('a spec runs with a model, an explore and at least one field', () => {
  expect(isRunnable(spec)).toBe(true)
  expect(isRunnable({ ...spec, model: '' })).toBe(false)
  expect(isRunnable({ ...spec, explore: '' })).toBe(false)
  expect(isRunnable({ ...spec, fields: [] })).toBe(false)
})

test('only f[field] parameters are filters; several sorts survive the URL', () => {
  expect(specFromSearch('?xf[a.x]=1&f[a.y]x=2&f[a.z]=3').filters).toEqual({ 'a.z': '3' })
  const twoSorts = { ...spec, sorts: ['orders.total_revenue desc', 'orders.status'] }
  expect(searchFromSpec(twoSorts)).toContain('sorts=orders.total_revenue+desc%2Corders.status')
  expect(specFromSearch(searchFromSpec(twoSorts))).toEqual(twoSorts)
})

test('pivots and dynamic fields survive the URL; Looker’s Explore URL carries them too', () => {
  const dynamicFields = '[{"table_calculation":"share","label":"Share"}]'
  const full = { ...spec, pivots: ['orders.status'], dynamicFields }
  expect(searchFromSpec(full)).toBe(
    'model=ecommerce&explore=orders&fields=orders.status%2Corders.total_revenue&f%5Borders.status%5D=complete%2Cshipped&sorts=orders.total_revenue+desc&limit=50&pivots=orders.status&dynamic_fields=%5B%7B%22table_calculation%22%3A%22share%22%2C%22label%22%3A%22Share%22%7D%5D'
  )
  expect(specFromSearch(searchFromSpec(full))).toEqual(full)
  expect(exploreUrl({ ...full, filters: {}, sorts: [] })).toBe(
    '/explore/ecommerce/orders?fields=orders.status%2Corders.total_revenue&limit=50&pivots=orders.status&dynamic_fields=%5B%7B%22table_calculation%22%3A%22share%22%2C%22label%22%3A%22Share%22%7D%5D'
  )
})

test('empty pivots and dynamic fields stay out of the spec and the URL', () => {
  const read = specFromSearch('?model=m&explore=e&pivots=%20,&dynamic_fields=')
  expect(read).toStrictEqual({
    model: 'm',
    explore: 'e',
    fields: [],
    filters: {},
    sorts: [],
    limit: 500,
  })
  expect(searchFromSpec({ ...read, pivots: [], dynamicFields: '' })).toBe(
    'model=m&explore=e&limit=500'
  )
  expect(searchFromSpec({ ...read, dynamicFields: null })).toBe('model=m&explore=e&limit=500')
})

test('a field, pivot or sort repeated in a link counts once, trimmed', () => {
  expect(
    specFromSearch('?fields=a.x,%20a.x%20,b.y,a.x&pivots=a.x,a.x&sorts=b.y,b.y')
  ).toStrictEqual({
    model: '',
    explore: '',
    fields: ['a.x', 'b.y'],
    filters: {},
    sorts: ['b.y'],
    limit: 500,
    pivots: ['a.x'],
  })
})

test('filters keep every character of the field name and the expression', () => {
  expect(specFromSearch('?f[a.x]=1&f[b]=%20not%20null%20&f[[c]]=2').filters).toEqual({
    'a.x': '1',
    b: ' not null ',
    '[c]': '2',
  })
})

test('sorts: any spacing before the direction; field names as LookML writes them', () => {
  const fields = ['orders.status', '_a._b', 'v2.f_3']
  expect(parseSorts('orders.status \t desc,_a._b,v2.f_3 ASC', fields)).toEqual({
    ok: true,
    value: ['orders.status desc', '_a._b', 'v2.f_3 asc'],
  })
  for (const bad of ['1a.b', 'a-b.c', 'a.b-c', 'a.1b', 'a.', '.b', 'a.b  desc!', 'a.b.c']) {
    expect(parseSorts(bad, [...fields, 'a.b', 'a.b.c'])).toEqual({
      ok: false,
      message: `"${bad}" is not a sort: write a field name, then asc or desc.`,
    })
  }
  expect(parseSorts('a.bdesc', ['a.bdesc'])).toEqual({ ok: true, value: ['a.bdesc'] })
})

test('limits: no space or sign inside, none empty', () => {
  for (const bad of ['1 0', '-', ' ', '5 5']) {
    expect(parseLimit(bad).ok).toBe(false)
  }
  expect(parseLimit('2')).toEqual({ ok: true, value: 2 })
  expect(parseLimit('10')).toEqual({ ok: true, value: 10 })
})

test('dynamic fields: no text is none', () => {
  expect(dynamicFieldsOf(null)).toEqual([])
  expect(dynamicFieldsOf(undefined)).toEqual([])
  expect(dynamicFieldsOf('')).toEqual([])
  expect(dynamicFieldsOf('[]')).toEqual([])
})

test('dynamic fields: each table calculation, measure or dimension by its name and label', () => {
  expect(
    dynamicFieldsOf(
      JSON.stringify([
        { table_calculation: 'share', label: 'Share of total', measure: 'm', dimension: 'd' },
        { measure: 'avg_price', label: 'Average price', dimension: 'd' },
        { dimension: 'bucket' },
        { label: 'Nameless' },
        {},
        null,
        { table_calculation: 7, label: 12 },
      ])
    )
  ).toEqual([
    { name: 'share', label: 'Share of total' },
    { name: 'avg_price', label: 'Average price' },
    { name: 'bucket', label: 'bucket' },
    { name: '', label: 'Nameless' },
    { name: '', label: 'unnamed' },
    { name: '', label: 'unnamed' },
    { name: '7', label: '12' },
  ])
})

test('dynamic fields Looker would not read are one unreadable entry', () => {
  const unreadable = [{ name: '', label: '(unreadable)' }]
  expect(dynamicFieldsOf('{"table_calculation":"x"}')).toEqual(unreadable)
  expect(dynamicFieldsOf('"text"')).toEqual(unreadable)
  expect(dynamicFieldsOf('[{"table_calculation":')).toEqual(unreadable)
})
