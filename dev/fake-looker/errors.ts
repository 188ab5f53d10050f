/**
 * Looker's error bodies. Every error the fake answers carries `message` and a `documentation_url`
 * in the pattern real Looker uses (docs/looker-api-behaviour.md "Errors"), so clients can read the status back.
 */

/** One entry of a `ValidationError`'s `errors`, as Looker sends it. */
interface ValidationErrorDetail {
  field: string | null
  code: string | null
  message: string | null
  documentation_url: string
}

/** Thrown by handlers; the dispatcher turns it into Looker's error response for the matched route. */
export class FakeApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Array<{ field?: string; code?: string; message: string }>,
    readonly headers?: Record<string, string>
  ) {
    super(message)
  }
}

/** `https://cloud.google.com/looker/docs/r/err/4.0/<status>/<method>/<path with :params>` */
export function documentationUrl(status: number, method: string, pathTemplate: string): string {
  const path = pathTemplate.replace(/\{([^}]+)\}/g, ':$1')
  return `https://cloud.google.com/looker/docs/r/err/4.0/${status}/${method.toLowerCase()}${path}`
}

/** The JSON body Looker sends for an error (`Error`, or `ValidationError` when there are field errors). */
export function errorBody(
  status: number,
  method: string,
  pathTemplate: string,
  message: string,
  errors?: Array<{ field?: string; code?: string; message: string }>
): Record<string, unknown> {
  const documentation_url = documentationUrl(status, method, pathTemplate)
  if (!errors) return { message, documentation_url }
  return {
    message,
    errors: errors.map((e): ValidationErrorDetail => ({
      field: e.field ?? null,
      code: e.code ?? null,
      message: e.message,
      documentation_url,
    })),
    documentation_url,
  }
}
