/**
 * The benchmark's yardstick: the smallest extension on the same pinned stack (ExtensionProvider40,
 * ComponentsProvider, one Heading and one Button showing the session's workspace). `npm run bench`
 * builds it with the project's node_modules and compares bundle size and start-up time with it.
 */
import React, { useContext, useEffect, useState } from 'react'
import ReactDOM from 'react-dom'
import { Button, ComponentsProvider, Heading } from '@looker/components'
import { ExtensionContext40, ExtensionProvider40 } from '@looker/extension-sdk-react'

function Hello() {
  const { coreSDK } = useContext(ExtensionContext40)
  const [workspace, setWorkspace] = useState<string>('…')
  useEffect(() => {
    coreSDK
      .ok(coreSDK.session())
      .then((s) => setWorkspace(s.workspace_id ?? 'unknown'))
      .catch(() => setWorkspace('unknown'))
  }, [coreSDK])
  return (
    <ComponentsProvider>
      <Heading as="h1">Hello</Heading>
      <Button aria-label="Current workspace">{workspace}</Button>
    </ComponentsProvider>
  )
}

const root = document.createElement('div')
document.body.appendChild(root)
ReactDOM.render(
  <ExtensionProvider40>
    <Hello />
  </ExtensionProvider40>,
  root
)
