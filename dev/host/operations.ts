/**
 * Turns a proxied API request (method + path, no name) into the SDK method name that Looker checks
 * against `core_api_methods`, and reads those names from `manifest.lkml`. Shared by the jest fake
 * host, the host emulator and the fake Looker's router, so all three agree with real Looker.
 */
import operations from '../looker-api/operations.json'

export interface Operation {
  method: string
  template: string
  operationId: string
  /** Number of literal (non-parameter) segments: literal segments win over parameters. */
  literals: number
  segments: string[]
}

const table: Operation[] = (operations.operations as Array<[string, string, string]>).map(
  ([method, template, operationId]) => {
    const segments = template.split('/').filter(Boolean)
    return {
      method: method.toUpperCase(),
      template,
      operationId,
      segments,
      literals: segments.filter((s) => !s.startsWith('{')).length,
    }
  }
)

/** The table by method and segment count: a call is only compared with routes of its shape. */
const byShape = new Map<string, Operation[]>()
for (const op of table) {
  const key = `${op.method} ${op.segments.length}`
  byShape.set(key, [...(byShape.get(key) ?? []), op])
}

export interface MatchedOperation {
  operation: Operation
  /** Decoded path parameters by name. */
  params: Record<string, string>
}

/** Finds the operation for `GET /projects/a%20b/git_branch`; null when Looker has no such route. */
export function matchOperation(method: string, path: string): MatchedOperation | null {
  const parts = path.split('?')[0]!.split('/').filter(Boolean)
  let best: MatchedOperation | null = null
  for (const op of byShape.get(`${method.toUpperCase()} ${parts.length}`) ?? []) {
    const params: Record<string, string> = {}
    const ok = op.segments.every((seg, i) => {
      const part = parts[i]!
      if (seg.startsWith('{')) {
        params[seg.slice(1, -1)] = decodeURIComponent(part)
        return true
      }
      return seg === part
    })
    if (ok && (!best || op.literals > best.operation.literals)) best = { operation: op, params }
  }
  return best
}

/** The `core_api_methods` list of `manifest.lkml` text. */
export function entitledMethods(manifest: string): string[] {
  const match = /core_api_methods\s*:\s*\[([^\]]*)\]/.exec(manifest)
  if (!match) return []
  return [...match[1]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!)
}

/** Looker's exact refusal text for a method missing from the manifest. */
export function notEntitledMessage(operationId: string): string {
  return `Extension not entitled to use api method ${operationId}`
}
