import React, { useEffect, useRef } from 'react'
import { Box, Paragraph } from '@looker/components'
import { Link as RouterLink } from 'react-router-dom'
import { CheckCard } from '../../../shared/CheckCard'
import { useLookerApi } from '../../../state/api'
import { useStoredCheck } from '../../../state/checks'
import { useHost } from '../../../state/host'
import { usePutBack } from '../../../state/putBack'
import { useWorkspace } from '../../../state/workspace'
import { columnsFor } from '../columns'
import { resultDiff } from '../compare/diff'
import { searchFromSpec } from '../querySpec'
import { compareModes, type SideResult } from '../run'
import { loadSaved } from './store'
import type { QuerySpec } from '../../../looker'

/** One saved query, production against development, in one line. */
export interface SavedLine {
  name: string
  search: string
  verdict: 'identical' | 'differs' | 'fails'
  text: string
}

const failed = (side: SideResult, where: string) =>
  side.status === 'error' ? `fails on ${where}: ${side.error.message}` : null

async function compareOne(
  deps: Parameters<typeof compareModes>[0],
  name: string,
  spec: QuerySpec,
  signal: AbortSignal
): Promise<SavedLine> {
  const search = searchFromSpec(spec)
  const c = await compareModes(deps, spec, false, signal)
  const fail = failed(c.production, 'production') ?? failed(c.dev, 'development')
  if (fail || c.production.status !== 'success' || c.dev.status !== 'success') {
    return { name, search, verdict: 'fails', text: fail ?? 'fails' }
  }
  // The explore says which fields are measures: rows are matched on the dimensions.
  const explore = await deps.api.getExplore(spec.model, spec.explore).catch(() => null)
  const diff = resultDiff(
    columnsFor(spec, explore, [c.production.fields, c.dev.fields]),
    c.production.rows,
    c.dev.rows
  )
  if (diff.identical) return { name, search, verdict: 'identical', text: 'identical' }
  const rows = diff.changed + diff.onlyProduction + diff.onlyDevelopment
  return {
    name,
    search,
    verdict: 'differs',
    text: `differs (${rows} ${rows === 1 ? 'row' : 'rows'})`,
  }
}

/**
 * Every saved query of the project compared production against development (Ship page, issue
 * #13), one line each; a line opens the query in Test query and compares it there in full.
 */
export function SavedQueriesCheck({
  projectId,
  head,
  rerun,
}: {
  projectId: string
  head: string | null
  rerun: number
}) {
  const api = useLookerApi()
  const host = useHost()
  const { exclusive } = useWorkspace()
  const putBack = usePutBack()
  const check = useStoredCheck({
    projectId,
    name: 'saved-queries',
    head,
    run: async (signal, progress) => {
      const saved = await loadSaved(host, projectId)
      const lines: SavedLine[] = []
      for (const q of saved) {
        progress(`Compared ${lines.length} of ${saved.length} saved queries`)
        lines.push(await compareOne({ api, exclusive, putBack }, q.name, q.spec, signal))
      }
      return lines
    },
    passed: (lines) => lines.every((l) => l.verdict !== 'fails'),
  })
  const first = useRef(rerun)
  useEffect(() => {
    if (rerun !== first.current) void check.start()
    // Only a new request to re-run starts it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rerun])
  return (
    <CheckCard
      title="Saved queries"
      description="Every saved query of this project, run on production and on your branch."
      view={check.view}
      runLabel="Compare saved queries"
      onRun={() => void check.start()}
      onCancel={check.cancel}
    >
      {(lines) =>
        lines.length === 0 ? (
          <Paragraph>This project has no saved queries (save one from Test query).</Paragraph>
        ) : (
          <Box as="ul" aria-label="Saved queries compared">
            {lines.map((l) => (
              <li key={l.name} aria-label={`${l.name}: ${l.verdict}`}>
                <RouterLink to={`/query?${l.search}&compare=1`}>{l.name}</RouterLink>: {l.text}
              </li>
            ))}
          </Box>
        )
      }
    </CheckCard>
  )
}
