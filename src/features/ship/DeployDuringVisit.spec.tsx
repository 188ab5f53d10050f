/** While Ship's content validation visits production, no write is offered: each says why. */
import { screen, waitFor, within } from '@testing-library/react'
import { check, holdValidationInProduction, openShip, statusOf } from '../../../test/shipPage'

const VISIT =
  'Unavailable while the content validation visits production: the session comes back to Development Mode when it ends.'

test('Deploy is unavailable, with the reason, while the content validation visits production', async () => {
  const { user, looker } = await openShip('ecommerce')
  const release = holdValidationInProduction(looker)
  const deploy = () =>
    within(screen.getByRole('region', { name: 'Deploy' })).getByRole('button', {
      name: 'Deploy feature/net-revenue',
    })
  expect(deploy()).toHaveAttribute('aria-disabled', 'false')
  await user.click(
    within(check('Content that would break')).getByRole('button', { name: 'Validate content' })
  )
  await waitFor(() => expect(deploy()).toHaveAttribute('aria-disabled', 'true'))
  expect(deploy()).toHaveAccessibleDescription(VISIT)
  // The workspace switch too: it would wait for the visit, then undo it.
  const devMode = screen.getByRole('switch', { name: 'Development Mode' })
  expect(devMode).toBeDisabled()
  expect(devMode).toHaveAccessibleDescription(VISIT)
  await user.click(deploy())
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  release()
  await waitFor(() => expect(statusOf('Content that would break')).toHaveTextContent('Passed'))
  await waitFor(() => expect(deploy()).toHaveAttribute('aria-disabled', 'false'))
  expect(screen.getByRole('switch', { name: 'Development Mode' })).toBeEnabled()
  expect(looker.log.filter((e) => e.operation === 'deploy_to_production')).toEqual([])
})
