import { ApiError } from './ApiError'
import {
  isFinished,
  toDataTest,
  toDataTestResult,
  toExploreDetail,
  toModelSummary,
  toQueryTask,
  toQueryTaskResults,
  toSqlText,
} from './queryMappers'

test('SQL arrives as a string from the jest host and as a Blob in the browser', async () => {
  expect(await toSqlText('SELECT 1')).toBe('SELECT 1')
  expect(await toSqlText(new Blob(['SELECT 1'], { type: 'application/sql' }))).toBe('SELECT 1')
  await expect(toSqlText({})).rejects.toBeInstanceOf(ApiError)
})

test.each([
  ['204: nothing', undefined],
  ['202 with an empty body', ''],
  ['202 with a status', { status: 'running' }],
  ['202 with text', 'Accepted'],
  ['202 with a status as text', '{"status":"added"}'],
])('query task results: %s means not ready yet', (_, body) => {
  expect(toQueryTaskResults(body)).toEqual({ done: false })
})

test('query task results: json_detail gives the rows and the fields Looker ran; json the rows', () => {
  const detail = {
    fields: { dimensions: [{ name: 'orders.status' }], measures: [{ name: 'orders.count' }] },
    data: [
      {
        'orders.status': { value: 'complete' },
        'orders.count': { value: 3, rendered: '3 orders' },
      },
    ],
    errors: [],
  }
  expect(toQueryTaskResults(detail)).toEqual({
    done: true,
    rows: [{ 'orders.status': 'complete', 'orders.count': 3 }],
    rendered: [{ 'orders.count': '3 orders' }],
    fields: ['orders.status', 'orders.count'],
    notes: [],
  })
  expect(toQueryTaskResults('[{"a":1}]')).toEqual({
    done: true,
    rows: [{ a: 1 }],
    rendered: [{}],
    fields: null,
    notes: [],
  })
})

test.each([
  ['json_detail errors[]', { data: [], errors: [{ message: 'DB says no', message_details: 'x' }] }],
  ['looker_error rows (json)', [{ looker_error: 'DB says no' }]],
  ['looker_error rows (json_detail)', { data: [{ looker_error: { value: 'DB says no' } }] }],
])('query task results: %s are Looker’s error, not data', (_, body) => {
  expect(() => toQueryTaskResults(body)).toThrow(/DB says no/)
})

test('data tests: a missing model or explore is an error, a missing file or count stays unknown', () => {
  expect(() => toDataTest({ name: 't', explore_name: 'orders' })).toThrow(
    new ApiError('Looker returned data test "t" without its model.', 'unexpected')
  )
  expect(toDataTest({ name: 't', model_name: 'm', explore_name: 'e' })).toEqual({
    name: 't',
    modelName: 'm',
    exploreName: 'e',
    file: null,
    line: null,
  })
  const result = toDataTestResult({ test_name: 't', success: false })
  expect(result).toMatchObject({ modelName: null, assertionsCount: null, assertionsFailed: null })
})

test('an explore without its project says so (null), not an empty name', () => {
  const explore = toExploreDetail({ name: 'orders', model_name: 'ecommerce', fields: {} })
  expect(explore.projectName).toBeNull()
})

test('models: hidden or nameless explores are left out; labels fall back to names', () => {
  expect(
    toModelSummary({
      name: 'shop',
      label: '',
      project_name: 'ecommerce',
      explores: [
        { name: 'orders', label: 'Orders', description: 'All orders' },
        { name: 'users' },
        { name: 'secret', hidden: true },
        { label: 'No name' },
      ],
    })
  ).toEqual({
    name: 'shop',
    label: 'shop',
    projectName: 'ecommerce',
    explores: [
      { name: 'orders', label: 'Orders', description: 'All orders' },
      { name: 'users', label: 'users', description: null },
    ],
  })
  expect(toModelSummary({ name: 'm', label: 'M', project_name: 'p' })).toMatchObject({
    label: 'M',
    explores: [],
  })
  expect(() => toModelSummary({ name: 'm' })).toThrow(
    'Looker returned model "m" without its project.'
  )
  expect(() => toModelSummary({})).toThrow('Looker returned a model without a name.')
})

