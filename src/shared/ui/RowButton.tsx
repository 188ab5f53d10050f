// Stands in for @looker/components' ButtonTransparent size="small" in windowed rows, for speed, not size (ButtonTransparent stays in the bundle): it measures itself for its ripple on every mount and resize.
import styled, { keyframes } from 'styled-components'

// ButtonTransparent measures itself to size its ripple: on mount (getBoundingClientRect in a
// layout effect) and in a ResizeObserver, re-rendering on every change of width, so each keystroke
// that put other names in the branches table's rows paid for a measurement, a forced layout and a
// render per row: more than the rest of the keystroke (docs/performance.md). This is the same box,
// font, colour and radius, in CSS written once; the same 12% key-coloured tint while hovered or
// focused; pressed, the same ripple: a key-coloured circle growing from the middle (200 ms),
// fading out. Give it `type="button"`.
const rippleGrow = keyframes`
  from {
    transform: translateY(-50%) scale(0.2);
  }
  to {
    transform: translateY(-50%) scale(1.1);
  }
`
const rippleShow = keyframes`
  from {
    opacity: 0;
  }
  to {
    opacity: 0.12;
  }
`
export const RowButton = styled.button`
  align-items: center;
  background: transparent;
  border: thin solid transparent;
  border-radius: ${({ theme }) => theme.radii.medium};
  color: ${({ theme }) => theme.colors.key};
  cursor: pointer;
  display: inline-flex;
  flex-shrink: 0;
  font-family: ${({ theme }) => theme.fonts.brand};
  font-size: ${({ theme }) => theme.fontSizes.xsmall};
  font-weight: ${({ theme }) => theme.fontWeights.medium};
  height: 1.75rem;
  justify-content: center;
  line-height: 1;
  margin: 0;
  outline: none;
  overflow: hidden;
  padding: 0 ${({ theme }) => theme.space.u2};
  position: relative;
  transition: border 80ms;
  vertical-align: middle;
  white-space: nowrap;
  -webkit-tap-highlight-color: transparent;
  &::before,
  &::after {
    background-color: ${({ theme }) => theme.colors.key};
    content: '';
    opacity: 0;
    pointer-events: none;
    position: absolute;
  }
  &::before {
    inset: 0;
    transition: opacity 15ms linear;
  }
  &:hover::before,
  &:focus::before {
    opacity: 0.12;
  }
  &::after {
    aspect-ratio: 1;
    border-radius: 50%;
    left: 0;
    top: 50%;
    transform: translateY(-50%) scale(1.1);
    transition: opacity ${({ theme }) => theme.transitions.quick}ms linear;
    width: 100%;
  }
  &:active::after {
    animation:
      ${rippleGrow} ${({ theme }) => theme.transitions.simple}ms cubic-bezier(0.4, 0, 0.2, 1),
      ${rippleShow} ${({ theme }) => theme.transitions.rapid}ms linear;
    opacity: 0.12;
    transition: none;
  }
`
