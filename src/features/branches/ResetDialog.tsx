import React from 'react'
import { Paragraph, Span } from '@looker/components'
import { isPossiblyDirty, type Branch, type GitState } from '../../looker'
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog'
import { ideHref, LookerLink } from '../../shared/LookerLink'
import { lossList, type ResetTarget } from './branchChanges'
import { BackupOption, useBackup } from './BackupOption'

interface Props {
  /** The project, for the link into Looker's IDE where uncommitted changes are committed. */
  projectId: string
  target: ResetTarget
  current: Branch
  git: GitState
  onCancel(): void
  onConfirm(backupName: string | null): void
}

/**
 * The safeguard before a hard reset: what would be lost, an optional backup branch, and the
 * branch name typed out to confirm.
 */
export function ResetDialog({ projectId, target, current, git, onCancel, onConfirm }: Props) {
  const dirty = isPossiblyDirty(git)
  const backup = useBackup(current.name, !dirty)
  const where = target === 'remote' ? 'its remote' : 'production'
  return (
    <ConfirmDialog
      title={`Reset ${current.name} to ${where}?`}
      confirmLabel={`Reset to ${where}`}
      losses={lossList(target, current, git)}
      nothingLost="Nothing that is not already on the remote."
      confirmName={current.name}
      blocked={backup.problem && `Fix the backup branch name: ${backup.problem}`}
      onCancel={onCancel}
      onConfirm={() => onConfirm(backup.chosen)}
    >
      <BackupOption
        backup={backup}
        label="First save the current commits in a backup branch"
        description="Creates the branch from the newest commit, then switches back before resetting."
        unavailable={
          dirty ? (
            <>
              Looker refuses to create a branch while there are uncommitted changes, so they cannot
              be backed up from here: commit them in the Looker IDE first to keep them.
              {git.kind === 'unknown' && ` (Looker reports "${git.lookerStatus ?? ''}".)`}{' '}
              <LookerLink href={ideHref(projectId)}>Open {projectId} in the Looker IDE</LookerLink>{' '}
              to commit them.
            </>
          ) : null
        }
      />
      <Paragraph fontSize="small" mb="small">
        Looker resets <Span fontFamily="code">{current.name}</Span> to {where}; the reset cannot be
        undone.
      </Paragraph>
    </ConfirmDialog>
  )
}
