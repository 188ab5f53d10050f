import { screen, within } from '@testing-library/react'
import { renderApp, fakeLooker } from '../../../test/renderApp'

// A shared query link is input like any other: each bad value is named, nothing is sent.

async function open(search: string) {
  const looker = await fakeLooker()
  looker.setUserWorkspace('ada', 'dev')
  return renderApp({ looker, route: `/query?${search}` })
}

test.each([
  [
    'model=ecommerce&explore=orders&fields=orders.status&limit=-5',
    'limit=-5: The limit must be a whole number from 1 to 5,000.',
  ],
  [
    'model=ecommerce&explore=orders&fields=orders.status&limit=abc',
    'limit=abc: The limit must be a whole number from 1 to 5,000.',
  ],
  [
    'model=ecommerce&explore=orders&fields=orders.status&sorts=orders.status%20sideways',
    'sorts=orders.status sideways',
  ],
  [
    'model=nosuchmodel&explore=orders&fields=orders.status',
    'model=nosuchmodel: there is no such model in this workspace.',
  ],
  [
    'model=ecommerce&explore=nosuch&fields=orders.status',
    'explore=nosuch: the model ecommerce has no such explore.',
  ],
])('a bad value in the link is named and nothing is sent: %s', async (search, named) => {
  const { user, looker } = await open(search)
  const problems = await screen.findByRole('list', { name: 'Problems in the link' })
  expect(within(problems).getByText(named, { exact: false })).toBeInTheDocument()
  const compare = screen.getByRole('button', { name: 'Compare production and development' })
  expect(compare).toHaveAttribute('aria-disabled', 'true')
  await user.click(compare)
  await user.click(screen.getByRole('button', { name: 'Run' }))
  expect(looker.log.filter((e) => e.operation === 'create_query')).toHaveLength(0)
})
