/**
 * A deploy whose answer is lost is not a refusal: production is read back until it shows the
 * outcome, no other deploy is offered meanwhile, and a reload still says a deploy may be under way.
 */
import { screen, waitFor, within } from '@testing-library/react'
import { memoryHost } from '../../../test/memoryHost'
import { clientFor } from '../../../test/renderApp'
import { openShip } from '../../../test/shipPage'

const deployButton = () =>
  within(screen.getByRole('region', { name: 'Deploy' })).getByRole('button', {
    name: 'Deploy feature/net-revenue',
  })

async function confirmDeploy(user: Awaited<ReturnType<typeof openShip>>['user']) {
  await user.click(deployButton())
  const dialog = await screen.findByRole('dialog')
  await user.click(within(dialog).getByRole('button', { name: 'Deploy feature/net-revenue' }))
}

test('Looker applies the deploy, then the connection answers 502: not a refusal; production is read back', async () => {
  const { user, looker } = await openShip('ecommerce')
  const head = looker.state.projects.ecommerce!.remote['feature/net-revenue']!
  looker.addFault({
    operation: 'deploy_to_production',
    status: 502,
    message: 'Bad Gateway',
    afterApplying: true,
    times: 1,
  })
  await confirmDeploy(user)
  expect(await screen.findByRole('status', { name: 'Deploy result' })).toHaveTextContent(
    `Deployed feature/net-revenue: production now runs ${head.slice(0, 7)} (read back from Looker: its answer to the deploy never arrived).`
  )
  expect(looker.state.projects.ecommerce!.production.sha).toBe(head)
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
})

test('the answer is lost and production has not moved: the deploy may be under way, and no second deploy is offered', async () => {
  const { user, looker } = await openShip('ecommerce')
  const main = looker.state.projects.ecommerce!.remote.main!.slice(0, 7)
  looker.addFault({ operation: 'deploy_to_production', status: 502, message: 'Bad Gateway' })
  await confirmDeploy(user)
  const underWay = await screen.findByRole('status', { name: 'Deploy under way' })
  expect(underWay).toHaveTextContent("Looker's answer was lost (Bad Gateway (HTTP 502)).")
  expect(underWay).toHaveTextContent(`Looker may still apply it: production runs ${main}`)
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  expect(deployButton()).toHaveAttribute('aria-disabled', 'true')
  expect(deployButton()).toHaveAccessibleDescription(
    /^A deploy of feature\/net-revenue \(\w{7}\) sent at \d\d:\d\d UTC may be under way: Looker has not confirmed it\.$/
  )
})

test('the answer is lost and production still runs the old commit once Looker had time: not applied, deploy offered again', async () => {
  const { user, looker } = await openShip('ecommerce', { settleMs: 0 })
  const main = looker.state.projects.ecommerce!.remote.main!.slice(0, 7)
  looker.addFault({ operation: 'deploy_to_production', drop: true, times: 1 })
  await confirmDeploy(user)
  expect(await screen.findByRole('status', { name: 'Deploy result' })).toHaveTextContent(
    `Looker did not apply the deploy of feature/net-revenue: 1 min after it was sent, production still runs ${main}. You can deploy again.`
  )
  await waitFor(() => expect(deployButton()).toHaveAttribute('aria-disabled', 'false'))
})

test('a reload while a deploy is under way: the page says so until production is read back', async () => {
  const host = memoryHost()
  const { looker, unmount } = await openShip('ecommerce', { host })
  const { remote } = looker.state.projects.ecommerce!
  const head = remote['feature/net-revenue']!
  unmount()
  // The page was closed right after sending: only the record knows.
  host.items.set(
    'ship:ecommerce:deploy-under-way',
    JSON.stringify({
      branch: 'feature/net-revenue',
      commit: head,
      productionBefore: remote.main,
      since: Date.now(),
      lost: null,
    })
  )
  await openShip('ecommerce', { host, looker })
  const underWay = await screen.findByRole('status', { name: 'Deploy under way' })
  expect(underWay).toHaveTextContent('Its answer never reached this page')
  expect(deployButton()).toHaveAttribute('aria-disabled', 'true')
  // Looker carries it out; the page reads production again and tells.
  await clientFor(looker, 'ada').call('POST', '/projects/ecommerce/deploy_to_production')
  expect(await screen.findByRole('status', { name: 'Deploy result' })).toHaveTextContent(
    `Deployed feature/net-revenue: production now runs ${head.slice(0, 7)}`
  )
  expect(screen.queryByRole('status', { name: 'Deploy under way' })).not.toBeInTheDocument()
  await waitFor(() => expect(host.items.get('ship:ecommerce:deploy-under-way')).toBe(''))
})
