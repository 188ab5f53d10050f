import type { ExploreDetail, FieldCategory, QuerySpec } from '../../looker'
import { dynamicFieldsOf } from './querySpec'

export interface Column {
  name: string
  label: string
  category: FieldCategory
  isNumeric: boolean
}

/**
 * The query's columns, labelled from the explore when it knows them. A field the explore does not
 * know (it exists only in the other mode) keeps its name and counts as a dimension. With pivots,
 * `ran` (the fields each side ran) gives a pivoted measure's columns, one per pivot key; table
 * calculations follow the fields.
 */
export function columnsFor(
  spec: QuerySpec,
  explore: ExploreDetail | null,
  ran: ReadonlyArray<readonly string[]> = []
): Column[] {
  const known = new Map(
    [...(explore?.dimensions ?? []), ...(explore?.measures ?? [])].map((f) => [f.name, f])
  )
  const column = (name: string): Column => {
    const f = known.get(name)
    return {
      name,
      label: f?.label ?? name,
      category: f?.category ?? 'dimension',
      isNumeric: f?.isNumeric ?? false,
    }
  }
  const pivots = spec.pivots ?? []
  const names = new Set(ran.flat())
  const columns = spec.fields.flatMap((name) => {
    if (pivots.includes(name)) return []
    const c = column(name)
    const cells = pivots.length ? [...names].filter((n) => n.startsWith(`${name}|`)) : []
    if (!cells.length) return [c]
    return cells.map((n) => ({
      ...c,
      name: n,
      label: `${c.label} · ${n.slice(name.length + 1)}`,
      category: 'measure' as const,
    }))
  })
  const labels = new Map(dynamicFieldsOf(spec.dynamicFields).map((f) => [f.name, f.label]))
  const calcs = [...names].filter(
    (n) => !n.includes('|') && !known.has(n) && !spec.fields.includes(n)
  )
  return [
    ...columns,
    ...calcs.map((name) => ({
      name,
      label: labels.get(name) ?? name,
      category: 'measure' as const,
      isNumeric: true,
    })),
  ]
}

/** A cell as text: numbers as JavaScript prints them (full precision), null as ∅. */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '∅'
  return String(value)
}
