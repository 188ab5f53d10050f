import React from 'react'
import { Box, ButtonTransparent, InputText, Paragraph, Space } from '@looker/components'
import type { ExploreDetail } from '../../looker'
import { NativeSelect } from '../../shared/ui/NativeSelect'

interface Props {
  explore: ExploreDetail
  filters: Record<string, string>
  onChange(filters: Record<string, string>): void
}

/** Filters in Looker's filter expression syntax (`complete,shipped`, `>100`, `last 7 days`). */
export function FiltersEditor({ explore, filters, onChange }: Props) {
  const fields = [...explore.dimensions, ...explore.measures]
  const unused = fields.filter((f) => !(f.name in filters))
  const entries = Object.entries(filters)
  const set = (field: string, expression: string) => onChange({ ...filters, [field]: expression })
  const remove = (field: string) => {
    const next = { ...filters }
    delete next[field]
    onChange(next)
  }
  return (
    <Box>
      {entries.map(([field, expression]) => {
        const label = fields.find((f) => f.name === field)?.label ?? field
        return (
          <Space key={field} gap="xsmall" mb="xsmall">
            <InputText
              aria-label={`Filter on ${label}`}
              value={expression}
              onChange={(e: React.ChangeEvent<HTMLInputElement>) => set(field, e.target.value)}
            />
            <ButtonTransparent
              size="small"
              aria-label={`Remove the filter on ${label}`}
              onClick={() => remove(field)}
            >
              Remove
            </ButtonTransparent>
          </Space>
        )
      })}
      {entries.length === 0 && (
        <Paragraph fontSize="small" color="text2">
          No filters.
        </Paragraph>
      )}
      <Space gap="xsmall" mt="xsmall">
        <NativeSelect
          aria-label="Add a filter on"
          placeholder="Add a filter on…"
          options={unused.map((f) => ({ value: f.name, label: f.label }))}
          onChange={(field) => set(field, '')}
          value=""
        />
      </Space>
      <Paragraph fontSize="xsmall" color="text2" mb="small">
        Looker filter expressions, e.g. <code>complete,shipped</code>, <code>&gt;100</code>,{' '}
        <code>last 7 days</code>.
      </Paragraph>
    </Box>
  )
}
