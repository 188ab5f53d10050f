/**
 * Validates fake Looker JSON bodies against the official OpenAPI subset with ajv. The spec is
 * OpenAPI 3.0 (not JSON Schema): `nullable` becomes a `null` type, `type: "any"` (an upstream
 * quirk, see looker-api/README.md) and `x-looker-*` keywords are dropped, and an `enum` written on
 * an array (another upstream quirk: `user_attribute_filter_types`) moves to its items. The models
 * the fake's git core builds are closed and complete: every field present, no invented ones. Other
 * models stay open, as real Looker sends fields its spec omits (e.g. `can` on nav explores).
 */
import Ajv, { type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import spec from '../looker-api/looker-4.0-subset.oas.json'

type Schema = Record<string, unknown>

/** Models the fake must fill completely and exactly (every property, null where nullable). */
export const COMPLETE_MODELS = [
  'AccessToken',
  'ApiSession',
  'Error',
  'GitBranch',
  'GitConnectionTest',
  'GitConnectionTestResult',
  'GitDiagnosticIssue',
  'GitDiagnosticReport',
  'ModelSet',
  'PermissionSet',
  'Project',
  'ProjectWorkspace',
  'Role',
  'Workspace',
]

function convert(node: unknown, complete = false): unknown {
  if (Array.isArray(node)) return node.map((n) => convert(n))
  if (!node || typeof node !== 'object') return node
  const src = node as Schema
  if (typeof src.$ref === 'string') {
    const ref = { $ref: src.$ref.replace('#/components/schemas/', '#/definitions/') }
    return src.nullable ? { anyOf: [ref, { type: 'null' }] } : ref
  }
  const out: Schema = {}
  for (const [key, value] of Object.entries(src)) {
    if (key.startsWith('x-') || key === 'nullable' || key === 'description') continue
    if (key === 'type' && value === 'any') continue
    if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(value as Schema).map(([k, v]) => [k, convert(v)])
      )
    } else if (key === 'items' || key === 'additionalProperties') {
      out[key] = typeof value === 'object' ? convert(value) : value
    } else out[key] = value
  }
  if (src.nullable && typeof out.type === 'string') out.type = [out.type, 'null']
  if (out.type === 'array' && Array.isArray(out.enum)) {
    out.items = { ...(out.items as Schema), enum: out.enum }
    delete out.enum
  }
  if (src.nullable && Array.isArray(out.enum)) out.enum = [...out.enum, null]
  if (complete && out.properties) {
    out.required = Object.keys(out.properties as Schema)
    out.additionalProperties = false
  }
  return out
}

interface OasResponse {
  content?: Record<string, { schema?: unknown }>
}
type OasPaths = Record<string, Record<string, { responses: Record<string, OasResponse> }>>

export interface ResponseValidator {
  /**
   * Errors (empty when valid) for a JSON `body` answered with `status` by `method template`.
   * Statuses the spec does not document for the operation (401, 403, ...) must be an `Error`.
   * Null when the spec has no JSON schema to check (204s, query results typed as strings).
   */
  validate(method: string, template: string, status: number, body: unknown): string[] | null
}

/** Builds the validator once (compiling the 56 schemas takes a moment). */
export function createResponseValidator(): ResponseValidator {
  const ajv = new Ajv({ allErrors: true, strict: false })
  addFormats(ajv)
  for (const f of ['int64', 'float', 'any']) ajv.addFormat(f, true)
  const schemas = (spec as unknown as { components: { schemas: Record<string, unknown> } })
    .components.schemas
  const definitions = Object.fromEntries(
    Object.entries(schemas).map(([name, s]) => [name, convert(s, COMPLETE_MODELS.includes(name))])
  )
  ajv.addSchema({ $id: 'looker', definitions })
  const cache = new Map<string, ValidateFunction>()
  const compile = (schema: unknown) => {
    const key = JSON.stringify(schema)
    let fn = cache.get(key)
    if (!fn) {
      const converted = JSON.parse(
        JSON.stringify(convert(schema)).replace(/"#\/definitions\//g, '"looker#/definitions/')
      )
      fn = ajv.compile(converted as Schema)
      cache.set(key, fn)
    }
    return fn
  }
  const paths = (spec as unknown as { paths: OasPaths }).paths
  return {
    validate(method, template, status, body) {
      const op = paths[template]?.[method.toLowerCase()]
      if (!op) throw new Error(`The subset spec has no ${method} ${template}`)
      const response = op.responses[String(status)]
      const schema = response
        ? response.content?.['application/json']?.schema
        : { $ref: '#/components/schemas/Error' }
      if (!schema) return null
      if ((schema as Schema).type === 'string') return null
      const fn = compile(schema)
      if (fn(body)) return []
      return (fn.errors ?? []).map(
        (e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`
      )
    },
  }
}
