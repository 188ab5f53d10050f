import React, { useState } from 'react'
import { Heading, Label, Paragraph } from '@looker/components'
import { ConfirmDialog } from '../../shared/ConfirmDialog'
import { useHost } from '../../state/host'
import { applyImport, describe, parseSavedData, planImport, type ImportPlan } from './savedData'

type Outcome = { kind: 'status' | 'alert'; text: string } | null

/** FileReader, not Blob.text(): the same in every browser Looker supports and in jsdom. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'))
    reader.readAsText(file)
  })
}

/**
 * Import a Saved data file: a bad file is refused with the reason before anything is written; an
 * import that would replace something asks first, listing it, with focus on Cancel.
 */
export function ImportFile() {
  const host = useHost()
  const [outcome, setOutcome] = useState<Outcome>(null)
  const [confirming, setConfirming] = useState<{ plan: ImportPlan; file: string } | null>(null)

  const write = async (plan: ImportPlan, file: string) => {
    try {
      await applyImport(host, plan)
      setOutcome({
        kind: 'status',
        text: `Imported ${describe(plan.queries, plan.results)} from ${file}.`,
      })
    } catch (error) {
      setOutcome({ kind: 'alert', text: `Could not import ${file}: ${(error as Error).message}` })
    }
  }

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0]
    // The same file may be chosen again (after a Cancel): forget this choice.
    input.value = ''
    if (!file) return
    setOutcome(null)
    const parsed = parseSavedData(await readText(file))
    if ('reason' in parsed) return setOutcome({ kind: 'alert', text: parsed.reason })
    const plan = await planImport(host, parsed.data)
    if (plan.replaces.length) setConfirming({ plan, file: file.name })
    else await write(plan, file.name)
  }

  const count = confirming?.plan.replaces.length ?? 0
  return (
    <>
      <Heading as="h3" fontSize="medium" mt="large">
        Import
      </Heading>
      <Paragraph fontSize="small" color="text2">
        Saved queries are added by name; one with the same name, and a kept Ship result, are
        replaced only after you confirm.
      </Paragraph>
      <Label htmlFor="saved-data-import">Import a file</Label>{' '}
      <input
        id="saved-data-import"
        type="file"
        accept="application/json,.json"
        onChange={(e) => void choose(e.currentTarget)}
      />
      {outcome && (
        <Paragraph role={outcome.kind} color={outcome.kind === 'alert' ? 'critical' : undefined}>
          {outcome.text}
        </Paragraph>
      )}
      {confirming && (
        <ConfirmDialog
          title={`Replace ${count} saved item${count === 1 ? '' : 's'}?`}
          confirmLabel={`Replace ${count} and import`}
          losses={confirming.plan.replaces}
          onCancel={() => {
            setConfirming(null)
            setOutcome({ kind: 'status', text: 'Nothing was imported.' })
          }}
          onConfirm={() => {
            setConfirming(null)
            void write(confirming.plan, confirming.file)
          }}
        />
      )}
    </>
  )
}
