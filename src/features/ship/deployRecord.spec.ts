/**
 * A deploy whose answer was lost is remembered across a reload, and production read back later
 * says how it ended.
 */
import type { HostAdapter } from '../../looker'
import { memoryHost } from '../../../test/memoryHost'
import { loadRecord, saveRecord, settle, type DeployRecord } from './deployRecord'

const record: DeployRecord = {
  branch: 'dev-ada',
  commit: 'c2',
  productionBefore: 'c1',
  since: 1_000,
  lost: 'timeout',
}

test('a saved record is found again for the same project only, and cleared with null', async () => {
  const host = memoryHost()
  await saveRecord(host, 'ecommerce', record)
  expect(await loadRecord(host, 'ecommerce')).toEqual(record)
  expect(await loadRecord(host, 'finance')).toBeNull()
  await saveRecord(host, 'ecommerce', null)
  expect(await loadRecord(host, 'ecommerce')).toBeNull()
  // Cleared, as the Saved data page exports it: nothing under the key.
  expect(host.items.get('ship:ecommerce:deploy-under-way')).toBe('')
})

test('the record is kept under a key of its own per project', async () => {
  const host = memoryHost()
  await saveRecord(host, 'ecommerce', record)
  expect([...host.items.keys()]).toEqual(['ship:ecommerce:deploy-under-way'])
})

test('storage that fails neither fails the deploy nor invents a record', async () => {
  const broken: HostAdapter = {
    ...memoryHost(),
    getItem: () => Promise.reject(new Error('no storage')),
    setItem: () => Promise.reject(new Error('no storage')),
  }
  await expect(saveRecord(broken, 'ecommerce', record)).resolves.toBeUndefined()
  await expect(loadRecord(broken, 'ecommerce')).resolves.toBeNull()
})

test.each([
  ['not JSON', '{oops'],
  ['no branch', JSON.stringify({ since: 1 })],
  ['a branch that is not text', JSON.stringify({ branch: 7, since: 1 })],
  ['no time it was sent', JSON.stringify({ branch: 'dev-ada' })],
  ['a time that is not a number', JSON.stringify({ branch: 'dev-ada', since: '1' })],
])('a stored record with %s is ignored', async (_what, text) => {
  const host = memoryHost()
  host.items.set('ship:ecommerce:deploy-under-way', text)
  expect(await loadRecord(host, 'ecommerce')).toBeNull()
})

test('an older record without the optional fields reads them as unknown', async () => {
  const host = memoryHost()
  host.items.set('ship:ecommerce:deploy-under-way', JSON.stringify({ branch: 'b', since: 5 }))
  expect(await loadRecord(host, 'ecommerce')).toEqual({
    branch: 'b',
    commit: null,
    productionBefore: null,
    since: 5,
    lost: null,
  })
})

describe('what production read back says', () => {
  test('unknown while production cannot be read', () => {
    expect(settle(record, null, 999_999, 10)).toBeNull()
  })

  test('applied once production runs the commit sent', () => {
    expect(settle(record, 'c2', 1_001, 60_000)).toEqual({
      kind: 'applied',
      record,
      production: 'c2',
    })
  })

  test('someone else deployed when production moved to another commit', () => {
    expect(settle(record, 'c9', 1_001, 60_000)).toEqual({ kind: 'other', record, production: 'c9' })
  })

  test('still the old commit: unknown until the settle time has passed, then not applied', () => {
    expect(settle(record, 'c1', 1_000 + 59_999, 60_000)).toBeNull()
    expect(settle(record, 'c1', 1_000 + 60_000, 60_000)).toEqual({
      kind: 'notApplied',
      record,
      production: 'c1',
    })
  })
})
