import React, { useMemo, useState } from 'react'
import { Box, ButtonTransparent, Paragraph, Space, Span } from '@looker/components'
import { Link as RouterLink } from 'react-router-dom'
import { ExternalLink } from '../../shared/ExternalLink'
import { LookerLink } from '../../shared/LookerLink'
import { SelectField } from '../../shared/ui/SelectField'
import { TextField } from '../../shared/ui/TextField'
import { plural } from '../../shared/format'
import type { ContentImpact, ContentItem, DashboardFailure } from './types'
import { impactRank, outcomeWords, testQueryPath } from './words'

interface Line {
  item: ContentItem
  rank: number
  words: string
}

interface Group {
  key: string
  title: string
  href: string | null
  lines: Line[]
}

const CHANGED = 3
const PAGE = 10

function summary(lines: Line[]): string {
  const count = (test: (r: number) => boolean) => lines.filter((l) => test(l.rank)).length
  const parts = [
    [count((r) => r <= CHANGED), 'changed'],
    [count((r) => r === 5), 'identical'],
    [count((r) => r === 6), 'same SQL'],
    [count((r) => r === 4), 'not measured'],
    [count((r) => r === 7), 'not compared'],
  ] as const
  return parts.flatMap(([n, w]) => (n ? [`${n} ${w}`] : [])).join(', ')
}

function groupsOf(impact: ContentImpact): Group[] {
  const groups = new Map<string, Group>()
  for (const item of impact.items) {
    const outcome = item.queryKey ? (impact.queries[item.queryKey]?.outcome ?? null) : null
    const line = {
      item,
      rank: impactRank(outcome, item.notCompared),
      words: outcomeWords(outcome, item.notCompared),
    }
    const key = item.dashboardId ?? 'looks'
    let g = groups.get(key)
    if (!g) {
      g = item.dashboardId
        ? {
            key,
            title: item.dashboardTitle ?? item.dashboardId,
            href: `/dashboards/${item.dashboardId}`,
            lines: [],
          }
        : { key, title: 'Looks', href: null, lines: [] }
      groups.set(key, g)
    }
    g.lines.push(line)
  }
  const worst = (g: Group) => g.lines.filter((l) => l.rank <= CHANGED).length
  for (const g of groups.values())
    g.lines.sort((a, b) => a.rank - b.rank || a.item.title.localeCompare(b.item.title))
  return [...groups.values()].sort((a, b) => worst(b) - worst(a) || a.title.localeCompare(b.title))
}

function Failure({ f, onRetry }: { f: DashboardFailure; onRetry(): void }) {
  const what = f.kind === 'dashboard' ? 'Dashboard' : 'Look'
  return (
    <li aria-label={`${what} ${f.title}: could not be read`}>
      {what} <Span fontWeight="semiBold">{f.title}</Span> could not be read: {f.message}{' '}
      {f.documentationUrl && (
        <ExternalLink href={f.documentationUrl}>Looker documentation</ExternalLink>
      )}{' '}
      <ButtonTransparent size="xsmall" onClick={onRetry}>
        Retry {f.title}
      </ButtonTransparent>
    </li>
  )
}

function TileLine({ line, impact }: { line: Line; impact: ContentImpact }) {
  const { item, words } = line
  const query = item.queryKey ? impact.queries[item.queryKey]?.query : undefined
  return (
    <li aria-label={`${item.title}: ${words}`}>
      <Span fontWeight="semiBold">{item.title}</Span>: {words}
      {query && line.rank < 7 && (
        <>
          {' '}
          <RouterLink to={testQueryPath(query)}>Compare in Test query</RouterLink>
        </>
      )}
      {item.lookId && (
        <>
          {' '}
          <LookerLink href={`/looks/${item.lookId}`}>Open the Look</LookerLink>
        </>
      )}
    </li>
  )
}

/** The check's findings: failures with Retry, then dashboards by impact, each tile on a line. */
export function ContentResults({ impact, onRetry }: { impact: ContentImpact; onRetry(): void }) {
  const [text, setText] = useState('')
  const [show, setShow] = useState('all')
  // The first dashboards by impact, more on demand: 25 at once were the run's longest task (78 ms).
  const [limit, setLimit] = useState(PAGE)
  const groups = useMemo(() => groupsOf(impact), [impact])
  const needle = text.trim().toLowerCase()
  const shown = groups.flatMap((g) => {
    const inGroup = g.title.toLowerCase().includes(needle)
    const lines = g.lines.filter(
      (l) =>
        (show === 'all' || l.rank <= CHANGED) &&
        (inGroup || l.item.title.toLowerCase().includes(needle))
    )
    return lines.length ? [{ ...g, lines }] : []
  })
  const all = groups.flatMap((g) => g.lines)
  return (
    <Box>
      <Paragraph>
        {plural(all.length, 'tile or Look', 'tiles and Looks')} on this project’s models:{' '}
        {summary(all) || 'none'}.
      </Paragraph>
      <Paragraph fontSize="small" color="text2">
        Content you cannot see is not listed: Looker answers each person with what they may see.
      </Paragraph>
      {impact.failures.length > 0 && (
        <Box as="ul" aria-label="Content that could not be read">
          {impact.failures.map((f) => (
            <Failure key={`${f.kind}:${f.id}`} f={f} onRetry={onRetry} />
          ))}
        </Box>
      )}
      <Space gap="small" my="small" align="end">
        <TextField
          label="Filter by title"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <SelectField
          label="Show"
          value={show}
          options={[
            { value: 'all', label: 'Everything' },
            { value: 'changed', label: 'Changes only' },
          ]}
          onChange={setShow}
        />
      </Space>
      {shown.length === 0 && <Paragraph>Nothing matches.</Paragraph>}
      {shown.slice(0, limit).map((g) => (
        <Box as="section" key={g.key} aria-label={g.title} mb="small">
          <Paragraph>
            {g.href ? (
              <LookerLink href={g.href}>{g.title}</LookerLink>
            ) : (
              <Span fontWeight="semiBold">{g.title}</Span>
            )}
            : {summary(g.lines)}
          </Paragraph>
          <Box as="ul">
            {g.lines.map((l) => (
              <TileLine key={`${l.item.kind}:${l.item.id}`} line={l} impact={impact} />
            ))}
          </Box>
        </Box>
      ))}
      {shown.length > limit && (
        <ButtonTransparent size="small" onClick={() => setLimit(limit + PAGE)}>
          Show {Math.min(PAGE, shown.length - limit)} more of {shown.length} dashboards
        </ButtonTransparent>
      )}
    </Box>
  )
}
