import React from 'react'
import { screen } from '@testing-library/react'
import { SavedQueryList } from './SavedQueryList'
import { renderInTheme } from '../../../../test/renderInTheme'

const spec = {
  model: 'ecommerce',
  explore: 'orders',
  fields: ['orders.status'],
  filters: {},
  sorts: [],
  limit: 500,
}

// WCAG 2.5.3 (label in name): a voice user says what the button shows; axe's
// label-content-name-mismatch (serious) checks that each action's name contains its text.
test('each action of a saved query is named with the text it shows, then the query', () => {
  const noop = () => undefined
  renderInTheme(
    <SavedQueryList
      list={[{ name: 'By status', spec }]}
      onRun={noop}
      onCompare={noop}
      onOpen={noop}
      onLoad={noop}
      onDelete={noop}
    />
  )
  // axe cannot tell in jsdom (no layout: it sees no visible text), so the rule is checked here.
  const mismatched = screen
    .getAllByRole('button')
    .filter((b) => !(b.getAttribute('aria-label') ?? '').includes(b.textContent ?? ''))
    .map((b) => `${b.textContent} named ${b.getAttribute('aria-label')}`)
  expect(mismatched).toEqual([])
  expect(screen.getByRole('button', { name: 'Open in Explore: By status' })).toHaveTextContent(
    'Open in Explore'
  )
})
