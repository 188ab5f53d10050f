import React from 'react'
import {
  Button,
  ButtonTransparent,
  Dialog,
  DialogLayout,
  Paragraph,
  Span,
} from '@looker/components'

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
    <Dialog
      isOpen
      onClose={onCancel}
      content={
        <DialogLayout
          header={`Delete branch ${branchName}?`}
          footer={
            <>
              <Button color="critical" onClick={() => onConfirm(branchName)}>
                Delete {branchName}
              </Button>
              <ButtonTransparent onClick={onCancel}>Cancel</ButtonTransparent>
            </>
          }
        >
          <Paragraph>
            Looker deletes <Span fontFamily="code">{branchName}</Span> from your copy and from the
            remote repository. Commits that are only on this branch are lost. This cannot be undone.
          </Paragraph>
        </DialogLayout>
      }
    />
  )
}
