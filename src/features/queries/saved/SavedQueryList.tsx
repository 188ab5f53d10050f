import React from 'react'
import { Box, ButtonTransparent, Paragraph, Space, Span } from '@looker/components'
import type { QuerySpec } from '../../../looker'
import type { NamedQuery } from './store'

interface Props {
  list: NamedQuery[]
  onRun(spec: QuerySpec): void
  onCompare(spec: QuerySpec): void
  onOpen(spec: QuerySpec, name: string): void
  onLoad(spec: QuerySpec): void
  onDelete(name: string): void
}

/** The saved queries, each with its actions, named for screen readers ("Run By status"). */
export function SavedQueryList({ list, onRun, onCompare, onOpen, onLoad, onDelete }: Props) {
  if (list.length === 0) return <Paragraph color="text2">No saved queries yet.</Paragraph>
  const actions: Array<[string, (q: NamedQuery) => string, (q: NamedQuery) => void]> = [
    ['Run', (q) => `Run ${q.name}`, (q) => onRun(q.spec)],
    ['Compare', (q) => `Compare ${q.name}`, (q) => onCompare(q.spec)],
    ['Open in Explore', (q) => `Open in Explore: ${q.name}`, (q) => onOpen(q.spec, q.name)],
    ['Load', (q) => `Load ${q.name}`, (q) => onLoad(q.spec)],
    ['Delete', (q) => `Delete ${q.name}`, (q) => onDelete(q.name)],
  ]
  return (
    <Box as="ul" p="none" style={{ listStyle: 'none' }}>
      {list.map((q) => (
        <Space as="li" key={q.name} gap="xsmall" aria-label={q.name}>
          <Span fontWeight="semiBold">{q.name}</Span>
          {actions.map(([text, name, act]) => (
            <ButtonTransparent key={text} size="small" aria-label={name(q)} onClick={() => act(q)}>
              {text}
            </ButtonTransparent>
          ))}
        </Space>
      ))}
    </Box>
  )
}
