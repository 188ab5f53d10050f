// Stands in for @looker/components' FieldText (its Label and InputText, the error under them), for bundle size: Field, Fieldset and the floating label cost 3.1 KiB gzip (docs/performance.md).
import React from 'react'
import { InputText, Label, useID } from '@looker/components'
import { FieldLayout as Layout } from './FieldLayout'

/** Props of {@link TextField}. */
export interface TextFieldProps {
  label: string
  value: string
  placeholder?: string
  disabled?: boolean
  /** Shown under the field in the critical colour and announced with it; the field is invalid. */
  error?: string | null
  autoComplete?: string
  onChange(e: React.ChangeEvent<HTMLInputElement>): void
}

/**
 * components' FieldText as the theme draws it here (the label above the field, the error under
 * it), from components' Label and InputText: FieldText's Field, Fieldset, floating-label hook and
 * portal are 2.5 KiB gzip of the bundle for one label and one message.
 */
export function TextField({ label, error, ...input }: TextFieldProps) {
  const id = useID()
  const described = error ? `describedby-${id}` : undefined
  return (
    <Layout>
      <Label htmlFor={id}>{label}</Label>
      <InputText
        {...input}
        id={id}
        validationType={error ? 'error' : undefined}
        aria-describedby={described}
      />
      {error && (
        <div id={described} aria-live="polite">
          {error}
        </div>
      )}
    </Layout>
  )
}
