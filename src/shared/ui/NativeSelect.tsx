// Stands in for @looker/components' Select (its closed look over the browser's <select>), for bundle size: Select's Combobox and windowed list cost 12.0 KiB gzip (docs/performance.md).
import React from 'react'
import styled from 'styled-components'
import { iconButtonColor } from '@looker/components'

/** One choice of a {@link NativeSelect}: the value given to onChange and the label shown. */
export interface SelectOption {
  value: string
  label?: string
}

/** Props of {@link NativeSelect}. */
export interface NativeSelectProps {
  /** Names the select when no label points at it (`id`: a label's htmlFor). */
  'aria-label'?: string
  id?: string
  /** Shown (greyed) while nothing is chosen; the empty choice cannot be picked again. */
  placeholder: string
  value: string
  options: SelectOption[]
  disabled?: boolean
  onChange(value: string): void
}

/**
 * A single choice in the look of @looker/components' Select when closed (the field's border,
 * radius, height, hover and focus rules and its ArrowDropDown caret, from the theme), drawn with
 * the browser's own `<select>`: Select brings Combobox, its windowed list and their helpers, 12
 * KiB gzip of the bundle, for four plain lists of names. The open list is the browser's.
 */
export function NativeSelect({
  placeholder,
  value,
  options,
  onChange,
  ...rest
}: NativeSelectProps) {
  return (
    <Field>
      <select
        {...rest}
        value={value}
        data-empty={value === ''}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        <option value="" disabled hidden>
          {placeholder}
        </option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label ?? o.value}
          </option>
        ))}
      </select>
      {/* Material's arrow_drop_down, as AdvancedInputControls draws it. */}
      <svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
        <path d="M7 10l5 5 5-5z" />
      </svg>
    </Field>
  )
}

// InputText's field (inputCSS, inputTextHover, inputTextFocus, inputTextDisabled) and
// AdvancedInputControls' caret (a 1.5rem icon in iconButtonColor's grey, u3 from the right: the
// field's, the controls' and the icon's own u1).
const Field = styled.div`
  position: relative;
  display: flex;
  width: 100%;
  height: 2.25rem;
  color: ${({ theme }) => theme.colors.text};
  select {
    appearance: none;
    width: 100%;
    height: 100%;
    margin: 0;
    padding: 0 ${({ theme }) => `calc(${theme.space.u3} + 1.5rem) 0 ${theme.space.u3}`};
    background: ${({ theme }) => theme.colors.field};
    border: thin solid ${({ theme }) => theme.colors.ui3};
    border-radius: ${({ theme }) => theme.radii.medium};
    color: ${({ theme }) => theme.colors.text5};
    font-family: inherit;
    font-size: ${({ theme }) => theme.fontSizes.small};
    cursor: default;
  }
  select[data-empty='true'] {
    color: ${({ theme }) => theme.colors.text2};
  }
  select:hover {
    border-color: ${({ theme }) => theme.colors.ui4};
  }
  select:focus {
    border-color: ${({ theme }) => theme.colors.key};
    box-shadow: inset 0 0 0 0.0625rem ${({ theme }) => theme.colors.key};
    outline: none;
  }
  select:disabled {
    opacity: 0.4;
    border-color: ${({ theme }) => theme.colors.ui3};
  }
  svg {
    position: absolute;
    right: ${({ theme }) => theme.space.u3};
    top: 0;
    bottom: 0;
    margin: auto 0;
    width: 1.5rem;
    height: 1.5rem;
    ${iconButtonColor}
    pointer-events: none;
  }
`
