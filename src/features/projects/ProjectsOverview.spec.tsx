import { screen, waitFor, within } from '@testing-library/react'
import { fakeLooker, renderApp, type FakeLooker } from '../../../test/renderApp'
import { MAX_IN_FLIGHT } from './useProjectStates'
import { addInstalledApp } from '../../../test/installedApps'

/** The table row whose project link is `name`, as it is now (its state may still be loading). */
async function rowNow(name: string): Promise<HTMLElement> {
  const link = await screen.findByRole('link', { name })
  const found = screen.getAllByRole('row').find((r) => within(r).queryByRole('link', { name }))
  if (!found) throw new Error(`no row for ${link.textContent}`)
  return found
}
/** The text of a row's cell in the column headed `column`. */
function cellText(tableRow: HTMLElement, column: string): string | null {
  const headers = screen.getAllByRole('columnheader').map((h) => h.textContent)
  const index = headers.findIndex((h) => h?.startsWith(column))
  expect(index).toBeGreaterThanOrEqual(0)
  return within(tableRow).getAllByRole('cell')[index]!.textContent
}

/** The row once its state is read: answers reach the table once per frame, not one by one. */
async function row(name: string): Promise<HTMLElement> {
  let found = await rowNow(name)
  await waitFor(async () => {
    found = await rowNow(name)
    expect(within(found).queryByRole('status', { name: /^Reading/ })).not.toBeInTheDocument()
  })
  return found
}
const summary = () => screen.getByRole('status', { name: 'Summary' })

async function demoIn(workspace: 'dev' | 'production'): Promise<FakeLooker> {
  const looker = await fakeLooker()
  looker.setUserWorkspace('ada', workspace)
  return looker
}

test('production: every project on its production branch, with its policies', async () => {
  await renderApp()
  await waitFor(() => expect(summary()).not.toHaveTextContent('loading'))
  expect(summary()).toHaveTextContent(
    '5 projects: 0 with uncommitted changes, 0 behind, 0 in conflict'
  )
  const ecommerce = await row('ecommerce')
  expect(ecommerce).toHaveTextContent('main (production)')
  expect(ecommerce).toHaveTextContent('Up to date')
  expect(ecommerce).toHaveTextContent(/\d{4}-\d\d-\d\d \d\d:\d\d UTC/)
  const inventory = await row('inventory')
  expect(cellText(inventory, 'Pull requests')).toBe('Required')
  expect(cellText(ecommerce, 'Pull requests')).toBe('Off')
  expect(inventory).toHaveTextContent('Required, no warnings')
  expect(await row('sandbox')).toHaveTextContent('No git')
  expect(within(ecommerce).getByRole('link', { name: 'ecommerce' })).toHaveAttribute(
    'href',
    '/projects/ecommerce'
  )
})

test('development: each project in plain words, and the summary counts them', async () => {
  await renderApp({ looker: await demoIn('dev') })
  expect(await row('marketing')).toHaveTextContent('Uncommitted changes')
  expect(await row('finance')).toHaveTextContent('2 commits ahead, 1 behind')
  expect(await row('finance')).toHaveTextContent('feature/q4-close (shared)')
  expect(await row('ecommerce')).toHaveTextContent('feature/net-revenue (shared)')
  expect(await row('inventory')).toHaveTextContent(/dev-ada-lovelace-\w{4} \(personal\)/)
  await waitFor(() =>
    expect(summary()).toHaveTextContent(
      '5 projects: 1 with uncommitted changes, 1 behind, 0 in conflict'
    )
  )
})

test('one failing project shows Looker message and a Retry in its row; the others load', async () => {
  const looker = await demoIn('dev')
  looker.addFault({
    route: '^GET /projects/finance/current_workspace$',
    status: 500,
    message: 'Git repository is locked',
    times: 1,
  })
  const { user } = await renderApp({ looker })
  const finance = await row('finance')
  expect(await within(finance).findByRole('alert')).toHaveTextContent(
    'Could not read finance: Git repository is locked'
  )
  expect(await row('marketing')).toHaveTextContent('Uncommitted changes')
  expect(summary()).toHaveTextContent('(1 could not be read)')
  await user.click(within(finance).getByRole('button', { name: 'Retry' }))
  await waitFor(async () =>
    expect(await row('finance')).toHaveTextContent('2 commits ahead, 1 behind')
  )
  expect(within(await row('finance')).queryByRole('alert')).not.toBeInTheDocument()
})

