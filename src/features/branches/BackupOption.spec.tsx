/** The backup offer shared by the delete and reset dialogs. */
import React from 'react'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderInTheme } from '../../../test/renderInTheme'
import { BackupOption, useBackup } from './BackupOption'

const LABEL = 'First save the current commits in a backup branch'

function Harness({ unavailable = null }: { unavailable?: string | null }) {
  const backup = useBackup('feature/x', unavailable === null)
  return (
    <>
      <BackupOption
        backup={backup}
        label={LABEL}
        description="Creates the branch from the newest commit."
        unavailable={unavailable}
      />
      <output aria-label="Chosen">{backup.chosen ?? 'no backup'}</output>
    </>
  )
}

test('the whole label is shown and names the checkbox, never cut short', () => {
  renderInTheme(<Harness />)
  const box = screen.getByRole('checkbox', { name: LABEL })
  expect(box).toBeChecked()
  const label = screen.getByText(LABEL)
  expect(label).toHaveTextContent(new RegExp(`^${LABEL}$`))
  // The text's own element neither clips nor ellipsizes it (FieldCheckbox's Truncate did); the
  // layout check is the 1024 px browser flow.
  expect(getComputedStyle(label).textOverflow).not.toBe('ellipsis')
  expect(getComputedStyle(label).whiteSpace).not.toBe('nowrap')
  expect(box).toHaveAccessibleDescription('Creates the branch from the newest commit.')
})

test('on by default with a dated name; unticking it leaves no backup and no name field', async () => {
  const user = userEvent.setup()
  renderInTheme(<Harness />)
  const name = screen.getByLabelText('Backup branch name')
  expect((name as HTMLInputElement).value).toMatch(/^backup\/feature\/x-\d{12}$/)
  expect(screen.getByRole('status', { name: 'Chosen' })).toHaveTextContent(/^backup\/feature\/x-/)
  await user.click(screen.getByRole('checkbox', { name: LABEL }))
  expect(screen.queryByLabelText('Backup branch name')).not.toBeInTheDocument()
  expect(screen.getByRole('status', { name: 'Chosen' })).toHaveTextContent('no backup')
})

test('a name git would refuse says why under the field', async () => {
  const user = userEvent.setup()
  renderInTheme(<Harness />)
  const name = screen.getByLabelText('Backup branch name')
  await user.clear(name)
  await user.type(name, 'bad name')
  expect(name).toHaveAccessibleDescription('A branch name cannot contain spaces.')
  expect(screen.getByRole('status', { name: 'Chosen' })).toHaveTextContent('bad name')
})

test('when no backup can be made: off, disabled, and the reason in readable text', () => {
  renderInTheme(<Harness unavailable="Commit your changes in the Looker IDE first." />)
  expect(screen.getByRole('checkbox', { name: LABEL })).not.toBeChecked()
  expect(screen.getByRole('checkbox', { name: LABEL })).toBeDisabled()
  expect(screen.getByText('Commit your changes in the Looker IDE first.')).toBeVisible()
  expect(screen.queryByText('Creates the branch from the newest commit.')).not.toBeInTheDocument()
  expect(screen.queryByLabelText('Backup branch name')).not.toBeInTheDocument()
})
