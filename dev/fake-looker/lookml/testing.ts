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
    // OpenAPI 3.0 quirks Ajv rejects: `type: "any"`, and `nullable` beside a `$ref` or no type.
    const components = JSON.parse(JSON.stringify(oas.components), (_key, value: unknown) => {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return value
      if ((value as { format?: unknown }).format === 'any') {
        const { format: _any, ...plain } = value as Record<string, unknown>
        value = plain
      }
      const { type, nullable, $ref, ...rest } = value as Record<string, unknown>
      if (type === 'any' || (nullable !== undefined && type === undefined)) {
        if (typeof $ref === 'string')
          return nullable ? { anyOf: [{ $ref }, { type: 'null' }] } : { $ref }
        return rest
      }
      // The spec puts some arrays' `enum` on the array; it means the items.
      if (type === 'array' && Array.isArray(rest.enum)) {
        const { enum: values, items, ...others } = value as Record<string, unknown>
        return { ...others, items: { ...(items as object), enum: values } }
      }
      // Ajv's `nullable` does not extend `enum`, OpenAPI's does.
      if (nullable === true && Array.isArray(rest.enum))
        return { ...(value as object), enum: [...rest.enum, null] }
      return value
    }) as object
    ajv.addSchema({ $id: 'oas', components })
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
