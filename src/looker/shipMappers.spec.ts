/** Validation, content-validator and git-test answers mapped to what the Ship page shows. */
import { ApiError } from './ApiError'
import {
  toContentValidation,
  toGitConnectionResult,
  toGitConnectionTest,
  toValidation,
} from './shipMappers'

describe('toValidation', () => {
  test('each problem keeps its severity, place and Looker’s message; successes are dropped', () => {
    expect(
      toValidation({
        errors: [
          {
            severity: 'warning',
            message: 'Unused view',
            file_path: 'ecommerce/views/old.view.lkml',
            line_number: 3,
            field_name: 'old.id',
          },
          { severity: 'info', message: 'Note' },
          { severity: 'success', message: 'All good' },
          { severity: 'fatal', message: 'Broken' },
          { severity: 'error', sanitized_message: 'Unknown field' },
          { severity: undefined, message: '', line_number: 0 },
        ],
      })
    ).toEqual({
      problems: [
        {
          severity: 'warning',
          message: 'Unused view',
          filePath: 'ecommerce/views/old.view.lkml',
          line: 3,
          fieldName: 'old.id',
        },
        { severity: 'info', message: 'Note', filePath: null, line: null, fieldName: null },
        { severity: 'error', message: 'Broken', filePath: null, line: null, fieldName: null },
        {
          severity: 'error',
          message: 'Unknown field',
          filePath: null,
          line: null,
          fieldName: null,
        },
        {
          severity: 'error',
          message: 'Looker reported a problem without a message.',
          filePath: null,
          line: 0,
          fieldName: null,
        },
      ],
      stale: false,
    })
  })

  test('no errors: no problems; the cached result says whether it is stale', () => {
    expect(toValidation({ errors: [] })).toEqual({ problems: [], stale: false })
    expect(toValidation({ errors: [], stale: true })).toEqual({ problems: [], stale: true })
    expect(toValidation({ errors: [], stale: false }).stale).toBe(false)
    expect(toValidation({ errors: [], stale: null } as never).stale).toBe(false)
  })
})

describe('git connection tests', () => {
  test('a test is its id and description, the id standing in for a missing description', () => {
    expect(toGitConnectionTest({ id: 'git_remote', description: 'Remote reachable' })).toEqual({
      id: 'git_remote',
      description: 'Remote reachable',
    })
    expect(toGitConnectionTest({ id: 'git_remote', description: '' })).toEqual({
      id: 'git_remote',
      description: 'git_remote',
    })
  })

  test('a test or result without an id is Looker’s gap, named', () => {
    expect(() => toGitConnectionTest({ description: 'x' })).toThrow(
      new ApiError('Looker returned a git connection test without an id.', 'unexpected')
    )
    expect(() => toGitConnectionResult({ status: 'pass' })).toThrow(
      'Looker returned a git connection test result without an id.'
    )
  })

  test('only "pass" passes; the message falls back to the status, then to nothing', () => {
    expect(toGitConnectionResult({ id: 't', status: 'pass', message: 'fine' })).toEqual({
      id: 't',
      passed: true,
      message: 'fine',
    })
    expect(toGitConnectionResult({ id: 't', status: 'fail', message: '' })).toEqual({
      id: 't',
      passed: false,
      message: 'fail',
    })
    expect(toGitConnectionResult({ id: 't' })).toEqual({ id: 't', passed: false, message: '' })
  })
})

describe('toContentValidation', () => {
  test('a tile names its dashboard, folder and path; a Look its own', () => {
    expect(
      toContentValidation({
        content_with_errors: [
          {
            dashboard: { id: '21', title: 'Sales', folder: { name: 'Shared' } },
            dashboard_element: { id: '7', title: 'Revenue' },
            errors: [{ message: 'Unknown field', field_name: 'orders.x', model_name: 'shop' }],
          },
          {
            id: 'c2',
            look: { id: '11', title: 'Weekly', folder: { name: 'Ada' } },
            errors: [{}],
          },
          { id: 'orphan', errors: [{ message: 'nothing to point at' }] },
        ],
        total_looks_validated: 5,
        total_dashboard_elements_validated: 9,
      } as never)
    ).toEqual({
      problems: [
        {
          key: 'tile:7:21',
          kind: 'tile',
          title: 'Revenue',
          dashboardTitle: 'Sales',
          folder: 'Shared',
          path: '/dashboards/21',
          errors: [{ message: 'Unknown field', fieldName: 'orders.x', model: 'shop' }],
        },
        {
          key: 'look:11',
          kind: 'look',
          title: 'Weekly',
          dashboardTitle: null,
          folder: 'Ada',
          path: '/looks/11',
          errors: [
            {
              message: 'Looker reported an error without a message.',
              fieldName: null,
              model: null,
            },
          ],
        },
      ],
      looksValidated: 5,
      tilesValidated: 9,
    })
  })

  test('gaps: untitled tiles and Looks, no folder, no path, the problem’s id as the key', () => {
    const { problems, looksValidated, tilesValidated } = toContentValidation({
      content_with_errors: [
        { dashboard_element: { title_text: 'Text tile' } },
        { dashboard: { id: '3' } },
        { id: 'c9', look: {} },
        { look: { id: '4' } },
      ],
    } as never)
    expect(problems).toEqual([
      {
        key: 'tile::',
        kind: 'tile',
        title: 'Text tile',
        dashboardTitle: null,
        folder: null,
        path: null,
        errors: [],
      },
      {
        key: 'tile::3',
        kind: 'tile',
        title: 'Untitled tile',
        dashboardTitle: null,
        folder: null,
        path: '/dashboards/3',
        errors: [],
      },
      {
        key: 'look:c9',
        kind: 'look',
        title: 'Untitled Look',
        dashboardTitle: null,
        folder: null,
        path: null,
        errors: [],
      },
      {
        key: 'look:4',
        kind: 'look',
        title: 'Untitled Look',
        dashboardTitle: null,
        folder: null,
        path: '/looks/4',
        errors: [],
      },
    ])
    expect([looksValidated, tilesValidated]).toEqual([0, 0])
    expect(toContentValidation({ content_with_errors: [] }).problems).toEqual([])
  })
})

test('a Look without an id and a problem without one: the key still says it is a Look', () => {
  expect(
    toContentValidation({ content_with_errors: [{ look: {} }] } as never).problems[0]
  ).toMatchObject({
    key: 'look:',
    kind: 'look',
  })
})

// Content links are built from Looker's ids: a value that is not an id is no link.
test.each<[object, string | null]>([
  [{ look: { id: '11', title: 'L' } }, '/looks/11'],
  [{ look: { id: 'javascript:alert(1)', title: 'L' } }, null],
  [{ look: { id: '../admin', title: 'L' } }, null],
  [{ dashboard: { id: '21', title: 'D' }, dashboard_element: { id: '5' } }, '/dashboards/21'],
  [
    { dashboard: { id: 'ecommerce::sales_overview', title: 'D' }, dashboard_element: { id: '5' } },
    '/dashboards/ecommerce::sales_overview',
  ],
  [{ dashboard: { id: '21/../../admin', title: 'D' }, dashboard_element: { id: '5' } }, null],
  [{ dashboard: { id: 'javascript:alert(1)', title: 'D' }, dashboard_element: { id: '5' } }, null],
])('content %j links to %j', (content, path) => {
  expect(toContentValidation({ content_with_errors: [content] } as never).problems[0]!.path).toBe(
    path
  )
})
