/**
 * Runs under jsdom on purpose (no node docblock): the jest fake host uses this database from
 * jsdom tests, where sql.js could not fetch its wasm without the `wasmBinary` read from disk.
 */
import { getDatabase, runSql } from './db'
import { ROW_COUNTS } from './seedData'

describe('the demo database', () => {
  it('opens under jsdom, once per process, with the seeded rows', async () => {
    expect(typeof window).toBe('object')
    expect(await getDatabase()).toBe(await getDatabase())
    const { rows } = await runSql('SELECT COUNT(*), SUM(discount > 0) FROM public.orders')
    expect(rows[0]![0]).toBe(ROW_COUNTS.orders)
    expect(rows[0]![1]).toBeGreaterThan(0)
  })

  it('returns column names for an empty result', async () => {
    expect(await runSql('SELECT id AS orders_id FROM public.orders WHERE 1 = 0')).toEqual({
      columns: ['orders_id'],
      rows: [],
    })
  })
})
