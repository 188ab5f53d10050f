import React, { useState } from 'react'
import { FieldCheckbox, FieldText, Paragraph, Span } from '@looker/components'
import { isPossiblyDirty, type Branch, type GitState } from '../../looker'
import { ConfirmDialog } from '../../shared/ConfirmDialog'
import { ideHref, LookerLink } from '../../shared/LookerLink'
import { lossList, type ResetTarget } from './branchChanges'
import { invalidRefNameReason } from './refName'

interface Props {
  /** The project, for the link into Looker's IDE where uncommitted changes are committed. */
  projectId: string
  target: ResetTarget
  current: Branch
  git: GitState
  onCancel(): void
  onConfirm(backupName: string | null): void
}

function defaultBackupName(branch: string): string {
  const stamp = new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '')
  return `backup/${branch}-${stamp}`
}

/**
 * The safeguard before a hard reset: what would be lost, an optional backup branch, and the
 * branch name typed out to confirm.
 */
export function ResetDialog({ projectId, target, current, git, onCancel, onConfirm }: Props) {
  const dirty = isPossiblyDirty(git)
  const [backup, setBackup] = useState(!dirty)
  const [backupName, setBackupName] = useState(() => defaultBackupName(current.name))
  const backupProblem = backup ? invalidRefNameReason(backupName) : null
  const where = target === 'remote' ? 'its remote' : 'production'
  return (
    <ConfirmDialog
      title={`Reset ${current.name} to ${where}?`}
      confirmLabel={`Reset to ${where}`}
      losses={lossList(target, current, git)}
      nothingLost="Nothing that is not already on the remote."
      confirmName={current.name}
      blocked={backupProblem && `Fix the backup branch name: ${backupProblem}`}
      onCancel={onCancel}
      onConfirm={() => onConfirm(backup ? backupName : null)}
    >
      <FieldCheckbox
        label="First save the current commits in a backup branch"
        checked={backup}
        disabled={dirty}
        onChange={() => setBackup((b) => !b)}
        description={
          dirty
            ? undefined
            : 'Creates the branch from the newest commit, then switches back before resetting.'
        }
      />
      {/* Not the disabled checkbox's description: that is greyed below WCAG contrast. */}
      {dirty && (
        <Paragraph fontSize="small" mb="small">
          Looker refuses to create a branch while there are uncommitted changes, so they cannot be
          backed up from here: commit them in the Looker IDE first to keep them.
          {git.kind === 'unknown' && ` (Looker reports "${git.lookerStatus ?? ''}".)`}{' '}
          <LookerLink href={ideHref(projectId)}>Open {projectId} in the Looker IDE</LookerLink> to
          commit them.
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
      <Paragraph fontSize="small">
        Looker resets <Span fontFamily="code">{current.name}</Span> to {where}; the reset cannot be
        undone.
      </Paragraph>
    </ConfirmDialog>
  )
}
