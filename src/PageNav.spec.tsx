import { screen, within } from '@testing-library/react'
import { renderApp } from '../test/renderApp'

test('the navigation marks the page you are on; a project page stays under Projects', async () => {
  const { user, host } = await renderApp({ route: '/projects/ecommerce' })
  const nav = screen.getByRole('navigation', { name: 'Pages' })
  expect(within(nav).getByRole('link', { name: 'Projects' })).toHaveAttribute(
    'aria-current',
    'page'
  )
  expect(within(nav).getByRole('link', { name: 'Test query' })).not.toHaveAttribute('aria-current')
  // The project is one click from Looker's IDE, through the host's navigation.
  await user.click(await screen.findByRole('link', { name: 'Open ecommerce in the Looker IDE' }))
  expect(host.visited).toEqual(['/projects/ecommerce'])
  await user.click(within(nav).getByRole('link', { name: 'Test query' }))
  expect(within(nav).getByRole('link', { name: 'Test query' })).toHaveAttribute(
    'aria-current',
    'page'
  )
  expect(within(nav).getByRole('link', { name: 'Projects' })).not.toHaveAttribute('aria-current')
})
