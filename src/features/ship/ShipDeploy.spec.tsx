import { screen, waitFor, within } from '@testing-library/react'
import { memoryHost } from '../../../test/memoryHost'
import { fakeLooker } from '../../../test/renderApp'
import { check, gitBranch, openShip, run, statusOf } from '../../../test/shipPage'

const deployRegion = () => screen.getByRole('region', { name: 'Deploy' })
const whatGoesOut = () => within(deployRegion()).getByLabelText('What goes out')
const reasons = () => within(deployRegion()).getByRole('list', { name: 'Why you cannot deploy' })
const NOT_REPORTED =
  'Looker’s API does not report how many commits the branch is ahead of production, nor whether deploying it is a fast-forward of main'

test('what goes out: the branch against its remote and production’s commit; what Looker does not report is said plainly', async () => {
  await openShip('ecommerce')
  expect(whatGoesOut()).toHaveTextContent(
    /^Branch feature\/net-revenue at \w{7} \(the same as on the remote\); production \(main\) at \w{7}\.$/
  )
  expect(deployRegion()).toHaveTextContent(NOT_REPORTED.replace('’', "'"))
  expect(
    within(deployRegion()).queryByRole('list', { name: 'Why you cannot deploy' })
  ).not.toBeInTheDocument()
})

test('a branch that has diverged from its remote: both counts shown, no deploy, and why', async () => {
  // finance: ada's feature/q4-close is 2 commits ahead of its remote and 1 behind it.
  await openShip('finance')
  expect(whatGoesOut()).toHaveTextContent('Branch feature/q4-close at')
  expect(whatGoesOut()).toHaveTextContent(
    '(2 commits not yet on the remote, 1 commit on the remote not pulled)'
  )
  expect(reasons()).toHaveTextContent('The branch and its remote have diverged')
  expect(within(deployRegion()).getByRole('button', { name: /^Deploy / })).toHaveAttribute(
    'aria-disabled',
    'true'
  )
})

test('uncommitted changes: no deploy, with the reason', async () => {
  // marketing: ada has uncommitted changes on her personal branch.
  await openShip('marketing')
  expect(reasons()).toHaveTextContent('The branch has uncommitted changes: commit or discard them')
  expect(within(deployRegion()).getByRole('button', { name: /^Deploy / })).toHaveAttribute(
    'aria-disabled',
    'true'
  )
})

test('a branch behind its remote: no deploy, with the reason', async () => {
  const looker = await fakeLooker()
  const { remote } = looker.state.projects.ecommerce!
  const tip = remote['feature/drop-avg-price']!
  // Ada resets the branch one commit back (force-pushed); Grace then resets it to its old tip,
  // which moves the remote ahead of Ada's copy: Ada is 1 behind her remote.
  await gitBranch(looker, 'ada', 'ecommerce', { name: 'feature/drop-avg-price' })
  await gitBranch(looker, 'ada', 'ecommerce', { ref: remote.main! })
  await gitBranch(looker, 'grace', 'ecommerce', { name: 'feature/drop-avg-price' })
  await gitBranch(looker, 'grace', 'ecommerce', { ref: tip })
  await openShip('ecommerce', { looker })
  expect(whatGoesOut()).toHaveTextContent('(1 commit on the remote not pulled)')
  expect(reasons()).toHaveTextContent('The branch is behind its remote: pull first.')
  expect(within(deployRegion()).getByRole('button', { name: /^Deploy / })).toHaveAttribute(
    'aria-disabled',
    'true'
  )
})

test('the deploy confirmation names the branch and what is known; afterwards production is at the new commit and the saved queries compare again', async () => {
  const host = memoryHost()
  host.items.set(
    'saved-queries:ecommerce',
    JSON.stringify([
      {
        name: 'Complete revenue',
        spec: {
          model: 'ecommerce',
          explore: 'orders',
          fields: ['orders.status', 'orders.total_revenue'],
          filters: { 'orders.status': 'complete' },
          sorts: [],
          limit: 500,
        },
      },
    ])
  )
  const { user, looker } = await openShip('ecommerce', { host })
  const { remote } = looker.state.projects.ecommerce!
  const branchHead = remote['feature/net-revenue']!.slice(0, 7)
  const before = remote.main!.slice(0, 7)
  await run(user, 'Saved queries', 'Compare saved queries')
  expect(check('Saved queries')).toHaveTextContent('Complete revenue: differs (1 row)')

  await user.click(
    within(deployRegion()).getByRole('button', { name: 'Deploy feature/net-revenue' })
  )
  const dialog = await screen.findByRole('dialog')
  expect(dialog).toHaveTextContent('Deploy feature/net-revenue to production?')
  expect(dialog).toHaveTextContent(
    `Looker pushes feature/net-revenue (at ${branchHead}, the same as on the remote) to main and pulls it into production, replacing ${before}.`
  )
  expect(dialog).toHaveTextContent(
    "How many commits that adds, and whether it is a fast-forward, Looker's API does not say: Looker refuses a push that is not one."
  )
  await user.click(within(dialog).getByRole('button', { name: 'Deploy feature/net-revenue' }))
  const result = await within(deployRegion()).findByRole(
    'status',
    { name: 'Deploy result' },
    { timeout: 30_000 }
  )
  expect(result).toHaveTextContent(
    `Deployed feature/net-revenue: production now runs ${branchHead}.`
  )
  // Re-read from Looker: production is at the branch's commit.
  await waitFor(() =>
    expect(screen.getByLabelText('Branch and production')).toHaveTextContent(
      `production (main) at ${branchHead}`
    )
  )
  expect(whatGoesOut()).toHaveTextContent(`production (main) at ${branchHead}`)
  expect(reasons()).toHaveTextContent('Production already runs this commit')

  await user.click(within(result).getByRole('button', { name: 'Compare the saved queries again' }))
  // The comparisons run again: production now runs the branch's LookML, so the line is identical.
  await waitFor(
    () => expect(check('Saved queries')).toHaveTextContent('Complete revenue: identical'),
    { timeout: 30_000 }
  )
  expect(statusOf('Saved queries')).toHaveTextContent('Passed')
})
