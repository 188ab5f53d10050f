import React from 'react'
import { Paragraph } from '@looker/components'
import type { Branch } from '../../looker'
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog'
import { deleteScope } from '../../shared/git/deleteScope'
import { BackupOption, useBackup } from './BackupOption'

interface Props {
  branch: Branch
  /** Every branch listed, to tell whether another one keeps this branch's commits. */
  branches: readonly Branch[]
  /** Uncommitted changes: Looker refuses to create a branch, so no backup can be made. */
  dirty: boolean
  onCancel(): void
  onConfirm(backupName: string | null): void
}

/**
 * Asks before deleting: says exactly where Looker deletes the branch, and when its commits may
 * exist nowhere else, offers a backup branch and asks for the name to be typed.
 */
export function DeleteDialog({ branch, branches, dirty, onCancel, onConfirm }: Props) {
  const scope = deleteScope(branch, branches)
  const backup = useBackup(branch.name, scope.atRisk && !dirty)
  return (
    <ConfirmDialog
      title={`Delete branch ${branch.name}?`}
      confirmLabel={`Delete ${branch.name}`}
      losses={scope.losses}
      nothingLost={`No commits: its newest commit is also the head of ${scope.keptOn}.`}
      confirmName={scope.atRisk ? branch.name : undefined}
      blocked={backup.problem && `Fix the backup branch name: ${backup.problem}`}
      onCancel={onCancel}
      onConfirm={() => onConfirm(backup.chosen)}
    >
      <Paragraph>{scope.where} This cannot be undone.</Paragraph>
      {scope.atRisk && (
        <BackupOption
          backup={backup}
          label="First save its commits in a backup branch"
          description="Creates the backup at the branch’s newest commit, then switches back to your current branch before deleting."
          unavailable={
            dirty
              ? 'Looker refuses to create a branch while there are uncommitted changes: commit them in the Looker IDE first.'
              : null
          }
        />
      )}
    </ConfirmDialog>
  )
}