test('after a switch the rows show the new workspace, never the old rows under it', async () => {
  const { user, looker } = await renderApp()
  expect(await row('marketing')).toHaveTextContent('main (production)')
  looker.addFault({ operation: 'project_workspace', delayMs: 200 })
  await user.click(await screen.findByRole('switch', { name: 'Development Mode' }))
  await waitFor(() =>
    expect(screen.getByLabelText('Current workspace')).toHaveTextContent('Development')
  )
  // While the dev answers are on their way, marketing says it is reading, not its production branch.
  expect(await rowNow('marketing')).not.toHaveTextContent('production')
  expect(await row('marketing')).toHaveTextContent('Uncommitted changes')
})

test('filters by name and sorts by state, most urgent first', async () => {
  const { user } = await renderApp({ looker: await demoIn('dev') })
  await row('marketing')
  await waitFor(() => expect(summary()).not.toHaveTextContent('loading'))
  await user.click(screen.getByRole('button', { name: 'Git status' }))
  expect(screen.getByRole('columnheader', { name: 'Git status' })).toHaveAttribute(
    'aria-sort',
    'ascending'
  )
  const names = () =>
    screen
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('link')[0]!.textContent)
  expect(names()).toEqual(['marketing', 'finance', 'ecommerce', 'inventory', 'sandbox'])
  await user.type(screen.getByLabelText('Filter by name'), 'CE')
  expect(names()).toEqual(['finance', 'ecommerce'])
  await user.type(screen.getByLabelText('Filter by name'), 'xyz')
  expect(screen.getByText('No project name contains “CExyz”.')).toBeInTheDocument()
})

test(`reads at most ${MAX_IN_FLIGHT} project states at once`, async () => {
  const looker = await fakeLooker({ seed: 'large' })
  let inFlight = 0
  let most = 0
  looker.intercept('project_workspace', async (_req, next) => {
    most = Math.max(most, ++inFlight)
    try {
      return await next()
    } finally {
      inFlight--
    }
  })
  looker.addFault({ operation: 'project_workspace', delayMs: 5 })
  await renderApp({ looker })
  // ByText, not ByRole: role queries over 200 rows are slow in jsdom.
  await waitFor(
    () =>
      expect(
        screen.getByText(/^200 projects:/, { selector: '[aria-label="Summary"]' })
      ).toHaveTextContent('200 projects: 0 with uncommitted changes, 0 behind, 0 in conflict'),
    { timeout: 30000 }
  )
  expect(most).toBe(MAX_IN_FLIGHT)
}, 60000)

test('hundreds of projects: only the rows in view are rendered, and the filter reaches any', async () => {
  const looker = await fakeLooker({ seed: 'large' })
  const { user } = await renderApp({ looker })
  const table = await screen.findByRole('table', { name: 'Projects' })
  expect(table).toHaveAttribute('aria-rowcount', '201')
  const rendered = within(table).getAllByRole('row')
  expect(rendered.length).toBeLessThan(100)
  expect(rendered[1]).toHaveAttribute('aria-rowindex', '2')
  expect(within(table).queryByRole('link', { name: 'project_199' })).not.toBeInTheDocument()

  await user.type(screen.getByLabelText('Filter by name'), 'project_199')
  expect(await within(table).findByRole('link', { name: 'project_199' })).toBeInTheDocument()
  expect(within(table).getAllByRole('row')).toHaveLength(2)
  expect(table).not.toHaveAttribute('aria-rowcount')
}, 60000)

test('a user who may not see LookML is told why the list is empty', async () => {
  await renderApp({ user: 'vic' })
  expect(await screen.findByText(/Looker shows you no LookML projects/)).toBeInTheDocument()
})

