import React, { ReactNode, useState } from 'react'
import { Box, Heading, Paragraph, Space } from '@looker/components'
import { TextField } from '../../shared/ui/TextField'
import { ReasonButton } from '../../shared/ui/ReasonButton'
import { invalidRefNameReason } from '../../shared/git/refName'

interface Props {
  /** Why branches cannot be created here, or null. */
  blocked: string | null
  currentName: string | null
  busy: boolean
  /** Resolves true when Looker created the branch. */
  onCreate(name: string, ref: string | undefined): Promise<boolean>
  /** The status of the last creation, shown under its button. */
  status?: ReactNode
}

/** Creates a branch from the current one or from a ref; the name is checked before sending. */
export function CreateBranchForm({ blocked, currentName, busy, onCreate, status }: Props) {
  const [name, setName] = useState('')
  const [from, setFrom] = useState('')
  const problem = invalidRefNameReason(name)
  const ref = from.trim() || undefined
  // The name's own problem is shown under the field once something is typed: not twice.
  const reason = blocked ?? (name === '' ? problem : problem && 'Fix the branch name first.')

  async function submit() {
    if (problem || blocked || busy) return // never send a name git would refuse
    if (await onCreate(name, ref)) {
      setName('')
      setFrom('')
    }
  }

  function onKeyDown(e: React.KeyboardEvent) {
    if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') void submit()
  }

  return (
    // Not a <form>: Looker's sandboxed extension frame may lack allow-forms, and the browser then
    // blocks the submit event itself. Enter in either field submits instead.
    <Box role="group" aria-label="Create a branch" mt="medium" onKeyDown={onKeyDown}>
      <Heading as="h3" fontSize="medium" mb="xsmall">
        Create a branch
      </Heading>
      <Space align="start" gap="small">
        <TextField
          label="New branch name"
          value={name}
          disabled={blocked !== null}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setName(e.currentTarget.value)}
          error={name && problem ? problem : null}
        />
        <TextField
          label="Start from (branch, tag or commit)"
          placeholder={currentName ? `current branch: ${currentName}` : 'current branch'}
          value={from}
          disabled={blocked !== null}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setFrom(e.currentTarget.value)}
        />
      </Space>
      <Box mt="xsmall">
        <ReasonButton reason={reason} busy={busy} onClick={() => void submit()}>
          Create and switch
        </ReasonButton>
        {status}
      </Box>
      <Paragraph fontSize="small" color="text2">
        Looker checks out the new branch (recent versions also push it). It refuses while there are
        uncommitted changes.
      </Paragraph>
    </Box>
  )
}
