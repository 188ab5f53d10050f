import { branchFixture } from '../../../test/fixtures'
import { filterSearchable, searchable, sortBranches } from './branchRows'

const names = ['main', 'Feature/Sales-01', 'feature/sales-02', 'fix/SALES', 'ops/finance']
const branches = names.map((name, i) => branchFixture({ name, commitAt: 1000 + i }))
const shown = (f: { rows: Array<{ name: string }> }) => f.rows.map((b) => b.name)

test('a filter matches names containing it in any case, in the list order', () => {
  const list = searchable(sortBranches(branches, 'name'))
  expect(shown(filterSearchable(list, ' SALES '))).toEqual(
    ['feature/sales-02', 'Feature/Sales-01', 'fix/SALES'].sort(new Intl.Collator().compare)
  )
  expect(filterSearchable(list, '').rows).toBe(list.branches)
  expect(shown(filterSearchable(list, 'nothing'))).toEqual([])
})

test('typing on narrows the last matches; a shorter filter or another list searches again', () => {
  const list = searchable(sortBranches(branches, 'name'))
  const s = filterSearchable(list, 's')
  const sa = filterSearchable(list, 'sa', s)
  expect(shown(sa)).toEqual(shown(filterSearchable(list, 'sa')))
  // Backspace: the previous matches are too few, every name is searched again.
  expect(shown(filterSearchable(list, 'f', sa))).toEqual(shown(filterSearchable(list, 'f')))
  // Another order: positions in the old list mean nothing in the new one.
  const recent = searchable(sortBranches(branches, 'recent'))
  expect(shown(filterSearchable(recent, 'sal', sa))).toEqual([
    'fix/SALES',
    'feature/sales-02',
    'Feature/Sales-01',
  ])
})
