/**
 * The row diff made a few rows at a time (the first screenful first): each step matches at most
 * the rows asked for, `done` says when every row is matched, and a result taken between steps is
 * a snapshot that later steps do not change.
 */
import { diffInSteps, type DiffColumn } from './resultDiff'

const columns: DiffColumn[] = [
  { name: 'status', category: 'dimension' },
  { name: 'count', category: 'measure' },
]
const rows = (...counts: number[]) => counts.map((count, i) => ({ status: `s${i}`, count }))

test('each step matches at most the rows asked for, until every row is matched', () => {
  const steps = diffInSteps(columns, rows(1, 2, 3, 4, 5), rows(1, 2, 9, 4, 5))
  expect(steps.done).toBe(false)
  expect(steps.result()).toMatchObject({ rows: [], complete: false })

  steps.step(2)
  const early = steps.result()
  expect(early.rows.map((r) => r.kind)).toEqual(['same', 'same'])
  expect(steps.done).toBe(false)

  steps.step(2)
  expect(steps.result().rows.map((r) => r.kind)).toEqual(['same', 'same', 'changed', 'same'])
  expect(steps.result()).toMatchObject({ changed: 1, complete: false })

  steps.step(10)
  expect(steps.done).toBe(true)
  expect(steps.result()).toMatchObject({ changed: 1, identical: false, complete: true })
  expect(steps.result().rows).toHaveLength(5)
  // What was taken earlier is what it was then.
  expect(early.rows).toHaveLength(2)
})

test('a step once every row is matched adds nothing', () => {
  const steps = diffInSteps(columns, rows(1), rows(1))
  steps.step(1)
  steps.step(5)
  expect(steps.result()).toMatchObject({
    rows: [{ kind: 'same' }],
    identical: true,
    complete: true,
  })
})
