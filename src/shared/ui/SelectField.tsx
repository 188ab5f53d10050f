// Stands in for @looker/components' FieldSelect (its Label above a Select), for bundle size: Select's Combobox and windowed list cost 12.0 KiB gzip (docs/performance.md).
import React from 'react'
import { Label, useID } from '@looker/components'
import { FieldLayout } from './FieldLayout'
import { NativeSelect, type SelectOption } from './NativeSelect'

/** Props of {@link SelectField}. */
export interface SelectFieldProps {
  label: string
  value: string
  options: SelectOption[]
  disabled?: boolean
  /** 'auto': as wide as its choices (a row of filters); the row's share by default. */
  width?: 'auto'
  onChange(value: string): void
}

/** A labelled single choice: the label above the select, as FieldSelect and TextField draw it. */
export function SelectField({ label, width, ...select }: SelectFieldProps) {
  const id = useID()
  return (
    <FieldLayout style={width ? { width } : undefined}>
      <Label htmlFor={id}>{label}</Label>
      <NativeSelect {...select} id={id} placeholder={label} />
    </FieldLayout>
  )
}
