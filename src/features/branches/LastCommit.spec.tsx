/**
 * The last commit as a person reads it on a project's page: time and short SHA when Looker gives
 * them, nothing at all when it does not (no dash, no "last commit" with nothing after it), and
 * never an author, which Looker's GitBranch does not have.
 */
import { screen, within } from '@testing-library/react'
import { renderApp } from '../../../test/renderApp'
import { branchButton, branchRow } from '../../../test/branchesPage'

type RawBranch = Record<string, unknown>

async function openWith(change: (b: RawBranch) => RawBranch) {
  return renderApp({
    workspace: 'dev',
    route: '/projects/ecommerce',
    beforeMount(looker) {
      looker.intercept('all_git_branches', async (_req, next) => {
        const answer = await next()
        return { ...answer, body: (answer.body as RawBranch[]).map(change) }
      })
    },
  })
}

const SHA = '8c5f2d0e9b1a4c7d3e6f8a9b0c1d2e3f4a5b6c7d'

test('what Looker gives: the time and the short SHA, in the table and the branch panel', async () => {
  const { user } = await openWith((b) =>
    b.name === 'feature/typo'
      ? { ...b, commit_at: Date.UTC(2025, 10, 19, 0, 20) / 1000, ref: SHA }
      : b
  )
  expect(await branchRow('feature/typo')).toHaveTextContent('2025-11-19 00:20 UTC · 8c5f2d0')
  await user.click(await branchButton('feature/typo'))
  const panel = screen.getByRole('region', { name: 'Branch feature/typo' })
  expect(panel).toHaveTextContent('last commit 2025-11-19 00:20 UTC · 8c5f2d0')
  expect(panel).not.toHaveTextContent(/author|by /i)
})

test('what Looker leaves out is not shown at all: no dash, no empty "last commit"', async () => {
  const { user } = await openWith((b) =>
    b.name === 'feature/typo' ? { ...b, commit_at: null, ref: null, message: null } : b
  )
  const row = await branchRow('feature/typo')
  const cells = within(row).getAllByRole('cell')
  expect(cells[3]).toHaveTextContent(/^$/)
  await user.click(await branchButton('feature/typo'))
  const panel = screen.getByRole('region', { name: 'Branch feature/typo' })
  expect(panel).not.toHaveTextContent(/last commit|—/)
})

test("Looker's message is shown as what it is, with the branch's git error", async () => {
  const { user } = await openWith((b) =>
    b.name === 'feature/typo'
      ? { ...b, error: 'Merge conflict', message: 'Resolve it in the Looker IDE' }
      : b
  )
  await user.click(await branchButton('feature/typo'))
  const panel = screen.getByRole('region', { name: 'Branch feature/typo' })
  expect(panel).toHaveTextContent('git error: Merge conflict: Resolve it in the Looker IDE')
  expect(panel).not.toHaveTextContent('“Resolve it in the Looker IDE”')
})
