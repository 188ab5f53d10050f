/**
 * Test helpers for this folder's specs: a `LookmlSource` whose projects are set per test, and a
 * validator for the OAS subset's schemas.
 */
import Ajv, { type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import oas from '../../looker-api/looker-4.0-subset.oas.json'
import type { WorkspaceId } from '../types'
import type { LiveVariant, LookmlSource } from './types'

/** A source with fixed variants per workspace; `set` changes them mid-test (a checkout, a commit). */
export function fakeSource(variants: Record<WorkspaceId, LiveVariant[]>): LookmlSource & {
  set(workspace: WorkspaceId, list: LiveVariant[]): void
  calls: Array<{ userId: string; workspace: WorkspaceId }>
} {
  const current = { ...variants }
  const calls: Array<{ userId: string; workspace: WorkspaceId }> = []
  return {
    calls,
    liveVariants(userId, workspace) {
      calls.push({ userId, workspace })
      return current[workspace]
    },
    set(workspace, list) {
      current[workspace] = list
    },
  }
}

/** The demo's production LookML, and development with ecommerce on its `net-revenue` branch. */
export function demoSource() {
  const common: LiveVariant[] = [
    { projectId: 'finance', variantKey: 'finance@prod' },
    { projectId: 'sandbox', variantKey: 'sandbox@prod' },
  ]
  return fakeSource({
    production: [{ projectId: 'ecommerce', variantKey: 'ecommerce@prod' }, ...common],
    dev: [{ projectId: 'ecommerce', variantKey: 'ecommerce@net-revenue' }, ...common],
  })
}

let ajv: Ajv | null = null

/** A validator for `#/components/schemas/<name>`, or for any schema that `$ref`s `oas#/...`. */
export function oasValidator(schema: string | object): ValidateFunction {
  if (!ajv) {
    ajv = new Ajv({ strict: false, allErrors: true })
    addFormats(ajv)
    ajv.addSchema({ $id: 'oas', components: (oas as { components: object }).components })
  }
  return ajv.compile(
    typeof schema === 'string' ? { $ref: `oas#/components/schemas/${schema}` } : schema
  )
}

/** Asserts `value` matches the OAS schema, showing ajv's errors when it does not. */
export function expectSchema(schema: string | object, value: unknown): void {
  const validate = oasValidator(schema)
  const ok = validate(value)
  expect(ok ? [] : validate.errors).toEqual([])
}
