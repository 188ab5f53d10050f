// Stands in for @looker/components' Field layout (label above, validation message under), shared by TextField and SelectField, for bundle size (docs/performance.md).
import styled from 'styled-components'

// Field: the label (line-height xsmall, u1 under it); HelperText's ValidationMessage (u2 above,
// xsmall, critical).
export const FieldLayout = styled.div`
  width: 100%;
  > label {
    display: block;
    line-height: ${({ theme }) => theme.lineHeights.xsmall};
    padding-bottom: ${({ theme }) => theme.space.u1};
  }
  > div:last-child:not(:nth-child(2)) {
    padding-top: ${({ theme }) => theme.space.u2};
    color: ${({ theme }) => theme.colors.critical};
    font-size: ${({ theme }) => theme.fontSizes.xsmall};
  }
`
