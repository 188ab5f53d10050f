import { screen, waitFor, within } from '@testing-library/react'
import { fakeLooker, renderApp } from '../../../test/renderApp'

const devSwitch = () => screen.findByRole('switch', { name: 'Development Mode' })
const badge = () => screen.findByLabelText('Current workspace')

test('shows a labelled loading state, then the workspace Looker reports', async () => {
  await renderApp({ lookerOptions: { latencyMs: 50 } })
  expect(
    screen.getByRole('status', { name: 'Reading the workspace from Looker' })
  ).toBeInTheDocument()
  expect(await badge()).toHaveTextContent('Production')
  expect(await devSwitch()).not.toBeChecked()
  expect(screen.getByText(/rendered PDF, PNG and JPG content and SSO embed/i)).toBeInTheDocument()
})

test('re-reads the workspace on load instead of assuming production', async () => {
  // ada turned Development Mode on in another Looker tab
  await renderApp({ workspace: 'dev' })
  expect(await badge()).toHaveTextContent('Development')
  expect(await devSwitch()).toBeChecked()
})

test('switches to Development Mode and back, showing what Looker answered', async () => {
  const { user, looker } = await renderApp()
  await user.click(await devSwitch())
  await waitFor(() =>
    expect(screen.getByLabelText('Current workspace')).toHaveTextContent('Development')
  )
  expect(await devSwitch()).toBeChecked()

  await user.click(await devSwitch())
  await waitFor(() =>
    expect(screen.getByLabelText('Current workspace')).toHaveTextContent('Production')
  )
  expect(await devSwitch()).not.toBeChecked()
  expect(looker.log.filter((e) => e.operation === 'update_session').map((e) => e.status)).toEqual([
    200, 200,
  ])
})

test('disables the switch while a switch is pending and ignores further clicks', async () => {
  const { user, looker } = await renderApp()
  const toggle = await devSwitch()
  const pending = looker.hold('update_session') // Looker takes its time to answer
  await user.click(toggle)
  expect(
    await screen.findByRole('status', { name: 'Switching to Development Mode' })
  ).toBeInTheDocument()
  expect(toggle).toBeDisabled()
  await user.click(toggle)
  pending.release()
  await waitFor(() =>
    expect(screen.getByLabelText('Current workspace')).toHaveTextContent('Development')
  )
  expect(toggle).toBeEnabled()
  expect(looker.log.filter((e) => e.operation === 'update_session')).toHaveLength(1)
})

/** vic cannot develop; with his roles unreadable the switch is offered, and Looker refuses it. */
async function vicWithRolesUnknown() {
  const looker = await fakeLooker()
  looker.addFault({ operation: 'user_roles', status: 500, message: 'Roles unavailable' })
  return renderApp({ looker, user: 'vic' })
}

test('without "develop" the workspace is read-only: the reason once, and no switch to flip', async () => {
  await renderApp({ user: 'vic' })
  expect(await badge()).toHaveTextContent('Production')
  expect(await screen.findAllByText(/do not include the "develop" permission/)).toHaveLength(1)
  expect(screen.queryByRole('switch', { name: 'Development Mode' })).not.toBeInTheDocument()
  expect(screen.getByText(/Read-only/)).toBeInTheDocument()
})

test('the workspace bar names Development Mode once: the switch, beside a short badge', async () => {
  const looker = await fakeLooker()
  looker.setUserWorkspace('ada', 'dev')
  await renderApp({ looker })
  const bar = screen.getByRole('region', { name: 'Workspace' })
  expect(await badge()).toHaveTextContent(/^Development$/)
  expect(within(bar).getAllByText('Development Mode')).toHaveLength(1)
})

test('a refused switch stays where Looker says and shows its message and documentation link', async () => {
  const { user } = await vicWithRolesUnknown()
  await user.click(await devSwitch())
  const alert = await waitFor(() => {
    const found = screen.getAllByRole('alert').find((a) => /Looker refused/.test(a.textContent!))
    expect(found).toBeDefined()
    return found!
  })
  expect(
    within(alert).getByRole('link', { name: /Looker documentation \(HTTP 403\)/ })
  ).toHaveAttribute('href', 'https://cloud.google.com/looker/docs/r/err/4.0/403/patch/session')
  expect(screen.getByLabelText('Current workspace')).toHaveTextContent('Production')
  expect(await devSwitch()).not.toBeChecked()
})

test('a network failure during a switch is shown, and the switch shows the re-read workspace', async () => {
  const { user, looker } = await renderApp()
  looker.addFault({ operation: 'update_session', drop: true, times: 1 })
  await user.click(await devSwitch())
  expect(await screen.findByRole('alert')).toHaveTextContent(/Failed to fetch/)
  expect(screen.getByLabelText('Current workspace')).toHaveTextContent('Production')
  expect(await devSwitch()).not.toBeChecked()
})

