import React, { useEffect, useState } from 'react'
import { Box, Button, Heading, Link, Paragraph, Space } from '@looker/components'
import { useLookerApi } from '../../state/api'
import { useHost } from '../../state/host'
import { ImportFile } from './ImportFile'
import { collect, countOf, describe } from './savedData'

const FILE_NAME = 'workspace-switcher-saved-data.json'

/**
 * Saved queries and kept Ship results live in Looker's storage for this install only (keyed by
 * the extension id): exported to a file here, imported into another install.
 */
export function SavedData() {
  const host = useHost()
  const api = useLookerApi()
  const [exported, setExported] = useState<{ url: string; summary: string } | null>(null)
  const [exportError, setExportError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  useEffect(
    () => () => {
      if (exported) URL.revokeObjectURL(exported.url)
    },
    [exported]
  )

  const prepare = async () => {
    setBusy(true)
    setExportError(null)
    try {
      const projects = await api.listProjects()
      const data = await collect(
        host,
        projects.map((p) => p.id)
      )
      const { queries, results, projects: count } = countOf(data)
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' })
      setExported({
        url: URL.createObjectURL(blob),
        summary: `${describe(queries, results)} from ${count} project${count === 1 ? '' : 's'}`,
      })
    } catch (error) {
      setExportError(`Could not export: ${(error as Error).message}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Box as="section" aria-labelledby="saved-data-heading">
      <Heading as="h2" fontSize="large" id="saved-data-heading">
        Saved data
      </Heading>
      <Paragraph fontSize="small" color="text2" mb="medium">
        Saved queries and the last Ship results are kept by Looker for this install of the
        extension, <code>{host.extensionId ?? 'unknown'}</code>. A manual install and a Marketplace
        install (<code>marketplace_…::workspace_switcher</code>) each keep their own: export here
        and import the file in the other one.
      </Paragraph>
      <Heading as="h3" fontSize="medium">
        Export
      </Heading>
      <Space gap="small" my="small">
        <Button onClick={prepare} disabled={busy}>
          {busy ? 'Reading saved data…' : 'Prepare export'}
        </Button>
        {exported && (
          // A Blob link: the sandboxed frame downloads with `use_downloads: yes` (allow-downloads).
          <Link href={exported.url} download={FILE_NAME}>
            Download {FILE_NAME}
          </Link>
        )}
      </Space>
      {exported && <Paragraph role="status">{exported.summary}</Paragraph>}
      {exportError && (
        <Paragraph role="alert" color="critical">
          {exportError}
        </Paragraph>
      )}
      <ImportFile />
    </Box>
  )
}
