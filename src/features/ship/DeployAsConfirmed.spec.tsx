/** A deploy goes out only if Looker, read right before sending, still reports what was confirmed. */
import { screen, waitFor, within } from '@testing-library/react'
import type { FakeLooker } from '../../../test/renderApp'
import { checkout, gitBranch, openShip } from '../../../test/shipPage'

const deploys = (looker: FakeLooker) =>
  looker.log.filter((e) => e.operation === 'deploy_to_production')

test.each([
  [
    'another tab checks out feature/typo',
    (looker: FakeLooker) => checkout(looker, 'ada', 'ecommerce', 'feature/typo'),
    'The branch changed since you confirmed (Looker now reports feature/typo as the current branch), nothing was deployed.',
  ],
  [
    'the branch is reset to another commit behind the page',
    (looker: FakeLooker) =>
      gitBranch(looker, 'ada', 'ecommerce', { ref: looker.state.projects.ecommerce!.remote.main! }),
    'The branch changed since you confirmed (feature/net-revenue moved to another commit), nothing was deployed.',
  ],
  [
    'another tab leaves Development Mode',
    async (looker: FakeLooker) => looker.setUserWorkspace('ada', 'production'),
    'Your session left Development Mode since you confirmed (Looker now reports production), nothing was deployed.',
  ],
])(
  'the dialog open, %s: nothing is deployed, and the page says what moved',
  async (_, move, said) => {
    const { user, looker } = await openShip('ecommerce')
    const production = looker.state.projects.ecommerce!.production.sha
    await user.click(screen.getByRole('button', { name: 'Deploy feature/net-revenue' }))
    const dialog = await screen.findByRole('dialog')
    await move(looker)
    await user.click(within(dialog).getByRole('button', { name: 'Deploy feature/net-revenue' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(`Deploy feature/net-revenue not sent: ${said}`)
    expect(deploys(looker)).toEqual([])
    expect(looker.state.projects.ecommerce!.production.sha).toBe(production)
    expect(screen.queryByRole('status', { name: 'Deploy result' })).not.toBeInTheDocument()
  }
)

test('the page shows the branch another tab checked out once the deploy is refused', async () => {
  const { user, looker } = await openShip('ecommerce')
  await user.click(screen.getByRole('button', { name: 'Deploy feature/net-revenue' }))
  const dialog = await screen.findByRole('dialog')
  await checkout(looker, 'ada', 'ecommerce', 'feature/typo')
  await user.click(within(dialog).getByRole('button', { name: 'Deploy feature/net-revenue' }))
  await screen.findByRole('alert')
  await waitFor(() =>
    expect(screen.getByLabelText('What goes out')).toHaveTextContent('Branch feature/typo at')
  )
})