test('each project with git links to its Ship page', async () => {
  await renderApp()
  const row = await screen.findByRole('row', { name: /^inventory/ })
  expect(within(row).getByRole('link', { name: 'Ship inventory' })).toHaveAttribute(
    'href',
    '/projects/inventory/ship'
  )
  const sandbox = screen.getByRole('row', { name: /^sandbox/ })
  expect(within(sandbox).queryByRole('link', { name: 'Ship sandbox' })).not.toBeInTheDocument()
})

test('Marketplace projects show as installed apps: no git actions, never behind or uncommitted', async () => {
  const looker = await demoIn('dev')
  // What a Marketplace install leaves (API Explorer here), with changes git would call uncommitted.
  looker.editFiles('ada', addInstalledApp(looker, 'extension-api-explorer'), ['manifest.lkml'])
  await renderApp({ looker })
  const app = await screen.findByRole('row', { name: /^marketplace_extension-api-explorer/ })
  expect(app).toHaveTextContent('Installed app (Marketplace, read-only)')
  expect(app).not.toHaveTextContent(/Uncommitted|behind|Reading the state/)
  expect(within(app).queryByRole('link')).not.toBeInTheDocument()
  expect(within(app).queryByRole('button')).not.toBeInTheDocument()
  await waitFor(() =>
    expect(summary()).toHaveTextContent(
      '5 projects and 1 installed app: 1 with uncommitted changes, 1 behind, 0 in conflict'
    )
  )
  expect(summary()).not.toHaveTextContent(/loading|could not/)
})

test('on start the project list is asked for beside the session, not one round trip after it', async () => {
  const looker = await fakeLooker()
  // Looker answers the session only once the list has been asked for: an app that waited for the
  // session before asking would show neither.
  let listAsked!: () => void
  const asked = new Promise<void>((resolve) => (listAsked = resolve))
  looker.intercept('all_projects', (_req, next) => {
    listAsked()
    return next()
  })
  looker.intercept('session', async (_req, next) => {
    await asked
    return next()
  })
  await renderApp({ looker })
  expect(await screen.findByLabelText('Current workspace')).toHaveTextContent('Production')
  expect(await row('ecommerce')).toHaveTextContent('main (production)')
})

test('the first states are read with the list, but shown only once the session has said its workspace', async () => {
  const looker = await fakeLooker()
  const session = looker.hold('session')
  await renderApp({ looker })
  // The list and the first states are answered (each state read leaves as soon as the list is in,
  // not once the table is drawn), but Looker has not said which workspace they belong to yet.
  const read = (operation: string) => looker.log.filter((e) => e.operation === operation).length
  await waitFor(() => expect(read('all_projects')).toBe(1))
  await waitFor(() => expect(read('project_workspace')).toBe(4))
  expect(read('session')).toBe(0)
  expect(screen.queryByRole('table', { name: 'Projects' })).not.toBeInTheDocument()
  expect(screen.getByRole('status', { name: 'Loading projects' })).toBeInTheDocument()
  session.release()
  expect(await row('ecommerce')).toHaveTextContent('main (production)')
})

test('a session switched elsewhere right after it was read: the bar and rows follow Looker', async () => {
  const looker = await fakeLooker()
  // Another tab switches to Development Mode just after Looker answered the app's session read:
  // the list and the states are then read in dev, while the app was told production.
  let switched = false
  looker.intercept('session', async (_req, next) => {
    const answer = await next()
    if (!switched) looker.setUserWorkspace('ada', 'dev')
    switched = true
    return answer
  })
  await renderApp({ looker })
  // The states answer in dev: the app reads the session again and shows what Looker now says.
  await waitFor(() =>
    expect(screen.getByLabelText('Current workspace')).toHaveTextContent('Development')
  )
  expect(await row('marketing')).toHaveTextContent('Uncommitted changes')
  expect(await row('finance')).toHaveTextContent('feature/q4-close (shared)')
  expect(screen.queryByText(/Looker answered in Development Mode/)).not.toBeInTheDocument()
})

