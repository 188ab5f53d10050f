import React, { useState } from 'react'
import {
  Button,
  ButtonTransparent,
  Dialog,
  DialogLayout,
  FieldCheckbox,
  FieldText,
  Paragraph,
  Span,
} from '@looker/components'
import type { Branch, GitState } from '../../looker'
import { invalidRefNameReason } from './refName'

export type ResetTarget = 'remote' | 'production'

interface Props {
  target: ResetTarget
  current: Branch
  git: GitState
  onCancel(): void
  onConfirm(backupName: string | null): void
}

/** What a reset would throw away, in plain words. */
export function lossList(target: ResetTarget, current: Branch, git: GitState): string[] {
  const lost: string[] = []
  if (git.kind === 'uncommitted' || git.kind === 'conflict') lost.push('your uncommitted changes')
  if (!current.isRemote) {
    lost.push('every commit on this branch: it was never pushed to the remote')
  } else if ((current.ahead ?? 0) > 0) {
    lost.push(`${current.ahead} commit(s) that are not on the remote`)
  }
  if (target === 'production') {
    lost.push(
      'from this branch, every commit that is not in production (pushed commits stay on the remote)'
    )
  }
  return lost
}

function defaultBackupName(branch: string): string {
  const stamp = new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '')
  return `backup/${branch}-${stamp}`
}

/**
 * The safeguard before a hard reset: what would be lost, an optional backup branch, and the
 * branch name typed out to confirm.
 */
export function ResetDialog({ target, current, git, onCancel, onConfirm }: Props) {
  const [typed, setTyped] = useState('')
  const dirty = git.kind === 'uncommitted' || git.kind === 'conflict'
  const [backup, setBackup] = useState(!dirty)
  const [backupName, setBackupName] = useState(() => defaultBackupName(current.name))
  const backupProblem = backup ? invalidRefNameReason(backupName) : null
  const lost = lossList(target, current, git)
  const where = target === 'remote' ? 'its remote' : 'production'
  const ready = typed === current.name && !backupProblem
  return (
    <Dialog
      isOpen
      onClose={onCancel}
      content={
        <DialogLayout
          header={`Reset ${current.name} to ${where}?`}
          footer={
            <>
              <Button
                color="critical"
                disabled={!ready}
                onClick={() => onConfirm(backup ? backupName : null)}
              >
                Reset to {where}
              </Button>
              <ButtonTransparent onClick={onCancel}>Cancel</ButtonTransparent>
            </>
          }
        >
          <Paragraph>This would permanently lose:</Paragraph>
          <ul aria-label="What would be lost">
            {lost.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
          <FieldCheckbox
            label="First save the current commits in a backup branch"
            checked={backup}
            disabled={dirty}
            onChange={() => setBackup((b) => !b)}
            description={
              dirty
                ? 'Looker refuses to create a branch while there are uncommitted changes, so they cannot be backed up from here: commit them in the Looker IDE first to keep them.'
                : 'Creates the branch from the current commit, then switches back before resetting.'
            }
          />
          {backup && (
            <FieldText
              label="Backup branch name"
              value={backupName}
              onChange={(e: React.ChangeEvent<HTMLInputElement>) =>
                setBackupName(e.currentTarget.value)
              }
              validationMessage={
                backupProblem ? { type: 'error', message: backupProblem } : undefined
              }
            />
          )}
          <FieldText
            label={`Type ${current.name} to confirm`}
            value={typed}
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => setTyped(e.currentTarget.value)}
            autoComplete="off"
          />
          <Paragraph fontSize="small" color="text2">
            Looker resets <Span fontFamily="code">{current.name}</Span> to {where}; the reset cannot
            be undone.
          </Paragraph>
        </DialogLayout>
      }
    />
  )
}
