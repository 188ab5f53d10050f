import React from 'react'
import { Paragraph, Span } from '@looker/components'
import { ConfirmDialog } from '../../shared/ConfirmDialog'

interface Props {
  /** The branch to delete; the dialog is closed when null. */
  branchName: string | null
  onCancel(): void
  onConfirm(name: string): void
}

/** Asks before deleting, naming the branch: Looker deletes it locally and on the remote. */
export function DeleteDialog({ branchName, onCancel, onConfirm }: Props) {
  if (branchName === null) return null
  return (
    <ConfirmDialog
      title={`Delete branch ${branchName}?`}
      confirmLabel={`Delete ${branchName}`}
      onCancel={onCancel}
      onConfirm={() => onConfirm(branchName)}
    >
      <Paragraph>
        Looker deletes <Span fontFamily="code">{branchName}</Span> from your copy and from the
        remote repository. Commits that are only on this branch are lost. This cannot be undone.
      </Paragraph>
    </ConfirmDialog>
  )
}
