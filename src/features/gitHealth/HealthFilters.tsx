import React from 'react'
import { Space } from '@looker/components'
import type { Project } from '../../looker'
import { SelectField } from '../../shared/ui/SelectField'
import type { HealthFilter } from './healthRows'

const AGES = [
  { value: '30', label: 'No commit in 30 days' },
  { value: '90', label: 'No commit in 90 days' },
  { value: '180', label: 'No commit in 180 days' },
  { value: '365', label: 'No commit in a year' },
  { value: 'any', label: 'Any age' },
]
const KINDS = [
  { value: 'all', label: 'All kinds' },
  { value: 'shared', label: 'Shared' },
  { value: 'personal', label: 'Personal' },
  { value: 'production', label: 'Production' },
]

/** Age, project and kind: what the table keeps. */
export const HealthFilters = React.memo(function HealthFilters({
  filter,
  projects,
  onChange,
}: {
  filter: HealthFilter
  projects: readonly Project[]
  onChange(f: HealthFilter): void
}) {
  return (
    <Space gap="medium" mb="small" width="auto">
      <SelectField
        width="auto"
        label="Age"
        value={filter.maxAgeDays === null ? 'any' : String(filter.maxAgeDays)}
        options={AGES}
        onChange={(v) => onChange({ ...filter, maxAgeDays: v === 'any' ? null : Number(v) })}
      />
      <SelectField
        width="auto"
        label="Project"
        value={filter.projectId || 'all'}
        options={[
          { value: 'all', label: 'All projects' },
          ...projects.filter((p) => p.usesGit).map((p) => ({ value: p.id, label: p.name })),
        ]}
        onChange={(v) => onChange({ ...filter, projectId: v === 'all' ? '' : v })}
      />
      <SelectField
        width="auto"
        label="Kind"
        value={filter.kind || 'all'}
        options={KINDS}
        onChange={(v) =>
          onChange({ ...filter, kind: v === 'all' ? '' : (v as HealthFilter['kind']) })
        }
      />
    </Space>
  )
})
