import React, { createContext, ReactNode, useContext } from 'react'
import { Link } from '@looker/components'

/** How a Looker page opens: inside Looker the host navigates its own page (`navigation: yes`). */
const NavigatorContext = createContext<(path: string) => void>(() => undefined)

export function LookerNavigator({
  navigate,
  children,
}: {
  navigate: (path: string) => void
  children: ReactNode
}) {
  return <NavigatorContext.Provider value={navigate}>{children}</NavigatorContext.Provider>
}

// A segment of a file path inside a project: not empty, not "." or "..", no backslash, colon or
// control character (a LookML file name has none; they would climb out of the project or read
// as another address).
// eslint-disable-next-line no-control-regex
const SEGMENT = /^(?!\.{1,2}$)[^\\:\u0000-\u001f\u007f]+$/

/**
 * A Looker IDE address: the project, or one of its files at a line
 * (`/projects/<id>/files/<path>?line=N`, the form of Looker's own `lookml_link`). The file comes
 * from Looker's answers: each segment is encoded, and a path that is not project-relative (`..`,
 * an empty segment, a backslash, a scheme) gives null: no link rather than a page outside it.
 */
export function ideHref(projectId: string): string
export function ideHref(projectId: string, file: string | null, line?: number | null): string | null
export function ideHref(projectId: string, file?: string | null, line?: number | null) {
  const project = `/projects/${encodeURIComponent(projectId)}`
  if (!file) return project
  // Looker reports files as "<project>/<path>"; the IDE address wants the path.
  const path = file.startsWith(`${projectId}/`) ? file.slice(projectId.length + 1) : file
  const segments = path.split('/')
  if (!segments.every((s) => SEGMENT.test(s))) return null
  const at = line && Number.isInteger(line) && line > 0 ? `?line=${line}` : ''
  return `${project}/files/${segments.map(encodeURIComponent).join('/')}${at}`
}

/**
 * A link to a Looker page (the IDE, an Explore) that the host opens in Looker's own page; with no
 * address (`ideHref` refused Looker's value) only its text.
 */
export function LookerLink({ href, children }: { href: string | null; children: ReactNode }) {
  const navigate = useContext(NavigatorContext)
  if (href === null) return <>{children}</>
  return (
    // Underlined: a link inside coloured text must be told apart without colour (WCAG 1.4.1).
    <Link
      href={href}
      style={{ textDecoration: 'underline' }}
      onClick={(event) => {
        event.preventDefault()
        navigate(href)
      }}
    >
      {children}
    </Link>
  )
}
