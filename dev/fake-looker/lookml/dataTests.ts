/**
 * LookML data tests (`all_lookml_tests`, `run_lookml_test`, docs/looker-api-behaviour.md "Data tests"). A test runs its
 * query on the demo database and each assertion must hold on every row; a failing test is still a
 * 200 result with `success: false`. Tests run on the LookML of the workspace they are asked in.
 */
import { FakeApiError } from '../errors'
import { compileQuery } from './compile'
import { runSql } from './db'
import { exploreContext, resolveField } from './resolve'
import type { LookmlDataTest, LookmlProject } from './types'

/** `project/path`, the form Looker reports test files in. */
export const testFile = (project: LookmlProject, test: LookmlDataTest) =>
  `${project.projectId}/${test.file}`

function urlParams(test: LookmlDataTest): string {
  const params = [`fields=${test.fields.join(',')}`]
  for (const [k, v] of Object.entries(test.filters ?? {}))
    params.push(`f[${k}]=${encodeURIComponent(v)}`)
  if (test.sorts?.length) params.push(`sorts=${test.sorts.join(',')}`)
  params.push(`limit=${test.limit ?? 500}`)
  return params.join('&')
}

/** `all_lookml_tests`, optionally only those in `fileId` (with or without the project prefix). */
export function listTests(project: LookmlProject, fileId?: string): Array<Record<string, unknown>> {
  return project.tests
    .filter((t) => !fileId || fileId === t.file || fileId === testFile(project, t))
    .map((t) => ({
      can: {},
      model_name: t.model,
      name: t.name,
      explore_name: t.explore,
      query_url_params: urlParams(t),
      file: testFile(project, t),
      line: t.line,
    }))
}

function problem(
  project: LookmlProject,
  test: LookmlDataTest,
  message: string,
  extra: Record<string, unknown> = {}
) {
  const fieldName = test.fields[0] ?? null
  return {
    code: null,
    severity: 'error',
    kind: null,
    message,
    field_name: fieldName,
    file_path: testFile(project, test),
    line_number: test.line,
    model_id: test.model,
    explore: test.explore,
    help_url: null,
    params: {
      level: 'error',
      model_id: test.model,
      explore: test.explore,
      field_name: fieldName,
      ...extra,
    },
    sanitized_message: message,
  }
}

/** Runs one test; LookML that cannot serve the test's query is an error result, not a throw. */
export async function runTest(
  project: LookmlProject,
  test: LookmlDataTest
): Promise<Record<string, unknown>> {
  const result = (errors: unknown[], failed: number) => ({
    can: {},
    model_name: test.model,
    test_name: test.name,
    assertions_count: test.assertions.length,
    assertions_failed: failed,
    errors,
    warnings: [],
    success: errors.length === 0,
  })
  const model = project.models.find((m) => m.name === test.model)
  const explore = model?.explores.find((e) => e.name === test.explore)
  if (!model || !explore)
    return result(
      [problem(project, test, `Explore "${test.model}::${test.explore}" not found`)],
      test.assertions.length
    )
  const ctx = exploreContext(project, model, explore)
  let sql: string
  try {
    sql = compileQuery(ctx, {
      model: test.model,
      view: test.explore,
      fields: test.fields,
      filters: test.filters,
      sorts: test.sorts,
      limit: test.limit,
    }).sql
  } catch (e) {
    return result(
      [problem(project, test, e instanceof Error ? e.message : String(e))],
      test.assertions.length
    )
  }
  const errors: unknown[] = []
  for (const assertion of test.assertions) {
    const expression = assertion.expression.replace(/\$\{([^}]+)\}/g, (_, ref: string) => {
      const field = resolveField(ctx, ref)
      return field ? `t.${field.alias}` : 'NULL'
    })
    try {
      const { rows } = await runSql(
        `SELECT COUNT(*) FROM (\n${sql}\n) AS t WHERE NOT COALESCE((${expression}), 0)`
      )
      if (Number(rows[0]?.[0] ?? 0) === 0) continue
      const message = `Assertion "${assertion.name}" failed: expression evaluated to "No".`
      errors.push(problem(project, test, message, { assertion_name: assertion.name }))
    } catch (e) {
      errors.push(
        problem(project, test, `${assertion.name}: ${e instanceof Error ? e.message : String(e)}`)
      )
    }
  }
  return result(errors, errors.length)
}

/** `run_lookml_test` with its `file_id`, `test` and `model` filters; 404 for an unknown test name. */
export async function runTests(
  project: LookmlProject,
  params: { file_id?: string; test?: string; model?: string }
): Promise<Array<Record<string, unknown>>> {
  const selected = project.tests.filter(
    (t) =>
      (!params.test || t.name === params.test) &&
      (!params.model || t.model === params.model) &&
      (!params.file_id || params.file_id === t.file || params.file_id === testFile(project, t))
  )
  if (params.test && selected.length === 0) {
    throw new FakeApiError(
      404,
      `LookML test "${params.test}" not found in project "${project.projectId}"`
    )
  }
  const results = []
  for (const test of selected) results.push(await runTest(project, test))
  return results
}
