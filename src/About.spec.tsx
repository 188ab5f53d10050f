import React from 'react'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderApp } from '../test/renderApp'
import { About } from './About'
import { BUILD } from './buildInfo'
import pkg from '../package.json'
import { renderInTheme } from '../test/renderInTheme'

test('About: the version and the commit it was built from, and how an admin updates it', async () => {
  const { user } = await renderApp()
  const toggle = await screen.findByRole('button', { name: 'About' })
  expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await user.click(toggle)
  expect(toggle).toHaveAttribute('aria-expanded', 'true')
  const about = screen.getByRole('region', { name: 'About Workspace Switcher' })
  expect(about).toHaveTextContent(`Version ${pkg.version}, commit ${BUILD.commit.slice(0, 12)}`)
  expect(about).toHaveTextContent(/does not update itself/)
  expect(about).toHaveTextContent(/Marketplace > Manage/)
  // Without a repository in package.json there is no address to invent: the file is named.
  expect(about).toHaveTextContent(/CHANGELOG\.md/)
  await user.click(toggle)
  expect(screen.queryByRole('region', { name: 'About Workspace Switcher' })).not.toBeInTheDocument()
})

test("About links to the changelog in the app's repository when the build knows it", async () => {
  const user = userEvent.setup()
  renderInTheme(
    <About
      build={{
        version: '1.2.3',
        commit: 'abcdef0123456789abcdef0123456789abcdef01',
        repository: 'https://github.com/acme/workspace-switcher',
      }}
    />
  )
  await user.click(screen.getByRole('button', { name: 'About' }))
  const about = screen.getByRole('region', { name: 'About Workspace Switcher' })
  expect(about).toHaveTextContent('Version 1.2.3, commit abcdef012345')
  expect(within(about).getByRole('link', { name: 'Changelog' })).toHaveAttribute(
    'href',
    'https://github.com/acme/workspace-switcher/blob/main/CHANGELOG.md'
  )
})
