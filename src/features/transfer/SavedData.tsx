import React, { useEffect, useState } from 'react'
import { Button, Heading, Link, Paragraph } from '@looker/components'
import { useLookerApi } from '../../state/api'
import { useHost } from '../../state/host'
import { ImportFile } from './ImportFile'
import { collect, countOf, describe } from './dataFile'

const FILE = 'workspace-switcher-saved-data.json'

/**
 * Saved queries and kept Ship results live in Looker's storage for this install only (keyed by
 * the extension id): exported to a file here, imported into another install.
 */
export function SavedData() {
  const host = useHost()
  const api = useLookerApi()
  const [url, setUrl] = useState<string | null>(null)
  const [said, setSaid] = useState<{ role: 'status' | 'alert'; text: string } | null>(null)
  const say = (role: 'status' | 'alert', text: string) => setSaid({ role, text })
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
      say(
        'status',
        `${describe(queries, results)} from ${projects} project${projects === 1 ? '' : 's'}`
      )
    } catch (error) {
      say('alert', `Could not export: ${(error as Error).message}`)
    }
  }

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
      <ImportFile say={say} />
      {said && (
        <Paragraph role={said.role} color={said.role === 'alert' ? 'critical' : undefined}>
          {said.text}
        </Paragraph>
      )}
    </section>
  )
}
