import React from 'react'
import { Box, Link, Paragraph, Span } from '@looker/components'
import { CheckCard } from '../../shared/CheckCard'
import type { CheckView } from '../../shared/checkTypes'
import { useHost } from '../../state/host'
import type { BrokenContent } from './contentCheck'

interface Props {
  view: CheckView<BrokenContent>
  blocked: string | null
  onRun(): void
  onCancel(): void
}

function Found({ impact }: { impact: BrokenContent }) {
  const host = useHost()
  const counted = `${impact.looksValidated} Looks and ${impact.tilesValidated} dashboard tiles validated`
  if (impact.broken.length === 0) {
    return (
      <Paragraph>
        Nothing breaks on your branch ({counted}
        {impact.alreadyBroken > 0 && `; ${impact.alreadyBroken} already broken in production`}).
      </Paragraph>
    )
  }
  return (
    <Box>
      <Paragraph>
        {impact.broken.length} {impact.broken.length === 1 ? 'piece' : 'pieces'} of content would
        break ({counted}).
      </Paragraph>
      <Box as="ul" aria-label="Content that would break">
        {impact.broken.map((p) => {
          const name =
            p.kind === 'tile'
              ? `Tile "${p.title}" on dashboard "${p.dashboardTitle ?? ''}"`
              : `Look "${p.title}"`
          return (
            <li key={p.key} aria-label={name}>
              <Span fontWeight="semiBold">{name}</Span>
              {p.folder && <Span color="text2"> (folder {p.folder})</Span>}:{' '}
              {p.errors.map((e) => e.message).join('; ')}{' '}
              {p.path && (
                <Link
                  href={p.path}
                  onClick={(e) => {
                    e.preventDefault()
                    host.navigate(p.path!)
                  }}
                >
                  Open {p.kind === 'tile' ? 'the dashboard' : 'the Look'}
                </Link>
              )}
            </li>
          )
        })}
      </Box>
    </Box>
  )
}

export function ContentCheck({ view, blocked, onRun, onCancel }: Props) {
  return (
    <CheckCard
      title="Content that would break"
      description="Looker's content validator on production and on your branch: the Looks and dashboard tiles on this project's models whose errors are new on the branch. It switches your session to production and back, and can take minutes on a big instance."
      view={view}
      runLabel="Validate content"
      blocked={blocked}
      onRun={onRun}
      onCancel={onCancel}
    >
      {(impact) => <Found impact={impact} />}
    </CheckCard>
  )
}
