import React, { useState } from 'react'
import { Label } from '@looker/components'
import { ConfirmDialog } from '../../shared/ConfirmDialog'
import { useHost } from '../../state/host'
import { countOf, describe, planImport, readFile, type ImportPlan } from './dataFile'

/** What the page says last: a status, or a refusal (`alert`). */
export type Say = (role: 'status' | 'alert', text: string) => void

/**
 * Import a Saved data file: a bad file is refused with the reason before anything is written; an
 * import that would replace something asks first, listing it, with focus on Cancel.
 */
export function ImportFile({ say }: { say: Say }) {
  const host = useHost()
  const [confirming, setConfirming] = useState<(ImportPlan & { done: string }) | null>(null)

  const write = async (plan: ImportPlan & { done: string }) => {
    try {
      for (const [key, value] of plan.writes) await host.setItem(key, value)
      say('status', plan.done)
    } catch (error) {
      say('alert', `Could not import: ${(error as Error).message}`)
    }
  }

  const choose = (input: HTMLInputElement) => {
    const file = input.files?.[0]
    // The same file may be chosen again (after a Cancel).
    input.value = ''
    if (!file) return
    // FileReader, not Blob.text(): the same in every browser Looker supports and in jsdom.
    const reader = new FileReader()
    reader.onload = async () => {
      const data = readFile(String(reader.result))
      if (typeof data === 'string') return say('alert', data)
      const [queries, results] = countOf(data)
      const plan = {
        ...(await planImport(host, data)),
        done: `Imported ${describe(queries, results)} from ${file.name}.`,
      }
      if (plan.replaces.length) setConfirming(plan)
      else await write(plan)
    }
    reader.readAsText(file)
  }

  const count = confirming?.replaces.length
  return (
    <p>
      <Label htmlFor="saved-data-import">Import a file</Label>{' '}
      <input
        id="saved-data-import"
        type="file"
        accept=".json"
        onChange={(e) => choose(e.currentTarget)}
      />
      {confirming && (
        <ConfirmDialog
          title={`Replace ${count} saved item${count === 1 ? '' : 's'}?`}
          confirmLabel={`Replace ${count} and import`}
          losses={confirming.replaces}
          onCancel={() => {
            setConfirming(null)
            say('status', 'Nothing was imported.')
          }}
          onConfirm={() => {
            setConfirming(null)
            void write(confirming)
          }}
        />
      )}
    </p>
  )
}
