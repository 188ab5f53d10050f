/**
 * The content check and the content validation at once: the validation visits production, where
 * the branch's SQL cannot be read. The content check waits for the visit instead of reporting the
 * branch's changed tiles as "Same SQL".
 */
import { screen, waitFor, within } from '@testing-library/react'
import { check, holdValidationInProduction, openShip, statusOf } from '../../../test/shipPage'

const CARD = 'Dashboards and Looks'
const VALIDATION = 'Content that would break'
const SLOW = { timeout: 30_000 }

test('while the content validation visits production, the content check waits, then measures the branch', async () => {
  const { user, looker } = await openShip('ecommerce')
  const release = holdValidationInProduction(looker)
  await user.click(within(check(VALIDATION)).getByRole('button', { name: 'Validate content' }))
  await waitFor(() =>
    expect(screen.getByRole('switch', { name: 'Development Mode' })).toBeDisabled()
  )
  await user.click(within(check(CARD)).getByRole('button', { name: 'Compare content' }))
  // The person sees the check wait for the visit (a check that does not wait has finished by now).
  await waitFor(
    () =>
      expect(check(CARD)).toHaveTextContent(/waiting while the content validation|Passed|Failed/i),
    SLOW
  )
  release()
  await waitFor(() => expect(statusOf(VALIDATION)).not.toHaveTextContent('Running'), SLOW)
  await waitFor(() => expect(statusOf(CARD)).not.toHaveTextContent('Running'), SLOW)
  const overview = within(check(CARD)).getByRole('region', { name: 'Orders overview' })
  expect(
    within(overview).getByRole('listitem', { name: /^Revenue by status: \d+ rows? differ/ })
  ).toBeVisible()
  expect(within(overview).getByRole('listitem', { name: 'Order count: Same SQL' })).toBeVisible()
})
