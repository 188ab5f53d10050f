/**
 * SQL impact and the content validation at once: while the validation visits production, the
 * branch's SQL cannot be read, so SQL impact waits for the visit instead of reporting the branch's
 * changed explores as having the same SQL.
 */
import { screen, waitFor, within } from '@testing-library/react'
import { check, holdValidationInProduction, openShip, statusOf } from '../../../test/shipPage'

const SQL = 'SQL impact'
const VALIDATION = 'Content that would break'
const SLOW = { timeout: 30_000 }

test('while the content validation visits production, SQL impact still reads the branch’s SQL', async () => {
  const { user, looker } = await openShip('ecommerce')
  const release = holdValidationInProduction(looker)
  await user.click(within(check(VALIDATION)).getByRole('button', { name: 'Validate content' }))
  await waitFor(() =>
    expect(screen.getByRole('switch', { name: 'Development Mode' })).toBeDisabled()
  )
  await user.click(within(check(SQL)).getByRole('button', { name: 'Compare SQL' }))
  // The person sees it wait for the visit (a check that does not wait has finished by now).
  await waitFor(
    () =>
      expect(check(SQL)).toHaveTextContent(/Waiting while the content validation|Passed|Failed/),
    SLOW
  )
  release()
  await waitFor(() => expect(statusOf(VALIDATION)).not.toHaveTextContent('Running'), SLOW)
  await waitFor(() => expect(statusOf(SQL)).not.toHaveTextContent('Running'), SLOW)
  expect(
    within(check(SQL)).getByRole('listitem', { name: 'ecommerce::orders: SQL changed' })
  ).toBeVisible()
})
