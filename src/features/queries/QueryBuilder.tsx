import React, { memo } from 'react'
import { Box, Heading, Paragraph, Space } from '@looker/components'
import type { ExploreDetail, ModelSummary, QuerySpec } from '../../looker'
import type { Async } from '../../shared/async'
import { AsyncContent } from '../../shared/AsyncContent'
import { NativeSelect } from '../../shared/ui/NativeSelect'
import { FieldPicker } from './FieldPicker'
import { FiltersEditor } from './FiltersEditor'
import { dynamicFieldsOf, parseLimit, parseSorts } from './querySpec'
import { TextSetting } from './TextSetting'

interface Props {
  spec: QuerySpec
  onChange(spec: QuerySpec): void
  /** The workspace's models (read once by the page: the data tests list their projects). */
  models: Async<ModelSummary[]>
  reloadModels(): void
  /** The explore's fields (read by the panel, which also labels result columns with them). */
  explore: Async<ExploreDetail>
  reloadExplore(): void
}

/**
 * Model, explore, fields, filters, sorts and limit of a test query. Memoized (its props are stable
 * between runs): a run's answer re-renders the result, not the field picker's checkboxes.
 */
/** What a saved tile's link brings that the builder does not edit: its pivots and table calculations. */
function SavedExtras({ spec }: { spec: QuerySpec }) {
  const calcs = dynamicFieldsOf(spec.dynamicFields).map((f) => f.label)
  if (!spec.pivots?.length && !calcs.length) return null
  return (
    <Paragraph fontSize="small" mt="small">
      {spec.pivots?.length ? `Pivoted on ${spec.pivots.join(', ')}. ` : ''}
      {calcs.length ? `Table calculations: ${calcs.join(', ')}.` : ''}
    </Paragraph>
  )
}

export const QueryBuilder = memo(function QueryBuilder({
  spec,
  onChange,
  models,
  reloadModels,
  explore,
  reloadExplore,
}: Props) {
  const toggle = (field: string) => {
    const fields = spec.fields.includes(field)
      ? spec.fields.filter((f) => f !== field)
      : [...spec.fields, field]
    // A sort on a field no longer in the query would make Looker refuse it.
    const sorts = spec.sorts.filter((s) => fields.includes(s.split(' ')[0]!))
    const pivots = spec.pivots?.filter((p) => fields.includes(p))
    onChange({ ...spec, fields, sorts, ...(pivots ? { pivots } : {}) })
  }
  return (
    <Box as="section" aria-label="Query">
      <AsyncContent
        state={models}
        loadingLabel="Loading models"
        errorTitle="Could not list the models"
        onRetry={reloadModels}
      >
        {(list) => {
          if (list.length === 0)
            return (
              <Paragraph color="text2">
                This workspace has no models with explores you can see, so there is nothing to
                query.
              </Paragraph>
            )
          const model = list.find((m) => m.name === spec.model)
          return (
            <Space gap="small" mb="small">
              <NativeSelect
                aria-label="Model"
                placeholder="Model"
                value={spec.model}
                options={list.map((m) => ({ value: m.name, label: m.label }))}
                onChange={(name) =>
                  onChange({
                    ...spec,
                    model: name,
                    explore: '',
                    fields: [],
                    filters: {},
                    sorts: [],
                    pivots: [],
                    dynamicFields: null,
                  })
                }
              />
              <NativeSelect
                aria-label="Explore"
                placeholder="Explore"
                value={spec.explore}
                disabled={!model}
                options={(model?.explores ?? []).map((e) => ({ value: e.name, label: e.label }))}
                onChange={(name) =>
                  onChange({
                    ...spec,
                    explore: name,
                    fields: [],
                    filters: {},
                    sorts: [],
                    pivots: [],
                    dynamicFields: null,
                  })
                }
              />
            </Space>
          )
        }}
      </AsyncContent>
      {spec.model && spec.explore ? (
        <AsyncContent
          state={explore}
          loadingLabel="Loading the explore's fields"
          errorTitle={`Could not read the explore ${spec.model}::${spec.explore}`}
          onRetry={reloadExplore}
        >
          {(detail) => (
            <Space align="start" gap="large">
              <Box width={{ default: '100%', md: '40%', lg: '30%' }}>
                <Heading as="h3" fontSize="medium">
                  Fields
                </Heading>
                <FieldPicker explore={detail} selected={spec.fields} onToggle={toggle} />
              </Box>
              <Box flex="1">
                <Heading as="h3" fontSize="medium">
                  Filters
                </Heading>
                <FiltersEditor
                  explore={detail}
                  filters={spec.filters}
                  onChange={(filters) => onChange({ ...spec, filters })}
                />
                <TextSetting
                  id="query-sorts"
                  label="Sorts"
                  placeholder="e.g. orders.total_revenue desc"
                  text={spec.sorts.join(', ')}
                  parse={(t) => parseSorts(t, spec.fields)}
                  onValid={(sorts) => onChange({ ...spec, sorts })}
                />
                <TextSetting
                  id="query-limit"
                  label="Row limit"
                  text={String(spec.limit)}
                  parse={parseLimit}
                  onValid={(limit) => onChange({ ...spec, limit })}
                />
                <SavedExtras spec={spec} />
              </Box>
            </Space>
          )}
        </AsyncContent>
      ) : (
        <Paragraph color="text2">Pick a model and an explore to choose fields.</Paragraph>
      )}
    </Box>
  )
})
