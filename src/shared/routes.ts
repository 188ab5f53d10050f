/**
 * Paths inside the extension. react-router 5's history decodes every pathname once with decodeURI
 * (remix-run/history issue #505), and the host stores and replays that decoded form on reload, so
 * a "%25" in a link becomes a bare "%" that no longer decodes. Ids are therefore written with
 * "~XX" instead of "%25" ("~" itself as "~7E"): decodeURI leaves them alone, links round-trip.
 */

/** The path segment for an id: percent-encoded, with "%25" and "~" written as "~25" and "~7E". */
export function pathSegment(id: string): string {
  return encodeURIComponent(id).replace(/~/g, '~7E').replace(/%25/g, '~25')
}

/** The id back from a segment, whether or not the router decoded it already. */
export function idFromSegment(segment: string): string {
  let decoded = segment
  try {
    decoded = decodeURIComponent(segment)
  } catch {
    // A bare "%" left by the router: the segment is already decoded.
  }
  return decoded.replace(/~(25|7E)/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

export const projectPath = (projectId: string) => `/projects/${pathSegment(projectId)}`
export const projectIdFrom = idFromSegment

/** The path of a route ("/a/b?x=1" -> "/a/b") decodes, as react-router's history requires. */
export function isWellFormedRoute(route: string): boolean {
  try {
    decodeURI(route.split(/[?#]/)[0] ?? '')
    return true
  } catch {
    return false
  }
}

/**
 * The route to report to the host for a location the router has already decoded once: every "%"
 * left in the pathname written as "%25", so that the router's decodeURI on a reload gives back
 * exactly this pathname (a link written with "%25" would otherwise reload as a bare "%").
 */
export function reportedRoute(pathname: string, search: string): string {
  return pathname.replace(/%/g, '%25') + search
}

/** Where a malformed link lands; the link itself travels in the location state. */
export const MALFORMED_LINK_PATH = '/malformed-link'