test('a failure to read the session is shown with Looker message and a Retry that recovers', async () => {
  const looker = await fakeLooker()
  looker.addFault({ operation: 'session', status: 500, message: 'Internal server error', times: 1 })
  const { user } = await renderApp({ looker })
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent("Could not read the session's workspace: Internal server error")
  expect(within(alert).getByRole('link', { name: /HTTP 500/ })).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Retry' }))
  expect(await badge()).toHaveTextContent('Production')
})

test('an unknown workspace id from Looker is reported, not guessed', async () => {
  const looker = await fakeLooker()
  looker.addFault({
    operation: 'session',
    body: { workspace_id: 'staging', sudo_user_id: null, can: {} },
    times: 1,
  })
  await renderApp({ looker })
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Looker reported the workspace "staging", which is neither production nor dev.'
  )
  expect(screen.queryByLabelText('Current workspace')).not.toBeInTheDocument()
})

test('a method missing from the manifest fails the way Looker fails', async () => {
  const fs = await import('fs')
  const { MANIFEST_PATH } = await import('../../../test/fakeHost')
  const manifest = fs.readFileSync(MANIFEST_PATH, 'utf8').replace('"update_session",', '')
  const { user } = await renderApp({ manifest })
  await user.click(await devSwitch())
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Extension not entitled to use api method update_session'
  )
})

test('a failure to read the user roles is shown with a Retry, and the switch still works', async () => {
  const looker = await fakeLooker()
  looker.addFault({ operation: 'user_roles', status: 500, message: 'Roles unavailable', times: 1 })
  const { user } = await renderApp({ looker })
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Could not read your Looker roles (the switch still works; Looker decides): Roles unavailable'
  )
  await user.click(await devSwitch())
  await waitFor(() =>
    expect(screen.getByLabelText('Current workspace')).toHaveTextContent('Development')
  )
  await user.click(screen.getByRole('button', { name: 'Retry' }))
  await waitFor(() => expect(screen.queryByText(/Roles unavailable/)).not.toBeInTheDocument())
})

test("Looker's documentation link opens through the host, which the sandboxed frame needs", async () => {
  const { user, host } = await vicWithRolesUnknown()
  await user.click(await devSwitch())
  await user.click(await screen.findByRole('link', { name: /Looker documentation \(HTTP 403\)/ }))
  expect(host.opened).toEqual(['https://cloud.google.com/looker/docs/r/err/4.0/403/patch/session'])
})

// Issue 11, defect 6: a switch slower than the host's message timeout.
test('a switch Looker answers after the host gave up is not shown as failed, and lands when Looker applies it', async () => {
  const { user, looker } = await renderApp({ messageTimeoutMs: 200 })
  const held = looker.hold('update_session') // Looker is slower than the host waits
  await user.click(await devSwitch())
  const notice = await screen.findByText(
    /Looker did not answer "Switch to Development Mode" in time/
  )
  expect(notice).toHaveTextContent(/may still apply it/)
  expect(screen.queryByText(/Looker refused the switch/)).not.toBeInTheDocument()
  expect(await badge()).toHaveTextContent('Production') // what Looker reports for now
  held.release() // Looker applies it after all
  await waitFor(() =>
    expect(screen.getByLabelText('Current workspace')).toHaveTextContent('Development')
  )
  expect(await devSwitch()).toBeChecked()
  expect(await screen.findByText(/but has applied it/)).toBeInTheDocument()
})

test('Stop waiting frees the app during a slow switch; Looker’s late answer still shows', async () => {
  const { user, looker } = await renderApp()
  const held = looker.hold('update_session')
  await user.click(await devSwitch())
  expect(
    await screen.findByRole('status', { name: 'Switching to Development Mode' })
  ).toBeInTheDocument()
  // No overlay: the rest of the app is reachable while the switch is pending.
  await user.click(screen.getByRole('link', { name: 'Test query' }))
  await user.click(screen.getByRole('button', { name: 'Stop waiting' }))
  expect(
    screen.queryByRole('status', { name: 'Switching to Development Mode' })
  ).not.toBeInTheDocument()
  expect(
    await screen.findByText(/Stopped waiting for "Switch to Development Mode"/)
  ).toBeInTheDocument()
  expect(await devSwitch()).toBeEnabled()
  expect(await screen.findByLabelText('Model')).toBeInTheDocument()
  held.release()
  await waitFor(() =>
    expect(screen.getByLabelText('Current workspace')).toHaveTextContent('Development')
  )
})
