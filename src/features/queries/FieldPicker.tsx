import React, { useMemo, useState } from 'react'
import { Box, Checkbox, InputText, Paragraph, Span } from '@looker/components'
import { InlineField } from '../../shared/ui/InlineField'
import { Disclosure } from '../../shared/Disclosure'
import type { ExploreDetail, FieldInfo } from '../../looker'

interface Props {
  explore: ExploreDetail
  selected: readonly string[]
  onToggle(field: string): void
}

interface ViewGroup {
  view: string
  label: string
  dimensions: FieldInfo[]
  measures: FieldInfo[]
}

function matches(field: FieldInfo, search: string): boolean {
  const s = search.trim().toLowerCase()
  return !s || field.label.toLowerCase().includes(s) || field.name.toLowerCase().includes(s)
}

/** The explore's fields by view, in the explore's order, as Explore's field picker lists them. */
export function groupByView(explore: ExploreDetail, search: string): ViewGroup[] {
  const groups = new Map<string, ViewGroup>()
  const add = (f: FieldInfo, kind: 'dimensions' | 'measures') => {
    if (!matches(f, search)) return
    const group = groups.get(f.view) ?? {
      view: f.view,
      label: f.viewLabel,
      dimensions: [],
      measures: [],
    }
    group[kind].push(f)
    groups.set(f.view, group)
  }
  explore.dimensions.forEach((f) => add(f, 'dimensions'))
  explore.measures.forEach((f) => add(f, 'measures'))
  return [...groups.values()]
}

function Fields({
  title,
  fields,
  selected,
  onToggle,
}: Omit<Props, 'explore'> & { title: string; fields: FieldInfo[] }) {
  if (fields.length === 0) return null
  return (
    <Box role="group" aria-label={title} mb="xsmall">
      <Span fontSize="xsmall" fontWeight="semiBold" color="text2">
        {title.split(' ').pop()}
      </Span>
      {fields.map((f) => (
        <InlineField key={f.name} label={f.label} description={f.name}>
          <Checkbox checked={selected.includes(f.name)} onChange={() => onToggle(f.name)} />
        </InlineField>
      ))}
    </Box>
  )
}

/** The explore's fields grouped by view (dimensions, then measures), with a search box. */
export function FieldPicker({ explore, selected, onToggle }: Props) {
  const [search, setSearch] = useState('')
  const groups = useMemo(() => groupByView(explore, search), [explore, search])
  // Open at first: the first view and every view with a chosen field. A search opens them all.
  const [open, setOpen] = useState<ReadonlySet<string>>(
    () =>
      new Set([
        ...(explore.dimensions[0] ? [explore.dimensions[0].view] : []),
        ...[...explore.dimensions, ...explore.measures]
          .filter((f) => selected.includes(f.name))
          .map((f) => f.view),
      ])
  )
  const toggle = (view: string, isOpen: boolean) =>
    setOpen((s) => {
      const next = new Set(s)
      if (isOpen) next.add(view)
      else next.delete(view)
      return next
    })
  return (
    <Box>
      <InputText
        type="search"
        aria-label="Search fields"
        placeholder="Search fields"
        value={search}
        onChange={(e: React.ChangeEvent<HTMLInputElement>) => setSearch(e.target.value)}
        mb="small"
      />
      <Box maxHeight="50vh" overflow="auto">
        {groups.length === 0 && (
          <Paragraph fontSize="small" color="text2">
            No field matches “{search.trim()}”.
          </Paragraph>
        )}
        {groups.map((g) => {
          const chosen = [...g.dimensions, ...g.measures].filter((f) =>
            selected.includes(f.name)
          ).length
          return (
            <Disclosure
              key={g.view}
              indicatorPosition="left"
              isOpen={search.trim() !== '' || open.has(g.view)}
              toggleOpen={(isOpen: boolean) => toggle(g.view, isOpen)}
              label={
                <Span fontWeight="semiBold">
                  {g.label}
                  {chosen > 0 && <Span color="text2"> ({chosen} selected)</Span>}
                </Span>
              }
            >
              <Box pl="medium">
                <Fields
                  title={`${g.label} Dimensions`}
                  fields={g.dimensions}
                  selected={selected}
                  onToggle={onToggle}
                />
                <Fields
                  title={`${g.label} Measures`}
                  fields={g.measures}
                  selected={selected}
                  onToggle={onToggle}
                />
              </Box>
            </Disclosure>
          )
        })}
      </Box>
    </Box>
  )
}
