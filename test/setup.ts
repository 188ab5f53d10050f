import '@testing-library/jest-dom'
import ResizeObserver from 'resize-observer-polyfill'

// jsdom has no ResizeObserver; @looker/components measures some elements with it.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  Object.assign(window, { ResizeObserver })
}
