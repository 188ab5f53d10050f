/**
 * The one error type the app shows. Every failure of a Looker call (an HTTP error from the API,
 * a refusal by the extension host, a dropped connection, an answer the app cannot read) becomes
 * an ApiError carrying Looker's own words and, where Looker gives one, its documentation link.
 */

export interface FieldError {
  field: string | null
  code: string | null
  message: string
}

export type ApiErrorKind =
  /** Looker answered with an error body. */
  | 'looker'
  /** The extension host refused the call (e.g. a method missing from manifest.lkml). */
  | 'host'
  /** No answer: the connection dropped or the host timed out. */
  | 'network'
  /** Looker answered, but with something the app cannot use. */
  | 'unexpected'

export class ApiError extends Error {
  override readonly name = 'ApiError'

  constructor(
    message: string,
    readonly kind: ApiErrorKind,
    readonly documentationUrl: string | null = null,
    /** The HTTP status, read from the documentation link (the SDK does not pass it on). */
    readonly status: number | null = null,
    readonly fieldErrors: FieldError[] = []
  ) {
    super(message)
  }
}

// https://cloud.google.com/looker/docs/r/err/4.0/422/post/projects/:project_id/git_branch
// (older instances: https://docs.looker.com/r/err/...), as sdk-rtl's ErrorDoc parses it.
const DOC_STATUS = /\/r\/err\/[^/]+\/(\d{3})\//

/** The HTTP status that Looker's documentation link encodes, or null. */
export function statusFromDocumentationUrl(url: string | null | undefined): number | null {
  const match = url ? DOC_STATUS.exec(url) : null
  return match ? Number(match[1]) : null
}

interface SdkErrorLike {
  message: string
  documentation_url?: string | null
  errors?: Array<{ field?: string | null; code?: string | null; message?: string | null }>
}

function isSdkErrorLike(e: unknown): e is SdkErrorLike {
  return (
    typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string'
  )
}

// The host rejects through chatty, which wraps the message as "Error: <message>" (docs/extension-protocol.md section 4).
const HOST_PREFIX = /^(Error:\s*)+/
const NOT_ENTITLED = /not entitled to use api method/i
const NETWORK = /timeout|failed to fetch|network|socket hang up|ECONNRE|connection/i

/** Turns anything a Looker call can throw into an ApiError. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e
  if (!isSdkErrorLike(e)) return new ApiError(`Unexpected failure: ${String(e)}`, 'unexpected')
  const documentationUrl = e.documentation_url || null
  const fieldErrors = (e.errors ?? []).map((d) => ({
    field: d.field ?? null,
    code: d.code ?? null,
    message: d.message ?? '',
  }))
  if (documentationUrl || fieldErrors.length > 0) {
    return new ApiError(
      e.message,
      'looker',
      documentationUrl,
      statusFromDocumentationUrl(documentationUrl),
      fieldErrors
    )
  }
  const message = e.message.replace(HOST_PREFIX, '')
  if (/^\s*</.test(message) || /Request failed: </.test(message)) {
    // Looker answers some 404s with an HTML page instead of JSON (docs/looker-api-behaviour.md "Errors").
    return new ApiError(
      'Looker could not find what was asked for (it answered with a page, not data).',
      'looker',
      null,
      404
    )
  }
  if (NOT_ENTITLED.test(message)) return new ApiError(message, 'host')
  if (NETWORK.test(message)) return new ApiError(message, 'network')
  // A LookerSDKError without a link: Looker's message, as given.
  return new ApiError(message, e.message === message ? 'looker' : 'host')
}

/**
 * The host gave up waiting for Looker's answer: chatty rejects with `Error('Timeout')` after its
 * message timeout (docs/extension-protocol.md section 4). Looker may still apply the request.
 */
export function isTimedOut(error: ApiError): boolean {
  return error.kind === 'network' && /^timeout$/i.test(error.message.trim())
}

/**
 * Looker's answer says nothing about whether a write was applied: the host gave up waiting, the
 * connection dropped, or a 5xx came back (a proxy's 502/504, Looker failing midway). Looker may
 * have carried the write out: what it reports is read again instead of showing a refusal.
 */
export function outcomeUnknown(error: ApiError): boolean {
  return isTimedOut(error) || error.kind === 'network' || (error.status ?? 0) >= 500
}
