/**
 * `validate_project` / `project_validation_results` (docs/looker-api-behaviour.md; the validation result shape is the one Spectacles recorded). Validation checks LookML
 * references (every field's SQL, every join, every test's fields), like Looker's LookML validator;
 * it does not run SQL, so a column missing from the database is not found here.
 */
import { createHash } from 'crypto'
import { exploreContext, LookmlRefError, resolveField } from './resolve'
import type { LookmlProject } from './types'

type ProjectError = Record<string, unknown>

function projectError(
  severity: 'error' | 'warning',
  message: string,
  at: Partial<Record<string, unknown>>
): ProjectError {
  return {
    code: null,
    severity,
    kind: severity,
    message,
    field_name: null,
    file_path: null,
    line_number: null,
    model_id: null,
    explore: null,
    help_url: null,
    params: { level: severity },
    sanitized_message: message,
    ...at,
  }
}

/** A digest of what was validated: changes when the LookML or the working copy's state does. */
export function projectDigest(project: LookmlProject, dirty: boolean): string {
  return createHash('sha1')
    .update(`${project.projectId}:${project.variantKey}:${dirty}`)
    .digest('hex')
}

/** Validates one project's LookML; `dirty` adds a warning about the uncommitted working copy. */
export function validate(project: LookmlProject, dirty: boolean): Record<string, unknown> {
  const errors: ProjectError[] = []
  const seen = new Set<string>()
  for (const model of project.models) {
    for (const explore of model.explores) {
      const ctx = exploreContext(project, model, explore)
      for (const viewName of [ctx.baseView, ...explore.joins.map((j) => j.view)]) {
        const view = project.views.find((v) => v.name === viewName)
        if (!view) {
          errors.push(
            projectError('error', `Could not find a view named "${viewName}"`, {
              file_path: `${project.projectId}/${model.file}`,
              model_id: model.name,
              explore: explore.name,
            })
          )
          continue
        }
        for (const field of [...view.dimensions, ...view.measures]) {
          const name = `${view.name}.${field.name}`
          if (seen.has(name)) continue
          try {
            resolveField(ctx, name)
          } catch (e) {
            if (!(e instanceof LookmlRefError)) throw e
            seen.add(name)
            errors.push(
              projectError('error', e.message, {
                field_name: name,
                file_path: `${project.projectId}/${view.sourceFile}`,
                line_number: 'line' in field ? (field.line ?? null) : null,
                model_id: model.name,
                explore: explore.name,
              })
            )
          }
        }
      }
    }
  }
  for (const test of project.tests) {
    const model = project.models.find((m) => m.name === test.model)
    const explore = model?.explores.find((e) => e.name === test.explore)
    const at = {
      file_path: `${project.projectId}/${test.file}`,
      line_number: test.line,
      model_id: test.model,
      explore: test.explore,
    }
    if (!model || !explore) {
      errors.push(projectError('error', `Could not find an explore named "${test.explore}"`, at))
      continue
    }
    const ctx = exploreContext(project, model, explore)
    for (const name of test.fields) {
      let exists = true
      try {
        exists = resolveField(ctx, name) !== null
      } catch {
        // The field exists but its SQL is broken: already reported with its view.
      }
      if (!exists)
        errors.push(
          projectError('error', `Could not find a field named "${name}"`, {
            ...at,
            field_name: name,
          })
        )
    }
  }
  for (const w of project.warnings ?? []) {
    errors.push(
      projectError('warning', w.message, {
        file_path: `${project.projectId}/${w.file}`,
        line_number: w.line,
      })
    )
  }
  if (dirty) {
    errors.push(
      projectError(
        'warning',
        'This validation ran on uncommitted changes; commit them before deploying.',
        {}
      )
    )
  }
  return {
    errors,
    project_digest: projectDigest(project, dirty),
    models_not_validated: [],
    computation_time: 0.01,
  }
}
