import { screen, waitFor } from '@testing-library/react'
import { renderApp, fakeLooker } from '../../../../test/renderApp'
import { memoryHost } from '../../../../test/memoryHost'

const route = '/query?model=ecommerce&explore=orders&fields=orders.status,orders.total_revenue'

// The put-back's intent is what lets a reload notice a session left in Development Mode: when the
// host cannot store it (its storage full), the person is told before anything is switched.
test('a put-back intent the host cannot store: said so, and the session is not switched', async () => {
  const looker = await fakeLooker()
  const host = memoryHost()
  const original = host.setItem
  host.setItem = async (key, value) => {
    if (key.includes('put-back') && value) {
      throw new Error('QuotaExceededError: the extension storage is full')
    }
    return original(key, value)
  }
  const { user } = await renderApp({ looker, route, host })
  await user.click(
    await screen.findByRole('button', { name: 'Compare production and development' })
  )
  await user.click(await screen.findByRole('button', { name: 'Switch for the comparison' }))
  expect(await screen.findByText(/Nothing was switched/)).toHaveTextContent(
    'the extension storage is full'
  )
  await waitFor(() =>
    expect(screen.getByLabelText('Current workspace')).toHaveTextContent('Production')
  )
  expect(looker.log.filter((e) => e.operation === 'update_session')).toHaveLength(0)
})
