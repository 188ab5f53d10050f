import type { ExploreDetail, FieldCategory, QuerySpec } from '../../looker'

export interface Column {
  name: string
  label: string
  category: FieldCategory
  isNumeric: boolean
}

/**
 * The query's columns, labelled from the explore when it knows them. A field the explore does not
 * know (it exists only in the other mode) keeps its name and counts as a dimension.
 */
export function columnsFor(spec: QuerySpec, explore: ExploreDetail | null): Column[] {
  const known = new Map(
    [...(explore?.dimensions ?? []), ...(explore?.measures ?? [])].map((f) => [f.name, f])
  )
  return spec.fields.map((name) => {
    const f = known.get(name)
    return {
      name,
      label: f?.label ?? name,
      category: f?.category ?? 'dimension',
      isNumeric: f?.isNumeric ?? false,
    }
  })
}

/** A cell as text: numbers as JavaScript prints them (full precision), null as ∅. */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '∅'
  return String(value)
}
