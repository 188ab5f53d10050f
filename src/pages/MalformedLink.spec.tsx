import { screen, waitFor } from '@testing-library/react'
import { renderApp, fakeLooker } from '../../test/renderApp'
import { projectIdFrom, projectPath } from '../shared/routes'

test.each(['/projects/%', '/projects/%E0%A4%A', '/projects/abc%zz/x'])(
  'a link with a bad percent escape (%s) says it is malformed and offers the projects page',
  async (route) => {
    const { user } = await renderApp({ route })
    const alert = await screen.findByText(/^This link is malformed/)
    expect(alert).toHaveAttribute('role', 'alert')
    expect(alert).toHaveTextContent(`This link is malformed: ${route} has a percent sign`)
    await user.click(screen.getByRole('link', { name: 'Go to the projects page' }))
    expect(await screen.findByRole('table', { name: /projects/i })).toBeInTheDocument()
  }
)

test.each(['ecommerce', 'a%b', 'a%41b', '50% off', 'x/y#z?w', 'tilde~25', '~7E', 'ünï'])(
  'a project id round-trips through its link, also after the router decodes it once: %j',
  (id) => {
    const path = projectPath(id)
    const segment = path.slice('/projects/'.length)
    expect(() => decodeURI(path)).not.toThrow()
    expect(projectIdFrom(segment)).toBe(id)
    // history decodes the pathname once; the host then stores and replays that form.
    expect(projectIdFrom(decodeURI(segment))).toBe(id)
    expect(() => decodeURI(decodeURI(path))).not.toThrow()
  }
)

test('a project whose id has a % opens from its row and survives a reload of its link', async () => {
  const looker = await fakeLooker()
  looker.setUserWorkspace('ada', 'dev')
  const { unmount } = await renderApp({ looker, route: projectPath('ecommerce') })
  expect(await screen.findByRole('table', { name: 'Branches' })).toBeInTheDocument()
  unmount()
  await renderApp({ looker, route: decodeURI(projectPath('100%_pure')) })
  await waitFor(() => expect(screen.getByRole('main')).toHaveTextContent(/100%_pure/))
  expect(screen.queryByText(/This link is malformed/)).not.toBeInTheDocument()
})
