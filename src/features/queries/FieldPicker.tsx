import React, { useState } from 'react'
import { Box, FieldCheckbox, InputText, Paragraph } from '@looker/components'
import type { ExploreDetail, FieldInfo } from '../../looker'

interface Props {
  explore: ExploreDetail
  selected: readonly string[]
  onToggle(field: string): void
}

function matches(field: FieldInfo, search: string): boolean {
  const s = search.trim().toLowerCase()
  return !s || field.label.toLowerCase().includes(s) || field.name.toLowerCase().includes(s)
}

function Group({
  title,
  fields,
  selected,
  onToggle,
}: Omit<Props, 'explore'> & { title: string; fields: FieldInfo[] }) {
  return (
    <Box as="fieldset" border="none" p="none" m="none" mb="small">
      <legend style={{ fontWeight: 600, padding: 0 }}>{title}</legend>
      {fields.length === 0 && (
        <Paragraph fontSize="small" color="text2">
          No {title.toLowerCase()} match.
        </Paragraph>
      )}
      {fields.map((f) => (
        <FieldCheckbox
          key={f.name}
          label={f.label}
          description={f.name}
          checked={selected.includes(f.name)}
          onChange={() => onToggle(f.name)}
        />
      ))}
    </Box>
  )
}

/** The explore's fields, grouped as dimensions and measures, with a search box. */
export function FieldPicker({ explore, selected, onToggle }: Props) {
  const [search, setSearch] = useState('')
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
      <Box maxHeight="320px" overflow="auto">
        <Group
          title="Dimensions"
          fields={explore.dimensions.filter((f) => matches(f, search))}
          selected={selected}
          onToggle={onToggle}
        />
        <Group
          title="Measures"
          fields={explore.measures.filter((f) => matches(f, search))}
          selected={selected}
          onToggle={onToggle}
        />
      </Box>
    </Box>
  )
}
