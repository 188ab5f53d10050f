import '@testing-library/jest-dom'
import { configure } from '@testing-library/react'
import ResizeObserver from 'resize-observer-polyfill'

// The whole app renders over the fake Looker. A wait for what appears is a deadline for "it never
// shows", never a measure of speed: pinned to one core beside another jest run (or a loaded CI
// machine) an answer can take many seconds, so the deadline is generous (jest.config.js
// testTimeout is above it). Specs set no shorter one.
// Under mutation testing (StrykerJS sets STRYKER_MUTATOR_WORKER in its test runners) the deadline
// is 5 s: a mutant that stops a state from arriving then fails in seconds instead of holding a
// runner until Stryker's timeout, and the runners do not share the machine with other runs (its
// dry run checks that every spec passes within it first).
configure({ asyncUtilTimeout: process.env.STRYKER_MUTATOR_WORKER ? 5_000 : 30_000 })

// jsdom has no ResizeObserver; @looker/components measures some elements with it.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  Object.assign(window, { ResizeObserver })
}

// jsdom lays nothing out, so `tabbable` (used by @looker/components' focus trap) finds no visible
// element and the trap cannot place focus (data-autofocus); one empty rect makes elements count
// as displayed, as they are in a browser.
if (typeof Element !== 'undefined') {
  Element.prototype.getClientRects = function () {
    const rect = { x: 0, y: 0, width: 0, height: 0, top: 0, right: 0, bottom: 0, left: 0 }
    return Object.assign([{ ...rect, toJSON: () => rect }], {
      item: () => null,
    }) as unknown as DOMRectList
  }
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

// jsdom 20 has HTMLDialogElement without showModal/close; browsers have both. Here they only set
// and clear `open` (no top layer, no inert page: the browser flows check those).
if (typeof HTMLDialogElement !== 'undefined' && !('showModal' in HTMLDialogElement.prototype)) {
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '')
    },
    close(this: HTMLDialogElement) {
      this.removeAttribute('open')
    },
  })
}
