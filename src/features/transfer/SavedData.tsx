import React, { useEffect, useState } from 'react'
import { Button, Heading, Label, Link, Paragraph } from '@looker/components'
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog'
import { useLookerApi } from '../../state/api'
import { useHost } from '../../state/host'
import { collect, countOf, describe, planImport, readFile, s, type ImportPlan } from './dataFile'

const FILE = 'workspace-switcher-saved-data.json'
type Plan = ImportPlan & { done: string }

/**
 * Saved queries and kept Ship results live in Looker's storage for this install only (keyed by
 * the extension id): exported to a file here, imported into another install. A bad file is
 * refused with the reason before anything is written; an import that would replace something
 * asks first, listing it, with focus on Cancel. One component: the bundle has no room to spare.
 */
export function SavedData() {
  const host = useHost()
  const api = useLookerApi()
  const [url, setUrl] = useState<string | null>(null)
  const [said, setSaid] = useState<[role: 'status' | 'alert', text: string] | null>(null)
  const [confirming, setConfirming] = useState<Plan | null>(null)
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url)
    },
    [url]
  )

  const prepare = async () => {
    try {
      const data = await collect(
        host,
        (await api.listProjects()).map((p) => p.id)
      )
      const [queries, results, projects] = countOf(data)
      setUrl(URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)])))
      setSaid(['status', `${describe(queries, results)} from ${projects} project${s(projects)}`])
    } catch (error) {
      setSaid(['alert', `Could not export: ${(error as Error).message}`])
    }
  }

  const write = async (plan: Plan) => {
    try {
      for (const [key, value] of plan.writes) await host.setItem(key, value)
      setSaid(['status', plan.done])
    } catch (error) {
      setSaid(['alert', `Could not import: ${(error as Error).message}`])
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
      if (typeof data === 'string') return setSaid(['alert', data])
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
    <section aria-labelledby="saved-data">
      <Heading as="h2" fontSize="large" id="saved-data">
        Saved data
      </Heading>
      <Paragraph fontSize="small" color="text2" my="small">
        Saved queries and the last Ship results of this install, <code>{host.extensionId}</code>.
        Looker keeps them per install: export them here, import the file in the other install.
      </Paragraph>
      <Button onClick={prepare}>Prepare export</Button>{' '}
      {url && (
        // A Blob link: the sandboxed frame downloads with `use_downloads: yes` (allow-downloads).
        <Link href={url} download={FILE}>
          Download {FILE}
        </Link>
      )}
      <p>
        <Label htmlFor="saved-data-import">Import a file</Label>{' '}
        <input
          id="saved-data-import"
          type="file"
          accept=".json"
          onChange={(e) => choose(e.currentTarget)}
        />
      </p>
      {said && (
        <Paragraph role={said[0]} color={said[0] === 'alert' ? 'critical' : undefined}>
          {said[1]}
        </Paragraph>
      )}
      {confirming && (
        <ConfirmDialog
          title={`Replace ${count} saved item${s(count)}?`}
          confirmLabel={`Replace ${count} and import`}
          losses={confirming.replaces}
          onCancel={() => {
            setConfirming(null)
            setSaid(['status', 'Nothing was imported.'])
          }}
          onConfirm={() => {
            setConfirming(null)
            void write(confirming)
          }}
        />
      )}
    </section>
  )
}
