import React, { createContext, ReactNode, useContext } from 'react'
import { Link } from '@looker/components'

/** How a link outside the extension opens: inside Looker the host opens it (the frame cannot). */
const OpenerContext = createContext<(url: string) => void>((url) => {
  window.open(url, '_blank', 'noopener')
})

export function ExternalLinkOpener({
  open,
  children,
}: {
  open: (url: string) => void
  children: ReactNode
}) {
  return <OpenerContext.Provider value={open}>{children}</OpenerContext.Provider>
}

/** A real link (its address stays visible and copyable) that opens through the host on click. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const open = useContext(OpenerContext)
  return (
    <Link
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      onClick={(event) => {
        event.preventDefault()
        open(href)
      }}
    >
      {children}
    </Link>
  )
}
