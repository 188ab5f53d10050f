import React, { useState } from 'react'
import { Checkbox, Paragraph } from '@looker/components'
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog'
import { plural } from '../../shared/format'
import { InlineField } from '../../shared/ui/InlineField'
import { defaultBackupName, invalidRefNameReason } from '../../shared/git/refName'
import type { PlannedDelete } from './cleanUp'

/** The backup branch of each branch whose commits no other branch holds, when one can be made. */
export function backupNames(plan: readonly PlannedDelete[]): Map<string, string> {
  return new Map(
    plan
      .filter((p) => p.scope.atRisk && !p.noBackup)
      .map((p) => [p.row.key, defaultBackupName(p.row.branch.name)])
  )
}

interface Props {
  plan: PlannedDelete[]
  onCancel(): void
  onConfirm(backups: ReadonlyMap<string, string>): void
}

/**
 * The dry run: every branch that would be deleted, where (the development copy, the remote,
 * both), and which hold commits no other branch holds. Those ask for the typed confirmation and
 * are saved in backup branches first unless the person says not to, as the single delete does.
 * Focus starts on Cancel.
 */
export function CleanUpDialog({ plan, onCancel, onConfirm }: Props) {
  const atRisk = plan.filter((p) => p.scope.atRisk)
  const [backup, setBackup] = useState(true)
  const names = backupNames(plan)
  const badName = [...names.values()].map(invalidRefNameReason).find(Boolean) ?? null
  const count = plural(plan.length, 'branch', 'branches')
  const typed =
    atRisk.length === 0
      ? undefined
      : plan.length === 1
        ? plan[0]!.row.branch.name
        : `delete ${count}`
  return (
    <ConfirmDialog
      title={`Delete ${count}?`}
      confirmLabel={`Delete ${count}`}
      losses={atRisk.map((p) => `${p.scope.losses.join(', ')} (${p.row.project.name})`)}
      nothingLost="No commits: each branch’s newest commit is also the head of another branch."
      confirmName={typed}
      blocked={backup && badName ? `A backup branch name is not valid: ${badName}` : null}
      onCancel={onCancel}
      onConfirm={() => onConfirm(backup ? names : new Map())}
    >
      <Paragraph>
        One by one, in this order; the clean-up stops at the first refusal. This cannot be undone.
      </Paragraph>
      <ul aria-label="Branches to delete">
        {plan.map((p) => (
          <li key={p.row.key}>
            <strong>
              {p.row.branch.name} ({p.row.project.name})
            </strong>
            : {p.scope.where}{' '}
            {p.scope.atRisk
              ? 'It holds commits no other branch holds.'
              : `Every commit is kept on ${p.scope.keptOn}.`}
            {p.scope.atRisk &&
              backup &&
              names.has(p.row.key) &&
              ` Backup: ${names.get(p.row.key)}.`}
            {p.scope.atRisk &&
              p.noBackup &&
              ' No backup possible: Looker refuses to create a branch while the project has uncommitted changes.'}
          </li>
        ))}
      </ul>
      {names.size > 0 && (
        <InlineField
          label="First save each branch that holds commits no other branch holds in a backup branch"
          description="Creates the backup at the branch’s newest commit, then switches back to your current branch before deleting."
        >
          <Checkbox checked={backup} onChange={() => setBackup((b) => !b)} />
        </InlineField>
      )}
    </ConfirmDialog>
  )
}
