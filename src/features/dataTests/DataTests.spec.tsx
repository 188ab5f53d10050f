import { screen, within } from '@testing-library/react'
import { createFakeLooker } from '../../../dev/fake-looker'
import { renderApp } from '../../../test/renderApp'

// @looker/components is heavy under jsdom: role queries over its tree take seconds.
jest.setTimeout(30_000)

async function openProject(workspace: 'dev' | 'production') {
  const looker = await createFakeLooker({ seed: 'demo', sessionMode: 'ui' })
  looker.setUserWorkspace('ada', workspace)
  const view = await renderApp({ looker, route: '/query' })
  const section = await screen.findByRole('region', { name: 'LookML data tests' })
  await view.user.click(await within(section).findByLabelText('Project'))
  await view.user.click(await screen.findByRole('option', { name: 'ecommerce' }))
  return { ...view, section }
}

test('runs all data tests in production: pass and fail with Looker’s messages', async () => {
  const { user, section, looker } = await openProject('production')
  await user.click(await within(section).findByRole('button', { name: 'Run all data tests' }))
  const results = await within(section).findByRole('region', { name: 'Data test results' })
  expect(results).toHaveTextContent('Ran on production models: 2 of 2 passed.')
  expect(
    within(results).getByRole('listitem', { name: 'revenue_is_positive: passed' })
  ).toBeInTheDocument()
  expect(looker.log.filter((e) => e.operation === 'run_lookml_test')).toHaveLength(1)
})

test('runs one data test in Development Mode: the branch breaks it, with Looker’s message', async () => {
  const { user, section } = await openProject('dev')
  await user.click(
    await within(section).findByRole('button', { name: 'Run revenue_matches_gross' })
  )
  const results = await within(section).findByRole('region', { name: 'Data test results' })
  expect(results).toHaveTextContent('Ran on development models: 0 of 1 passed.')
  const failed = within(results).getByRole('listitem', { name: 'revenue_matches_gross: failed' })
  expect(failed).toHaveTextContent(
    'Assertion "revenue_equals_gross" failed: expression evaluated to "No". (ecommerce/tests/revenue.lkml:12)'
  )
})

test('a failure to run the tests shows Looker’s message', async () => {
  const { user, section, looker } = await openProject('production')
  looker.addFault({
    operation: 'run_lookml_test',
    status: 500,
    message: 'Internal server error',
    times: 1,
  })
  await user.click(await within(section).findByRole('button', { name: 'Run all data tests' }))
  expect(await within(section).findByRole('alert')).toHaveTextContent(
    'The data tests could not run: Internal server error'
  )
})
