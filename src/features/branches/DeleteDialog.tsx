import React, { useState } from 'react'
import { FieldCheckbox, FieldText, Paragraph } from '@looker/components'
import type { Branch } from '../../looker'
import { ConfirmDialog } from '../../shared/ConfirmDialog'
import { deleteScope } from './deleteScope'
import { invalidRefNameReason } from './refName'

interface Props {
  branch: Branch
  /** Every branch listed, to tell whether another one keeps this branch's commits. */
  branches: readonly Branch[]
  /** Uncommitted changes: Looker refuses to create a branch, so no backup can be made. */
  dirty: boolean
  onCancel(): void
  onConfirm(backupName: string | null): void
}

function defaultBackupName(branch: string): string {
  const stamp = new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '')
  return `backup/${branch}-${stamp}`
}

/**
 * Asks before deleting: says exactly where Looker deletes the branch, and when its commits may
 * exist nowhere else, offers a backup branch and asks for the name to be typed.
 */
export function DeleteDialog({ branch, branches, dirty, onCancel, onConfirm }: Props) {
  const scope = deleteScope(branch, branches)
  const [backup, setBackup] = useState(scope.atRisk && !dirty)
  const [backupName, setBackupName] = useState(() => defaultBackupName(branch.name))
  const backupProblem = backup ? invalidRefNameReason(backupName) : null
  return (
    <ConfirmDialog
      title={`Delete branch ${branch.name}?`}
      confirmLabel={`Delete ${branch.name}`}
      losses={scope.losses}
      nothingLost={`No commits: its newest commit is also the head of ${scope.keptOn}.`}
      confirmName={scope.atRisk ? branch.name : undefined}
      blocked={backupProblem && `Fix the backup branch name: ${backupProblem}`}
      onCancel={onCancel}
      onConfirm={() => onConfirm(backup ? backupName : null)}
    >
      <Paragraph>{scope.where} This cannot be undone.</Paragraph>
      {scope.atRisk && (
        <FieldCheckbox
          label="First save its commits in a backup branch"
          checked={backup}
          disabled={dirty}
          onChange={() => setBackup((b) => !b)}
          description={
            dirty
              ? undefined
              : 'Creates the backup at the branch’s newest commit, then switches back to your current branch before deleting.'
          }
        />
      )}
      {/* Not the disabled checkbox's description: that is greyed below WCAG contrast. */}
      {scope.atRisk && dirty && (
        <Paragraph fontSize="small">
          Looker refuses to create a branch while there are uncommitted changes: commit them in the
          Looker IDE first.
        </Paragraph>
      )}
      {backup && (
        <FieldText
          label="Backup branch name"
          value={backupName}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) =>
            setBackupName(e.currentTarget.value)
          }
          validationMessage={backupProblem ? { type: 'error', message: backupProblem } : undefined}
        />
      )}
    </ConfirmDialog>
  )
}
