/** Helpers for the specs of the Ship page (`/projects/<id>/ship`), over the demo seed. */
import { screen, waitFor, within } from '@testing-library/react'
import type userEvent from '@testing-library/user-event'
import { memoryHost, type MemoryHost } from './memoryHost'
import { clientFor, fakeLooker, renderApp, type FakeLooker } from './renderApp'

/**
 * `user` writes the checked-out branch of `project` in Development Mode, as in Looker's IDE:
 * `update_git_branch` with `{name}` checks a branch out, with `{ref}` resets it (`git reset --hard`).
 */
export async function gitBranch(
  looker: FakeLooker,
  user: string,
  project: string,
  body: { name?: string; ref?: string }
) {
  looker.setUserWorkspace(user, 'dev')
  const res = await clientFor(looker, user).call('PUT', `/projects/${project}/git_branch`, body)
  if (res.status !== 200) throw new Error(`git_branch ${JSON.stringify(body)}: ${res.status}`)
}

/** `user` checks out `branch` of `project` in Development Mode. */
export const checkout = (looker: FakeLooker, user: string, project: string, branch: string) =>
  gitBranch(looker, user, project, { name: branch })

export interface OpenShipOptions {
  user?: string
  branch?: string
  host?: MemoryHost
  /** An existing fake Looker (a fresh demo one by default). */
  looker?: FakeLooker
  /** How long a deploy whose answer was lost is given to apply. */
  settleMs?: number
}

/** Renders the Ship page of `project` for `user` (ada) in Development Mode, once it is there. */
export async function openShip(project: string, options: OpenShipOptions = {}) {
  const { user = 'ada', branch, host = memoryHost() } = options
  const looker = options.looker ?? (await fakeLooker())
  looker.setUserWorkspace(user, 'dev')
  if (branch) await checkout(looker, user, project, branch)
  const view = await renderApp({
    looker,
    user,
    host,
    route: `/projects/${project}/ship`,
    settleMs: options.settleMs,
  })
  await screen.findByRole('region', { name: 'LookML validation' }, { timeout: 30_000 })
  return view
}

/** A check's region, by its title. */
export const check = (name: string) => screen.getByRole('region', { name })

/** A check's status word (Not run, Running, Passed, Failed, Stale). */
export const statusOf = (name: string) =>
  within(check(name)).getByRole('status', { name: `${name}: status` })

/** Clicks a check's run button and waits until it has finished. */
export async function run(user: ReturnType<typeof userEvent.setup>, name: string, button: string) {
  await user.click(within(check(name)).getByRole('button', { name: button }))
  await waitFor(() => expect(statusOf(name)).not.toHaveTextContent(/Running|Not run/), {
    timeout: 30_000,
  })
}

/**
 * Holds the content validation's second read, the one in production, until the returned
 * `release()`: a validation started meanwhile keeps the session visiting production.
 */
export function holdValidationInProduction(looker: FakeLooker): () => void {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  let calls = 0
  looker.intercept('content_validation', async (_req, next) => {
    if (++calls === 2) await released
    return next()
  })
  return release
}