test('a state Looker read in another workspace than the session says shows as such in its row', async () => {
  const looker = await fakeLooker()
  // Looker keeps saying production, but one project's state comes back from dev.
  looker.intercept('project_workspace', async (req, next) => {
    const answer = await next()
    if (!req.path.includes('/finance/')) return answer
    return { ...answer, body: { ...(answer.body as object), workspace_id: 'dev' } }
  })
  await renderApp({ looker })
  const finance = await row('finance')
  expect(finance).toHaveTextContent(
    'Looker answered in Development Mode, not in production: the session was switched meanwhile'
  )
  expect(within(finance).getByRole('button', { name: /Retry/ })).toBeInTheDocument()
  expect(await row('ecommerce')).toHaveTextContent('main (production)')
  expect(screen.getByLabelText('Current workspace')).toHaveTextContent('Production')
})

/** Rows shown with their state: the summary's total less those it says are still loading. */
function rowsShown(): number {
  const text = screen.queryByText(/^\d+ projects:/, { selector: '[aria-label="Summary"]' })
  if (!text) return 0
  const [, total, loading] = /^(\d+) projects:.*?(?:(\d+) still loading)?\)?$/.exec(
    text.textContent ?? ''
  )!
  return Number(total) - Number(loading ?? 0)
}

test('each answer sends the next read before the table shows that answer', async () => {
  const looker = await fakeLooker({ seed: 'large' })
  // Looker answers a read when the test says so. For every read it receives: how many states it
  // had answered by then, and how many rows showed one.
  const seen: Array<{ answered: number; shown: number }> = []
  const gates: Array<() => void> = []
  let open = false
  let answered = 0
  looker.intercept('project_workspace', async (_req, next) => {
    seen.push({ answered, shown: rowsShown() })
    if (!open) await new Promise<void>((resolve) => gates.push(resolve))
    const answer = await next()
    answered += 1
    return answer
  })
  await renderApp({ looker })
  await screen.findByText(/200 still loading/, { selector: '[aria-label="Summary"]' })
  await waitFor(() => expect(gates).toHaveLength(MAX_IN_FLIGHT))
  // One answer at a time, the table given time to show each before the next.
  for (let k = 1; k <= 16; k++) {
    gates[k - 1]!()
    await waitFor(() => expect(seen).toHaveLength(MAX_IN_FLIGHT + k))
    await waitFor(() => expect(rowsShown()).toBe(k))
  }
  open = true
  gates.forEach((release) => release())
  await waitFor(() => expect(answered).toBe(200), { timeout: 30000 })
  // The first MAX_IN_FLIGHT leave with the list; each later one is freed by an answer and reaches
  // Looker before that answer is drawn: no read finds every answer so far already on screen.
  const freed = seen.slice(MAX_IN_FLIGHT)
  expect(freed).toHaveLength(200 - MAX_IN_FLIGHT)
  expect(freed.filter((s) => s.shown >= s.answered)).toEqual([])
}, 60000)

test('answers that arrive together are shown together, and the last one at once', async () => {
  const looker = await fakeLooker({ seed: 'large' })
  const held = looker.hold('project_workspace')
  await renderApp({ looker })
  await waitFor(() => expect(held.waiting).toBe(MAX_IN_FLIGHT))
  const status = await screen.findByText(/^200 projects:/, { selector: '[aria-label="Summary"]' })
  expect(status).toHaveTextContent('(200 still loading)')
  // A loading row says so in words; no row has a spinner (each is 13 animated elements).
  const table = screen.getByRole('table', { name: 'Projects' })
  expect(within(table).getByLabelText('Reading the state of project_001')).toHaveTextContent(
    'Reading the state of project_001'
  )
  expect(within(table).queryAllByTestId('loading-spinner')).toEqual([])
  // Every text the summary shows from now on, as a person would see it change.
  const shown: string[] = []
  const observer = new MutationObserver(() => shown.push(status.textContent ?? ''))
  observer.observe(status, { subtree: true, childList: true, characterData: true })
  held.release()
  await waitFor(() => expect(status).not.toHaveTextContent('loading'), { timeout: 30000 })
  observer.disconnect()
  // The eight held answers and the reads they free are answered in one go: the table is drawn
  // once for all of them, never for the first answer alone.
  expect(shown).not.toContain(expect.stringContaining('199 still loading'))
  expect(shown).toEqual(['200 projects: 0 with uncommitted changes, 0 behind, 0 in conflict'])
}, 60000)
