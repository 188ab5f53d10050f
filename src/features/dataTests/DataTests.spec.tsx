import { screen, waitFor, within } from '@testing-library/react'
import { fakeLooker, renderApp, type FakeLooker } from '../../../test/renderApp'

async function openProject(workspace: 'dev' | 'production', looker?: FakeLooker) {
  const view = await renderApp({ looker, workspace, route: '/query' })
  const section = await screen.findByRole('region', { name: 'LookML data tests' })
  await view.user.selectOptions(await within(section).findByLabelText('Project'), 'ecommerce')
  return { ...view, section }
}

test('runs all data tests in production: pass and fail with Looker’s messages', async () => {
  const { user, section } = await openProject('production')
  await user.click(await within(section).findByRole('button', { name: 'Run all data tests' }))
  const results = await within(section).findByRole('region', { name: 'Data test results' })
  await waitFor(() => expect(results).toHaveTextContent('Ran on production models: 2 of 2 passed.'))
  expect(
    within(results)
      .getAllByRole('listitem')
      .map((li) => li.getAttribute('aria-label'))
  ).toEqual(['revenue_is_positive: passed', 'revenue_matches_gross: passed'])
})

test('runs one data test in Development Mode: the branch breaks it, with Looker’s message', async () => {
  const { user, section, host } = await openProject('dev')
  await user.click(
    await within(section).findByRole('button', { name: 'Run revenue_matches_gross' })
  )
  const results = await within(section).findByRole('region', { name: 'Data test results' })
  expect(results).toHaveTextContent('Ran on development models: 0 of 1 passed.')
  expect(within(results).getByText('Development')).toBeInTheDocument()
  const failed = within(results).getByRole('listitem', { name: 'revenue_matches_gross: failed' })
  expect(failed).toHaveTextContent(
    'Assertion "revenue_equals_gross" failed: expression evaluated to "No". (ecommerce/tests/revenue.lkml:12)'
  )
  // The file and line open in Looker's IDE, through the host's navigation.
  const where = within(failed).getByRole('link', { name: 'ecommerce/tests/revenue.lkml:12' })
  expect(where).toHaveAttribute('href', '/projects/ecommerce/files/tests/revenue.lkml?line=12')
  await user.click(where)
  expect(host.visited).toEqual(['/projects/ecommerce/files/tests/revenue.lkml?line=12'])
})

test('a failure to run the tests shows Looker’s message and documentation link', async () => {
  const { user, section, looker } = await openProject('production')
  looker.addFault({
    operation: 'run_lookml_test',
    status: 500,
    message: 'Internal server error',
    times: 1,
  })
  await user.click(await within(section).findByRole('button', { name: 'Run all data tests' }))
  const alert = await within(section).findByRole('alert')
  // One request per test: the failing one says so in its place, the other still ran.
  expect(alert).toHaveTextContent(/^revenue_\w+ could not run: Internal server error/)
  expect(
    within(alert).getByRole('link', { name: 'Looker documentation (HTTP 500)' })
  ).toHaveAttribute('href', expect.stringContaining('/r/err/4.0/500/'))
  const results = await within(section).findByRole('region', { name: 'Data test results' })
  await waitFor(() => expect(results).toHaveTextContent('Ran on production models: 1 of 1 passed.'))
})

test('one request per test (test and model), a few at a time; results fill in as they come', async () => {
  const looker = await fakeLooker()
  // revenue_matches_gross is slow: Looker holds its answer until released.
  let release = () => undefined as void
  const released = new Promise<void>((r) => (release = r))
  const asked: Array<Record<string, string> | undefined> = []
  looker.intercept('run_lookml_test', async (req, next) => {
    asked.push(req.query)
    if (req.query?.test === 'revenue_matches_gross') await released
    return next()
  })
  const { user, section } = await openProject('production', looker)
  await user.click(await within(section).findByRole('button', { name: 'Run all data tests' }))
  // The fast test's result shows while the slow one still runs.
  const results = await within(section).findByRole('region', { name: 'Data test results' })
  expect(results).toHaveTextContent('So far: 1 of 1 passed.')
  expect(
    within(results).getByRole('listitem', { name: 'revenue_is_positive: passed' })
  ).toBeInTheDocument()
  expect(
    within(section).getByRole('status', { name: 'Running all data tests' })
  ).toBeInTheDocument()
  release()
  await waitFor(() => expect(results).toHaveTextContent('Ran on production models: 2 of 2 passed.'))
  expect(asked).toEqual([
    expect.objectContaining({ test: 'revenue_is_positive', model: 'ecommerce' }),
    expect.objectContaining({ test: 'revenue_matches_gross', model: 'ecommerce' }),
  ])
})

