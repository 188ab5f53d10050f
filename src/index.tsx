import React from 'react'
import ReactDOM from 'react-dom'
import { ExtensionProvider40 } from '@looker/extension-sdk-react'
import { App } from './App'
import { CHATTY_TIMEOUT_MS, REQUIRED_LOOKER_VERSION } from './config'

// No <StrictMode> around the provider: it would connect to the host twice (docs/extension-protocol.md section 1).
function mount() {
  // The bundle's page has no <html lang>: screen readers need the language of the text.
  document.documentElement.lang = 'en'
  // Looker's enhanced loader serves the frame with <!DOCTYPE html>, where `height: 100%` under an
  // unsized body collapses to the content (Looker's docs advise 100vh); the legacy loader's page
  // is in quirks mode. 100vh fills the frame in both; the page is the app's, without a margin.
  document.body.style.margin = '0'
  const root = document.createElement('div')
  root.style.minHeight = '100vh'
  document.body.appendChild(root)
  ReactDOM.render(
    <ExtensionProvider40
      requiredLookerVersion={REQUIRED_LOOKER_VERSION}
      chattyTimeout={CHATTY_TIMEOUT_MS}
      // The app builds its own router (AppRouter): the provider's throws on a bad percent escape.
      hostTracksRoute={false}
      loadingComponent={<div role="status">Connecting to Looker…</div>}
    >
      <App />
    </ExtensionProvider40>,
    root
  )
}

// Looker loads the bundle with a synchronous <script>; mount once the body exists.
if (document.readyState === 'loading') {
  window.addEventListener('DOMContentLoaded', mount)
} else {
  mount()
}
