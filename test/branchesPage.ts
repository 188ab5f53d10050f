/** Helpers for the specs of a project's branches page (`/projects/<id>`), over the demo seed. */
import { screen, within } from '@testing-library/react'
import type { FakeLooker } from '../dev/fake-looker/types'
import { renderApp } from './renderApp'

/** ada's personal branch name (its suffix is random per seed). */
export const ADA_PERSONAL = /^dev-ada-lovelace-\w{4}$/

/** Renders `/projects/<projectId>` for `user` (ada) in `workspace` (dev) over a fresh demo Looker. */
export async function openProject(
  projectId: string,
  options: { workspace?: 'dev' | 'production'; user?: string } = {}
) {
  return renderApp({
    user: options.user,
    workspace: options.workspace ?? 'dev',
    route: `/projects/${projectId}`,
  })
}

/** The "Current branch" region, once it is there. */
export const currentPanel = () => screen.findByRole('region', { name: 'Current branch' })

/** The branch's select button in the table. */
export const branchButton = async (name: string | RegExp) =>
  within(await screen.findByRole('table', { name: 'Branches' })).findByRole('button', { name })

/** The table row of a branch. */
export const branchRow = async (name: string) => {
  const button = await branchButton(name)
  return within(screen.getByRole('table', { name: 'Branches' }))
    .getAllByRole('row')
    .find((r) => within(r).queryByRole('button', { name }) === button)!
}

/** The "Last action" status line. */
export const lastAction = () => screen.findByRole('status', { name: 'Last action' })

/** The fake Looker's log entries for one operation. */
export const calls = (looker: FakeLooker, operation: string) =>
  looker.log.filter((e) => e.operation === operation)

/** The button is unavailable (aria-disabled, still focusable) and its reason is announced with it. */
export function expectUnavailableBecause(name: string | RegExp, reason: string | RegExp) {
  const button = screen.getByRole('button', { name })
  expect(button).toHaveAttribute('aria-disabled', 'true')
  expect(button).toHaveAccessibleDescription(reason)
}
