import React from 'react'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router-dom'
import { ContentResults } from './ContentResults'
import type { ContentImpact } from './types'
import { renderInTheme } from '../../../test/renderInTheme'

/** `n` dashboards of one tile each; the last one's tile differs, the others have the same SQL. */
function impact(n: number): ContentImpact {
  const query = {
    model: 'm',
    explore: 'e',
    fields: ['e.a', 'e.b'],
    pivots: [],
    filters: {},
    sorts: [],
    limit: '500',
    dynamicFields: null,
  }
  const r: ContentImpact = { items: [], failures: [], queries: {}, tolerance: 0 }
  for (let d = 1; d <= n; d++) {
    const key = `q${d}`
    r.items.push({
      kind: 'tile',
      id: `t${d}`,
      title: `Tile ${d}`,
      dashboardId: String(d),
      dashboardTitle: `Dashboard ${String(d).padStart(2, '0')}`,
      lookId: null,
      queryKey: key,
      notCompared: null,
    })
    r.queries[key] = {
      query,
      outcome:
        d === n
          ? { kind: 'differ', rows: 2, largestAbsolute: 5, largestRelative: 0.5 }
          : { kind: 'same-sql' },
    }
  }
  return r
}

test('dashboards by impact, 10 at a time, more on demand', async () => {
  const user = userEvent.setup()
  renderInTheme(
    <MemoryRouter>
      <ContentResults impact={impact(30)} onRetry={() => undefined} />
    </MemoryRouter>
  )
  const first = screen.getAllByRole('region')[0]!
  expect(first).toHaveAccessibleName('Dashboard 30')
  expect(
    screen.getByRole('listitem', { name: 'Tile 30: 2 rows differ (largest change 5, 50%)' })
  ).toBeVisible()
  expect(screen.getAllByRole('region')).toHaveLength(10)
  await user.click(screen.getByRole('button', { name: 'Show 10 more of 30 dashboards' }))
  expect(screen.getAllByRole('region')).toHaveLength(20)
  await user.click(screen.getByRole('button', { name: 'Show 10 more of 30 dashboards' }))
  expect(screen.getAllByRole('region')).toHaveLength(30)
  expect(screen.queryByRole('button', { name: /more of/ })).not.toBeInTheDocument()
})
