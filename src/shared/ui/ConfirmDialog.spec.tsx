import React from 'react'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ConfirmDialog, ConfirmDialogProps } from './ConfirmDialog'
import { renderInTheme } from '../../../test/renderInTheme'

function open(props: Partial<ConfirmDialogProps> = {}) {
  const onConfirm = jest.fn()
  const onCancel = jest.fn()
  renderInTheme(
    <ConfirmDialog
      title="Delete branch x?"
      confirmLabel="Delete x"
      onConfirm={onConfirm}
      onCancel={onCancel}
      {...props}
    />
  )
  const dialog = screen.getByRole('dialog')
  return { onConfirm, onCancel, dialog, user: userEvent.setup() }
}

test('names what would be lost, and says so when nothing would be', () => {
  open({ losses: ['2 commits'] })
  expect(screen.getByRole('list', { name: 'What would be lost' })).toHaveTextContent('2 commits')
})

test('an empty loss list says what is kept instead of showing nothing', () => {
  open({ losses: [], nothingLost: 'Nothing that is not already on the remote.' })
  expect(screen.getByRole('list', { name: 'What would be lost' })).toHaveTextContent(
    'Nothing that is not already on the remote.'
  )
})

test('a typed name is required before confirming, and the button says so', async () => {
  const { dialog, onConfirm, user } = open({ confirmName: 'feature/x' })
  const confirm = within(dialog).getByRole('button', { name: 'Delete x' })
  expect(confirm).toHaveAccessibleDescription('Type feature/x to confirm.')
  await user.click(confirm)
  expect(onConfirm).not.toHaveBeenCalled()
  await user.type(within(dialog).getByLabelText('Type feature/x to confirm'), 'feature/x')
  expect(confirm).not.toHaveAccessibleDescription()
  await user.click(confirm)
  expect(onConfirm).toHaveBeenCalledTimes(1)
})

test('another blocking reason is shown on the confirm button', async () => {
  const { dialog, onConfirm, user } = open({ blocked: 'Enter a backup name.' })
  const confirm = within(dialog).getByRole('button', { name: 'Delete x' })
  expect(confirm).toHaveAccessibleDescription('Enter a backup name.')
  await user.click(confirm)
  expect(onConfirm).not.toHaveBeenCalled()
})

test('Cancel cancels', async () => {
  const { dialog, onCancel, onConfirm, user } = open()
  await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
  expect(onCancel).toHaveBeenCalled()
  expect(onConfirm).not.toHaveBeenCalled()
})

test.each([{}, { confirmName: 'x' }])(
  'a destructive dialog starts with focus on Cancel (%p)',
  async (props) => {
    const { dialog, onConfirm, user } = open(props)
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    )
    await user.keyboard('{Enter}')
    expect(onConfirm).not.toHaveBeenCalled()
  }
)

test('the dialog is named by its heading', () => {
  const { dialog } = open()
  expect(dialog).toHaveAccessibleName('Delete branch x?')
})

test('closing gives focus back to what opened the dialog', async () => {
  const user = userEvent.setup()
  function Opener() {
    const [isOpen, setOpen] = React.useState(false)
    return (
      <>
        <button onClick={() => setOpen(true)}>Delete…</button>
        {isOpen && (
          <ConfirmDialog
            title="Delete branch x?"
            confirmLabel="Delete x"
            onConfirm={() => setOpen(false)}
            onCancel={() => setOpen(false)}
          />
        )}
      </>
    )
  }
  renderInTheme(<Opener />)
  await user.click(screen.getByRole('button', { name: 'Delete…' }))
  await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }))
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Delete…' })).toHaveFocus()
})

// In Looker the app is a frame: past the dialog's last button, Tab would leave the frame for the
// Looker page behind (the modal makes only the frame's own page inert). Focus cycles inside.
test('Tab and Shift+Tab stay inside the open dialog', async () => {
  const user = userEvent.setup()
  renderInTheme(
    <>
      <button>Behind the dialog</button>
      <ConfirmDialog
        title="Delete branch x?"
        confirmLabel="Delete x"
        confirmName="x"
        onConfirm={() => undefined}
        onCancel={() => undefined}
      />
      <button>After the dialog</button>
    </>
  )
  const dialog = screen.getByRole('dialog')
  const cancel = within(dialog).getByRole('button', { name: 'Cancel' })
  const typed = within(dialog).getByRole('textbox', { name: 'Type x to confirm' })
  const confirm = within(dialog).getByRole('button', { name: /^Delete x/ })
  expect(cancel).toHaveFocus()
  for (const next of [typed, confirm, cancel, typed]) {
    await user.tab()
    expect(next).toHaveFocus()
  }
  for (const previous of [cancel, confirm, typed, cancel]) {
    await user.tab({ shift: true })
    expect(previous).toHaveFocus()
  }
  expect(screen.getByRole('button', { name: 'Behind the dialog', hidden: true })).not.toHaveFocus()
})
