import '@testing-library/jest-dom'
import { configure } from '@testing-library/react'
import ResizeObserver from 'resize-observer-polyfill'

// jsdom has no ResizeObserver; @looker/components measures some elements with it.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  Object.assign(window, { ResizeObserver })
}

// jsdom's Blob has no text(); browsers do, and the jest host hands the app a Blob for bodies that
// are neither JSON nor text, as the browser transport does (docs/extension-protocol.md section 4).
if (typeof Blob !== 'undefined' && !('text' in Blob.prototype)) {
  Object.defineProperty(Blob.prototype, 'text', {
    value(this: Blob): Promise<string> {
      return new Promise((resolve, reject) => {
        const reader = new FileReader()
        reader.onload = () => resolve(String(reader.result))
        reader.onerror = () => reject(reader.error)
        reader.readAsText(this)
      })
    },
  })
}

// The machines that run these tests are shared: a fresh fake Looker's first query can take more
// than Testing Library's default 1 s to appear. Waiting longer asserts no timing, only what shows.
configure({ asyncUtilTimeout: 5000 })