test('explore fields: visible ones, grouped, with their view, label and link', () => {
  const explore = toExploreDetail({
    name: 'orders',
    label: 'Orders',
    model_name: 'shop',
    project_name: 'ecommerce',
    fields: {
      dimensions: [
        {
          name: 'orders.status',
          label: 'Status',
          is_numeric: false,
          description: 'Where it is',
          view: 'orders',
          view_label: 'Order',
          lookml_link: '/projects/ecommerce/files/orders.view.lkml?line=3',
        },
        { name: 'users.age', view: 'users', is_numeric: true },
        { name: 'orders.secret', hidden: true },
      ],
      measures: [{ name: 'orders.count' }, { name: 'orders.avg', is_numeric: false }],
    },
  })
  expect(explore).toEqual({
    model: 'shop',
    name: 'orders',
    label: 'Orders',
    projectName: 'ecommerce',
    dimensions: [
      {
        name: 'orders.status',
        label: 'Status',
        category: 'dimension',
        isNumeric: false,
        description: 'Where it is',
        view: 'orders',
        viewLabel: 'Order',
        lookmlLink: '/projects/ecommerce/files/orders.view.lkml?line=3',
      },
      {
        name: 'users.age',
        label: 'users.age',
        category: 'dimension',
        isNumeric: true,
        description: null,
        view: 'users',
        viewLabel: 'users',
        lookmlLink: null,
      },
    ],
    measures: [
      {
        name: 'orders.count',
        label: 'orders.count',
        category: 'measure',
        isNumeric: true,
        description: null,
        view: 'orders',
        viewLabel: 'orders',
        lookmlLink: null,
      },
      expect.objectContaining({ name: 'orders.avg', isNumeric: false }),
    ],
  })
  expect(
    toExploreDetail({ name: 'e', model_name: 'm', fields: { dimensions: [{ name: 'x' }] } })
      .dimensions[0]
  ).toMatchObject({ isNumeric: false, label: 'x' })
  expect(toExploreDetail({ name: 'e', model_name: 'm' })).toMatchObject({
    label: 'e',
    dimensions: [],
    measures: [],
  })
  expect(() => toExploreDetail({ name: 'e' })).toThrow(
    'Looker returned explore "e" without its model.'
  )
  expect(() => toExploreDetail({ model_name: 'm' })).toThrow(
    'Looker returned an explore without a name.'
  )
  expect(() =>
    toExploreDetail({ name: 'e', model_name: 'm', fields: { measures: [{ label: 'x' }] } })
  ).toThrow('Looker returned an explore field without a name.')
})

test('query tasks: finished statuses, and Looker’s status word kept as given', () => {
  expect(['complete', 'error', 'killed', 'expired', 'failure'].filter(isFinished)).toHaveLength(5)
  expect(['added', 'running', '', 'Complete'].some(isFinished)).toBe(false)
  expect(toQueryTask({ id: 't', status: 'running' })).toEqual({ id: 't', status: 'running' })
  expect(toQueryTask({ id: 't' })).toEqual({ id: 't', status: '' })
  expect(() => toQueryTask({ status: 'added' })).toThrow(
    'Looker returned a query task without an id.'
  )
})

test('query task results: errors that are only warnings, empty texts and rows without data', () => {
  const rows = { data: [{ a: { value: 1 } }], errors: [{ level: 'warn', message: 'slow' }] }
  expect(toQueryTaskResults(rows)).toMatchObject({ done: true, rows: [{ a: 1 }], fields: null })
  expect(() => toQueryTaskResults({ data: [], errors: [{ message: 'no level' }] })).toThrow(
    new ApiError('no level', 'looker')
  )
  expect(() => toQueryTaskResults({ data: [], errors: [{ level: 'error' }] })).toThrow(
    'Looker reported an error running the query.'
  )
  expect(() =>
    toQueryTaskResults({ data: [], errors: [{ message: null, message_details: 'only details' }] })
  ).toThrow(new ApiError('only details', 'looker'))
  expect(() => toQueryTaskResults({ data: null })).toThrow(
    new ApiError('Looker answered the query task without rows.', 'unexpected')
  )
  expect(toQueryTaskResults(null)).toEqual({ done: false })
  expect(toQueryTaskResults([])).toEqual({
    done: true,
    rows: [],
    rendered: [],
    fields: null,
    notes: [],
  })
})

test('json_detail: raw values beside Looker’s text; plain cells and nulls as they are', () => {
  const result = toQueryTaskResults({
    fields: {
      dimensions: [{ name: 'a' }, {}],
      measures: null,
      table_calculations: [{ name: 'calc' }],
    },
    data: [
      {
        a: { value: null, rendered: 'none' },
        b: 7,
        c: null,
        d: { rendered: 5 },
        calc: { value: 2 },
      },
    ],
  })
  expect(result).toEqual({
    done: true,
    rows: [{ a: null, b: 7, c: null, d: { rendered: 5 }, calc: 2 }],
    rendered: [{ a: 'none' }],
    fields: ['a', 'calc'],
    notes: [],
  })
  expect(toQueryTaskResults({ data: [], fields: 'x' })).toMatchObject({ fields: null })
})

