import React, { ReactNode, useState } from 'react'
import { Box, Checkbox, Label, Paragraph, Space, useID } from '@looker/components'
import { TextField } from '../../shared/ui/TextField'
import { defaultBackupName, invalidRefNameReason } from '../../shared/git/refName'

/** The backup branch a destructive dialog offers: on or off, its name and what is wrong with it. */
export interface Backup {
  on: boolean
  name: string
  /** Why git would refuse the name (only while the backup is on), or null. */
  problem: string | null
  /** The name to create, or null for no backup. */
  chosen: string | null
  toggle(): void
  rename(name: string): void
}

/** The backup choice of a dialog about `branch`; `offered`: on at first. */
export function useBackup(branch: string, offered: boolean): Backup {
  const [on, setOn] = useState(offered)
  const [name, setName] = useState(() => defaultBackupName(branch))
  return {
    on,
    name,
    problem: on ? invalidRefNameReason(name) : null,
    chosen: on ? name : null,
    toggle: () => setOn((b) => !b),
    rename: setName,
  }
}

interface Props {
  backup: Backup
  /** The checkbox's label, e.g. "First save its commits in a backup branch". */
  label: string
  /** What the backup does, under the label. */
  description: string
  /** Why no backup can be made (the checkbox is then disabled), or null. */
  unavailable: ReactNode | null
}

/**
 * The backup offer of the delete and reset dialogs: a checkbox whose label is never cut, the
 * reason when no backup can be made, and the backup branch's name, checked as git would.
 */
export function BackupOption({ backup, label, description, unavailable }: Props) {
  const id = useID()
  return (
    <Box mb="small">
      {/* Not FieldCheckbox: it truncates its label to one line, so a narrow dialog showed
          "First save … backu…". Here the label wraps and is always read whole. */}
      <Space gap="xsmall" align="start">
        <Checkbox
          id={id}
          checked={backup.on}
          disabled={unavailable !== null}
          onChange={backup.toggle}
          aria-describedby={unavailable === null ? `${id}-description` : undefined}
        />
        <Box>
          <Label htmlFor={id} fontSize="small" fontWeight="normal">
            {label}
          </Label>
          {unavailable === null && (
            <Paragraph id={`${id}-description`} fontSize="xsmall" color="text2">
              {description}
            </Paragraph>
          )}
        </Box>
      </Space>
      {/* Not the disabled checkbox's description: that is greyed below WCAG contrast. */}
      {unavailable !== null && (
        <Paragraph fontSize="small" mb="small">
          {unavailable}
        </Paragraph>
      )}
      {backup.on && (
        <TextField
          label="Backup branch name"
          value={backup.name}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) =>
            backup.rename(e.currentTarget.value)
          }
          error={backup.problem}
        />
      )}
    </Box>
  )
}
