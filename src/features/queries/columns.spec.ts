import type { ExploreDetail, FieldInfo, QuerySpec } from '../../looker'
import { columnsFor, formatCell } from './columns'

const field = (
  name: string,
  label: string,
  category: 'dimension' | 'measure',
  isNumeric: boolean
): FieldInfo => ({
  name,
  label,
  category,
  isNumeric,
  description: null,
  view: 'orders',
  viewLabel: 'Orders',
  lookmlLink: null,
})

const explore: ExploreDetail = {
  model: 'ecommerce',
  name: 'orders',
  label: 'Orders',
  projectName: 'shop',
  dimensions: [
    field('orders.status', 'Orders Status', 'dimension', false),
    field('orders.year', 'Orders Year', 'dimension', true),
  ],
  measures: [
    field('orders.count', 'Orders Count', 'measure', true),
    field('orders.total', 'Orders Total', 'measure', true),
  ],
}

const spec = (more: Partial<QuerySpec>): QuerySpec => ({
  model: 'ecommerce',
  explore: 'orders',
  fields: [],
  filters: {},
  sorts: [],
  limit: 10,
  ...more,
})

test('fields the explore knows take its label, category and kind, in the query’s order', () => {
  expect(columnsFor(spec({ fields: ['orders.count', 'orders.status'] }), explore)).toEqual([
    { name: 'orders.count', label: 'Orders Count', category: 'measure', isNumeric: true },
    { name: 'orders.status', label: 'Orders Status', category: 'dimension', isNumeric: false },
  ])
})

test('a field the explore does not know keeps its name and counts as a text dimension', () => {
  const unknown = {
    name: 'orders.new',
    label: 'orders.new',
    category: 'dimension',
    isNumeric: false,
  }
  expect(columnsFor(spec({ fields: ['orders.new'] }), explore)).toEqual([unknown])
  expect(columnsFor(spec({ fields: ['orders.new'] }), null)).toEqual([unknown])
  expect(columnsFor(spec({ fields: ['orders.count'] }), null)).toEqual([
    { name: 'orders.count', label: 'orders.count', category: 'dimension', isNumeric: false },
  ])
})

test('without what each side ran, the columns are the query’s fields and nothing else', () => {
  expect(columnsFor(spec({ fields: ['orders.year'] }), explore).map((c) => c.name)).toEqual([
    'orders.year',
  ])
})

test('a pivoted measure gives one column per pivot key; the pivot field itself is no column', () => {
  const pivoted = spec({
    fields: ['orders.status', 'orders.year', 'orders.count', 'orders.total'],
    pivots: ['orders.year'],
  })
  const ran = [
    ['orders.status', 'orders.count|2023', 'orders.count|2024', 'orders.total|2023'],
    ['orders.status', 'orders.count|2024', 'orders.count|2025', 'orders.total|2023'],
  ]
  expect(columnsFor(pivoted, explore, ran)).toEqual([
    { name: 'orders.status', label: 'Orders Status', category: 'dimension', isNumeric: false },
    {
      name: 'orders.count|2023',
      label: 'Orders Count · 2023',
      category: 'measure',
      isNumeric: true,
    },
    {
      name: 'orders.count|2024',
      label: 'Orders Count · 2024',
      category: 'measure',
      isNumeric: true,
    },
    {
      name: 'orders.count|2025',
      label: 'Orders Count · 2025',
      category: 'measure',
      isNumeric: true,
    },
    {
      name: 'orders.total|2023',
      label: 'Orders Total · 2023',
      category: 'measure',
      isNumeric: true,
    },
  ])
})

test('a pivoted field the explore does not know is a measure column per key, labelled by its name', () => {
  const pivoted = spec({ fields: ['orders.status', 'orders.new'], pivots: ['orders.status'] })
  expect(columnsFor(pivoted, explore, [['orders.new|a b']])).toEqual([
    { name: 'orders.new|a b', label: 'orders.new · a b', category: 'measure', isNumeric: false },
  ])
})

test('a measure with no pivoted cells in the answer keeps one column', () => {
  const pivoted = spec({ fields: ['orders.status', 'orders.count'], pivots: ['orders.status'] })
  expect(columnsFor(pivoted, explore, [['orders.total|x']]).map((c) => c.name)).toEqual([
    'orders.count',
  ])
})

test('without pivots, pivot-like names in the answer change no column', () => {
  expect(columnsFor(spec({ fields: ['orders.count'] }), explore, [['orders.count|2024']])).toEqual([
    { name: 'orders.count', label: 'Orders Count', category: 'measure', isNumeric: true },
  ])
  expect(
    columnsFor(spec({ fields: ['orders.count'], pivots: [] }), explore, [['orders.count|2024']])
  ).toEqual([{ name: 'orders.count', label: 'Orders Count', category: 'measure', isNumeric: true }])
})

test('table calculations follow the fields, once, labelled from dynamic_fields, as numeric measures', () => {
  const withCalcs = spec({
    fields: ['orders.status', 'orders.new'],
    dynamicFields: JSON.stringify([{ table_calculation: 'share', label: 'Share of total' }]),
  })
  const ran = [
    ['orders.status', 'orders.new', 'share', 'orders.count', 'orders.count|x', 'calc_2'],
    ['orders.status', 'share'],
  ]
  expect(columnsFor(withCalcs, explore, ran)).toEqual([
    { name: 'orders.status', label: 'Orders Status', category: 'dimension', isNumeric: false },
    { name: 'orders.new', label: 'orders.new', category: 'dimension', isNumeric: false },
    { name: 'share', label: 'Share of total', category: 'measure', isNumeric: true },
    { name: 'calc_2', label: 'calc_2', category: 'measure', isNumeric: true },
  ])
})

test('a cell reads as JavaScript prints it, with null and missing as ∅', () => {
  expect(formatCell(null)).toBe('∅')
  expect(formatCell(undefined)).toBe('∅')
  expect(formatCell(0)).toBe('0')
  expect(formatCell('')).toBe('')
  expect(formatCell(false)).toBe('false')
  expect(formatCell(0.1 + 0.2)).toBe('0.30000000000000004')
  expect(formatCell('complete')).toBe('complete')
})