test('data test results: Looker’s verdict and every problem, with stand-ins for gaps', () => {
  expect(
    toDataTestResult({
      test_name: 't',
      model_name: 'm',
      success: true,
      assertions_count: 2,
      assertions_failed: 0,
      errors: [
        { message: 'bad', field_name: 'f', file_path: 'x.lkml', line_number: 4 },
        { sanitized_message: 'cleaned' },
        {},
      ],
      warnings: [{ message: 'careful' }],
    })
  ).toEqual({
    testName: 't',
    modelName: 'm',
    success: true,
    assertionsCount: 2,
    assertionsFailed: 0,
    errors: [
      { message: 'bad', fieldName: 'f', file: 'x.lkml', line: 4 },
      { message: 'cleaned', fieldName: null, file: null, line: null },
      { message: 'No message', fieldName: null, file: null, line: null },
    ],
    warnings: [{ message: 'careful', fieldName: null, file: null, line: null }],
  })
  expect(toDataTestResult({ test_name: 't', success: 'yes' as never }).success).toBe(false)
  expect(() => toDataTestResult({ success: true })).toThrow(
    'Looker returned a data test result without its test name.'
  )
  expect(
    toDataTest({ name: 't', model_name: 'm', explore_name: 'e', file: 'f', line: 3 })
  ).toMatchObject({
    file: 'f',
    line: 3,
  })
  expect(() => toDataTest({ name: 't', model_name: 'm' })).toThrow('without its explore')
  expect(() => toDataTest({})).toThrow('Looker returned a data test without a name.')
})

test('what each failure is: Looker’s error for its messages, unexpected for unusable answers', () => {
  const failure = (run: () => unknown) => {
    try {
      run()
    } catch (e) {
      return { kind: (e as ApiError).kind, message: (e as ApiError).message }
    }
    return null
  }
  expect(
    failure(() =>
      toQueryTaskResults({
        data: [],
        errors: [{ message: 'DB says no', message_details: 'at line 3' }],
      })
    )
  ).toEqual({ kind: 'looker', message: 'DB says no at line 3' })
  expect(failure(() => toQueryTaskResults({ data: [], errors: [{}] }))).toEqual({
    kind: 'looker',
    message: 'Looker reported an error running the query.',
  })
  expect(failure(() => toQueryTaskResults({ data: 'rows' }))).toEqual({
    kind: 'unexpected',
    message: 'Looker answered the query task without rows.',
  })
  expect(failure(() => toQueryTaskResults([{ looker_error: 'No such table' }]))).toEqual({
    kind: 'looker',
    message: 'No such table',
  })
  for (const empty of [null, '', { value: null }])
    expect(failure(() => toQueryTaskResults([{ looker_error: empty }]))).toEqual({
      kind: 'looker',
      message: 'Looker reported an error running the query.',
    })
})

test('an answer to the SQL request that is not text is an unexpected answer', async () => {
  await expect(toSqlText(42)).rejects.toMatchObject({
    kind: 'unexpected',
    message: 'Looker answered the SQL request with something other than text.',
  })
})

test('rows that are not objects are rows, not errors; a 202 body that is a number is "not yet"', () => {
  expect(toQueryTaskResults([null, 3] as never)).toEqual({
    done: true,
    rows: [null, 3],
    rendered: [{}, {}],
    fields: null,
    notes: [],
  })
  expect(toQueryTaskResults(42)).toEqual({ done: false })
  expect(toQueryTaskResults(true)).toEqual({ done: false })
})

test('a data test result without problems has none', () => {
  expect(toDataTestResult({ test_name: 't', success: true })).toMatchObject({
    errors: [],
    warnings: [],
  })
})

/** The Development Mode note as Looker 21.0 recorded it: the only entry of `errors[]`. */
const DEV_MODE_NOTE = {
  message:
    'Note: This query contains derived tables with conditional SQL for Development Mode. Query results in Production Mode might be different.',
  message_details: null,
  params: null,
  edit_url: null,
  error_pos: null,
  fatal: false,
  level: 'error',
  login_required_oauth_application_id: null,
}

test('query task results: an entry with fatal: false is a note beside the rows, not a failure', () => {
  const detail = {
    fields: { dimensions: [{ name: 'recent_orders.status' }], measures: [] },
    data: [{ 'recent_orders.status': { value: 'complete' } }],
    errors: [DEV_MODE_NOTE],
  }
  expect(toQueryTaskResults(detail)).toEqual({
    done: true,
    rows: [{ 'recent_orders.status': 'complete' }],
    rendered: [{}],
    fields: ['recent_orders.status'],
    notes: [DEV_MODE_NOTE.message],
  })
  // As recorded: no rows at all beside the note is still an answer, not an error.
  expect(toQueryTaskResults({ data: [], errors: [DEV_MODE_NOTE] })).toMatchObject({
    done: true,
    rows: [],
    notes: [DEV_MODE_NOTE.message],
  })
  // A real error beside a note still fails, with the error's words.
  const both = { data: [], errors: [DEV_MODE_NOTE, { message: 'DB says no', level: 'error' }] }
  expect(() => toQueryTaskResults(both)).toThrow(new ApiError('DB says no', 'looker'))
})