test('a long run does not hold up a switch; its results then carry no mode label', async () => {
  const looker = await fakeLooker()
  // A run that takes minutes: Looker answers only on release().
  const { release } = looker.hold('run_lookml_test')
  const { user, section } = await openProject('production', looker)
  await user.click(await within(section).findByRole('button', { name: 'Run all data tests' }))
  expect(
    await within(section).findByRole('status', { name: 'Running all data tests' })
  ).toBeInTheDocument()
  await user.click(screen.getByRole('switch', { name: 'Development Mode' }))
  await waitFor(() =>
    expect(screen.getByLabelText('Current workspace')).toHaveTextContent('Development')
  )
  release()
  const results = await within(section).findByRole('region', { name: 'Data test results' })
  // Looker ran them after the switch, on development models: the app cannot know, so no label.
  await waitFor(() =>
    expect(results).toHaveTextContent(
      'The workspace changed during the run, so these results are not labelled with a mode: 1 of 2 passed.'
    )
  )
})

test('another Looker tab switching during a run: the results carry no mode label', async () => {
  const looker = await fakeLooker()
  // A run that takes minutes: Looker answers only on release().
  const { release } = looker.hold('run_lookml_test')
  const { user, section } = await openProject('production', looker)
  await user.click(await within(section).findByRole('button', { name: 'Run all data tests' }))
  await within(section).findByRole('status', { name: 'Running all data tests' })
  looker.setUserWorkspace('ada', 'dev')
  release()
  const results = await within(section).findByRole('region', { name: 'Data test results' })
  await waitFor(() =>
    expect(results).toHaveTextContent(
      'The workspace changed during the run, so these results are not labelled with a mode'
    )
  )
  expect(results).not.toHaveTextContent(/Ran on/)
})

test('Cancel stops waiting for a long run and lets the person run again', async () => {
  const looker = await fakeLooker()
  // A run that takes minutes: Looker answers only on release().
  const { release } = looker.hold('run_lookml_test')
  const { user, section } = await openProject('production', looker)
  await user.click(await within(section).findByRole('button', { name: 'Run all data tests' }))
  await user.click(await within(section).findByRole('button', { name: 'Cancel' }))
  expect(await within(section).findByText(/Cancelled: the app stopped waiting/)).toBeInTheDocument()
  expect(within(section).getByRole('button', { name: 'Run all data tests' })).toBeEnabled()
  release()
})

test('no project with models: the builder and the data tests say so, from one read of the models', async () => {
  const looker = await fakeLooker()
  looker.addFault({ operation: 'all_lookml_models', body: [] })
  await renderApp({ looker, route: '/query' })
  expect(await screen.findByText(/This workspace has no models with explores/)).toBeInTheDocument()
  expect(await screen.findByText(/No LookML project has models you can see/)).toBeInTheDocument()
  expect(looker.log.filter((e) => e.operation === 'all_lookml_models')).toHaveLength(1)
})

test('a failure to list the models offers a Retry that recovers the project list', async () => {
  const looker = await fakeLooker()
  looker.addFault({ operation: 'all_lookml_models', status: 500, message: 'Models down', times: 1 })
  const { user } = await renderApp({ looker, route: '/query' })
  const section = await screen.findByRole('region', { name: 'LookML data tests' })
  expect(await within(section).findByRole('alert')).toHaveTextContent('Models down')
  await user.click(within(section).getByRole('button', { name: 'Retry' }))
  expect(await within(section).findByLabelText('Project')).toBeInTheDocument()
})
