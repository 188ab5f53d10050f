import '@testing-library/jest-dom'
import ResizeObserver from 'resize-observer-polyfill'
import { configure } from '@testing-library/react'

// The whole app renders over the fake Looker: on a busy machine an answer can take seconds.
configure({ asyncUtilTimeout: 5000 })

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
