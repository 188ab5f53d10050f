import { screen, waitFor, within } from '@testing-library/react'
import { memoryHost, type MemoryHost } from '../../../test/memoryHost'
import { fakeLooker, renderApp } from '../../../test/renderApp'

// jsdom has no object URLs: keep each Blob so a test can read the file a person would download.
const blobs = new Map<string, Blob>()
beforeAll(() => {
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      const url = `blob:test/${blobs.size + 1}`
      blobs.set(url, blob)
      return url
    },
    revokeObjectURL: () => undefined,
  })
})

const readBlob = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.readAsText(blob)
  })

const MANUAL = 'workspace_switcher::workspace_switcher'
const MARKETPLACE = 'marketplace_workspace_switcher::workspace_switcher'
const spec = (fields: string[]) => ({
  model: 'ecommerce',
  explore: 'orders',
  fields,
  sorts: [],
  filters: {},
  limit: 500,
})
const revenue = { name: 'Revenue', spec: spec(['orders.total_revenue']) }
const validation = {
  commit: 'abc123',
  ranAt: Date.UTC(2026, 11, 1),
  outcome: { status: 'passed', value: { errors: [] } },
}

function withData(extensionId: string): MemoryHost {
  const host = memoryHost(extensionId)
  host.items.set('saved-queries:ecommerce', JSON.stringify([revenue]))
  host.items.set('ship:ecommerce:validation', JSON.stringify(validation))
  return host
}

async function open(host: MemoryHost) {
  const looker = await fakeLooker()
  const view = await renderApp({ looker, host, route: '/saved-data' })
  await screen.findByRole('heading', { name: 'Saved data' })
  return view
}

/** Exports from the page and returns the file's text. */
async function exportFile(user: Awaited<ReturnType<typeof open>>['user']) {
  await user.click(screen.getByRole('button', { name: 'Prepare export' }))
  const link = await screen.findByRole('link', { name: /Download workspace-switcher-saved-data/ })
  return readBlob(blobs.get(link.getAttribute('href')!)!)
}

/** What the Saved data page says (the workspace bar has its own status). */
const page = () => within(screen.getByRole('region', { name: 'Saved data' }))

const file = (text: string, name = 'saved-data.json') =>
  new File([text], name, { type: 'application/json' })

test('the page names this install: its storage follows the extension id', async () => {
  await open(memoryHost(MARKETPLACE))
  expect(screen.getByRole('region', { name: 'Saved data' })).toHaveTextContent(MARKETPLACE)
})

test('export holds every project’s saved queries and kept Ship results, and says how many', async () => {
  const { user } = await open(withData(MANUAL))
  const data = JSON.parse(await exportFile(user))
  expect(page().getByRole('status')).toHaveTextContent(
    '1 saved query and 1 Ship result from 1 project'
  )
  expect(data.format).toBe('workspace-switcher-saved-data')
  expect(data.extensionId).toBe(MANUAL)
  expect(data.projects.ecommerce.savedQueries).toEqual([revenue])
  expect(data.projects.ecommerce.shipResults.validation).toEqual(validation)
})

test('import into another install writes everything when nothing would be replaced', async () => {
  const exported = await (async () => {
    const { user, unmount } = await open(withData(MANUAL))
    const text = await exportFile(user)
    unmount()
    return text
  })()
  const target = memoryHost(MARKETPLACE)
  const { user } = await open(target)
  await user.upload(screen.getByLabelText('Import a file'), file(exported))
  expect(await page().findByRole('status')).toHaveTextContent(
    'Imported 1 saved query and 1 Ship result from saved-data.json.'
  )
  expect(JSON.parse(target.items.get('saved-queries:ecommerce')!)).toEqual([revenue])
  expect(JSON.parse(target.items.get('ship:ecommerce:validation')!)).toEqual(validation)
})

test('an import that would replace asks first, focus on Cancel, listing what would be replaced', async () => {
  const source = withData(MANUAL)
  const { user, unmount } = await open(source)
  const exported = await exportFile(user)
  unmount()

  const target = memoryHost(MARKETPLACE)
  const mine = { name: 'Revenue', spec: spec(['orders.count']) }
  const kept = { name: 'Kept', spec: spec(['orders.status']) }
  target.items.set('saved-queries:ecommerce', JSON.stringify([kept, mine]))
  target.items.set('ship:ecommerce:validation', JSON.stringify({ ...validation, commit: 'def' }))
  const before = new Map(target.items)
  const second = await open(target)
  await second.user.upload(screen.getByLabelText('Import a file'), file(exported))

  const dialog = await screen.findByRole('dialog', { name: 'Replace 2 saved items?' })
  expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
  const listed = within(dialog)
    .getAllByRole('listitem')
    .map((li) => li.textContent)
  expect(listed).toEqual([
    'Saved query "Revenue" of project ecommerce',
    'Ship result "validation" of project ecommerce',
  ])
  await second.user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
  expect(await page().findByRole('status')).toHaveTextContent('Nothing was imported.')
  expect(target.items).toEqual(before)

  await second.user.upload(screen.getByLabelText('Import a file'), file(exported))
  const again = await screen.findByRole('dialog', { name: 'Replace 2 saved items?' })
  await second.user.click(within(again).getByRole('button', { name: 'Replace 2 and import' }))
  await waitFor(() =>
    expect(JSON.parse(target.items.get('saved-queries:ecommerce')!)).toEqual([kept, revenue])
  )
  expect(JSON.parse(target.items.get('ship:ecommerce:validation')!)).toEqual(validation)
})

test.each([
  ['not JSON', '{"format": ', /^This file is not JSON/],
  [
    'another file',
    '{"name": "package"}',
    'Not a Workspace Switcher export: "format" is not "workspace-switcher-saved-data".',
  ],
  [
    'a newer version',
    '{"format": "workspace-switcher-saved-data", "version": 9, "projects": {}}',
    'This export is version 9; this app reads version 1.',
  ],
  [
    'a broken query',
    JSON.stringify({
      format: 'workspace-switcher-saved-data',
      version: 1,
      projects: { ecommerce: { savedQueries: [{ name: 'X', spec: { model: 'ecommerce' } }] } },
    }),
    'Saved query 1 of project ecommerce is not a query (name, model, explore, fields, sorts, filters, limit).',
  ],
])(
  'a bad file is refused with the reason (%s), and nothing is written',
  async (_, text, reason) => {
    const target = memoryHost(MARKETPLACE)
    const { user } = await open(target)
    await user.upload(screen.getByLabelText('Import a file'), file(text))
    const alert = await page().findByRole('alert')
    expect(alert).toHaveTextContent(reason)
    expect(target.items.size).toBe(0)
  }
)
