// Stands in for @looker/components' FieldCheckbox / FieldToggleSwitch layout, for bundle size: its label's Truncate kept popper, 11.4 KiB gzip with ReasonButton's tooltip (docs/performance.md).
import React, { ReactElement, cloneElement } from 'react'
import styled from 'styled-components'
import { Label, useID } from '@looker/components'

/** Props of {@link InlineField}. */
export interface InlineFieldProps {
  label: string
  /** Smaller text under the label, linked to the input by aria-describedby. */
  description?: string
  /** The input: components' Checkbox or ToggleSwitch; it gets the field's id. */
  children: ReactElement
}

/**
 * components' FieldCheckbox / FieldToggleSwitch layout (FieldInline: the input, its label beside
 * it, the description under the label) without the label's Truncate: that one brought the tooltip
 * library (popper, 7 KiB gzip) for labels that here are short. A long label wraps instead of
 * being cut with its full text in a tooltip.
 */
export function InlineField({ label, description, children }: InlineFieldProps) {
  const id = useID()
  const described = description ? `describedby-${id}` : undefined
  return (
    <Layout>
      <div>{cloneElement(children, { id, 'aria-describedby': described })}</div>
      <Label htmlFor={id}>{label}</Label>
      {description && <p id={described}>{description}</p>}
    </Layout>
  )
}

// FieldInline's grid, label (small, normal weight) and description (xsmall text2, u05 padding).
const Layout = styled.div`
  display: grid;
  grid-template-columns: auto auto;
  justify-content: start;
  align-items: center;
  line-height: ${({ theme }) => theme.lineHeights.small};
  > div {
    padding-right: ${({ theme }) => theme.space.u1};
  }
  label {
    font-size: ${({ theme }) => theme.fontSizes.small};
    font-weight: normal;
  }
  p {
    grid-column: 2;
    margin: 0;
    padding: ${({ theme }) => theme.space.u05} 0;
    color: ${({ theme }) => theme.colors.text2};
    font-size: ${({ theme }) => theme.fontSizes.xsmall};
    line-height: ${({ theme }) => theme.lineHeights.xsmall};
  }
`
