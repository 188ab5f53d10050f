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

/**
 * A Looker IDE address: the project, or one of its files at a line
 * (`/projects/<id>/files/<path>?line=N`, the form of Looker's own `lookml_link`).
 */
export function ideHref(projectId: string, file?: string | null, line?: number | null): string {
  const project = `/projects/${encodeURIComponent(projectId)}`
  if (!file) return project
  // Looker reports data-test files as "<project>/<path>"; the IDE address wants the path.
  const path = file.startsWith(`${projectId}/`) ? file.slice(projectId.length + 1) : file
  const encoded = path.split('/').map(encodeURIComponent).join('/')
  return `${project}/files/${encoded}${line ? `?line=${line}` : ''}`
}

/** A link to a Looker page (the IDE, an Explore) that the host opens in Looker's own page. */
export function LookerLink({ href, children }: { href: string; children: ReactNode }) {
  const navigate = useContext(NavigatorContext)
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
