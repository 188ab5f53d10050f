/**
 * Ship's answers where Looker leaves gaps: a validation whose errors are null has no problem,
 * and a content problem links to Looker only when its id is one of the kind it names.
 */
import { toContentValidation, toValidation } from './shipMappers'

test('a LookML validation whose errors Looker sent as null has no problem', () => {
  expect(toValidation({ errors: null, project_digest: 'abc' })).toEqual({
    problems: [],
    stale: false,
  })
})

test('a content problem links to its Look or dashboard only by an id of that kind', () => {
  const problems = toContentValidation({
    content_with_errors: [
      { look: { id: '12', title: 'Numeric Look' }, errors: [] },
      { look: { id: 'ecommerce::orders', title: 'Look with a dashboard id' }, errors: [] },
      { dashboard: { id: 'ecommerce::orders', title: 'LookML' }, errors: [] },
    ],
    total_looks_validated: 2,
  }).problems
  expect(problems.map((p) => [p.title, p.path])).toEqual([
    ['Numeric Look', '/looks/12'],
    ['Look with a dashboard id', null],
    ['Untitled tile', '/dashboards/ecommerce::orders'],
  ])
})
