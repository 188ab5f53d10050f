import React, { createContext, ReactNode, useContext, useState } from 'react'
import { Link, Span } from '@looker/components'

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

/**
 * A real link that opens through the host on click. The host's `openBrowserWindow` is
 * fire-and-forget: a refused link would do nothing, so once clicked the address is shown in full
 * to copy (docs/looker-api-behaviour.md "Opening links").
 */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const open = useContext(OpenerContext)
  const [clicked, setClicked] = useState(false)
  return (
    <>
      <Link
        href={href}
        target="_blank"
        rel="noopener noreferrer"
        onClick={(event) => {
          event.preventDefault()
          setClicked(true)
          open(href)
        }}
      >
        {children}
      </Link>
      {clicked && (
        // The surrounding text's colour: grey fails contrast on an error's tinted background.
        <Span fontSize="xsmall" style={{ wordBreak: 'break-all' }}>
          {' '}
          If no new tab opened, copy this address: {href}
        </Span>
      )}
    </>
  )
}
