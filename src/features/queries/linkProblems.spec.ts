import type { ModelSummary } from '../../looker'
import { linkProblems } from './linkProblems'

const models: ModelSummary[] = [
  {
    name: 'ecommerce',
    label: 'Ecommerce',
    projectName: 'shop',
    explores: [
      { name: 'orders', label: 'Orders', description: null },
      { name: 'users', label: 'Users', description: null },
    ],
  },
  { name: 'finance', label: 'Finance', projectName: 'money', explores: [] },
]

test('a sound link has no problems', () => {
  expect(
    linkProblems(
      '?model=ecommerce&explore=users&fields=orders.status,orders.count&sorts=orders.count%20desc&limit=5000',
      models
    )
  ).toEqual([])
  expect(linkProblems('', models)).toEqual([])
  expect(linkProblems('', null)).toEqual([])
})

test('a bad limit is named with the value the link gave', () => {
  expect(linkProblems('?limit=-5', null)).toEqual([
    'limit=-5: The limit must be a whole number from 1 to 5,000.',
  ])
  expect(linkProblems('?limit=', null)).toEqual([
    'limit=: The limit must be a whole number from 1 to 5,000.',
  ])
  expect(linkProblems('?limit=1', null)).toEqual([])
})

test('bad sorts are named: one not on a chosen field, one not a sort at all', () => {
  expect(linkProblems('?fields=orders.status&sorts=orders.count', null)).toEqual([
    'sorts=orders.count: Sort on orders.count needs that field in the query.',
  ])
  expect(linkProblems('?sorts=orders.count', null)).toEqual([
    'sorts=orders.count: Sort on orders.count needs that field in the query.',
  ])
  expect(linkProblems('?fields=orders.status,,&sorts=upwards!', null)).toEqual([
    'sorts=upwards!: "upwards!" is not a sort: write a field name, then asc or desc.',
  ])
  expect(linkProblems('?sorts=', null)).toEqual([])
  expect(linkProblems('?fields=orders.status&sorts=orders.status%20asc', null)).toEqual([])
})

test('a model the workspace lacks, or an explore its model lacks, is named once the models are known', () => {
  expect(linkProblems('?model=hr&explore=people', models)).toEqual([
    'model=hr: there is no such model in this workspace.',
  ])
  expect(linkProblems('?model=ecommerce&explore=people', models)).toEqual([
    'explore=people: the model ecommerce has no such explore.',
  ])
  expect(linkProblems('?model=finance&explore=orders', models)).toEqual([
    'explore=orders: the model finance has no such explore.',
  ])
  expect(linkProblems('?model=hr&explore=people', null)).toEqual([])
  expect(linkProblems('?explore=people', models)).toEqual([])
  expect(linkProblems('?model=ecommerce', models)).toEqual([])
  expect(linkProblems('?model=ecommerce&explore=', models)).toEqual([])
})

test('a link over 1,800 characters is named with its length; 1,800 is fine', () => {
  const at = (n: number) => `?model=ecommerce&explore=orders&f[x]=${'a'.repeat(n - 37)}`
  expect(at(1800)).toHaveLength(1800)
  expect(linkProblems(at(1800), models)).toEqual([])
  expect(linkProblems(at(1801), models)).toEqual([
    'The link is 1,801 characters long; links stay under 2,000 characters, as Looker may refuse longer ones (HTTP 414). Remove fields or filters.',
  ])
})

test('every problem is named, in the order of the link’s parts', () => {
  const long = `?model=hr&limit=0&fields=a.b&sorts=c.d&f[x]=${'a'.repeat(1800)}`
  expect(linkProblems(long, models)).toEqual([
    `The link is ${long.length.toLocaleString('en-US')} characters long; links stay under 2,000 characters, as Looker may refuse longer ones (HTTP 414). Remove fields or filters.`,
    'limit=0: The limit must be a whole number from 1 to 5,000.',
    'sorts=c.d: Sort on c.d needs that field in the query.',
    'model=hr: there is no such model in this workspace.',
  ])
})
