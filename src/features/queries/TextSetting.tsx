import React, { useEffect, useState } from 'react'
import { Box, InputText, Label, Paragraph } from '@looker/components'
import type { Parsed } from './querySpec'

interface Props<T> {
  id: string
  label: string
  /** The value the query has now, as text. */
  text: string
  parse(text: string): Parsed<T>
  onValid(value: T): void
  placeholder?: string
}

/**
 * A typed setting (limit, sorts), applied on Enter or when focus leaves it: valid input changes
 * the query, invalid input shows why and changes nothing (half-typed values never apply).
 */
export function TextSetting<T>({ id, label, text, parse, onValid, placeholder }: Props<T>) {
  const [draft, setDraft] = useState(text)
  const [message, setMessage] = useState<string | null>(null)
  // The query changed elsewhere (a saved query loaded, a field removed): show it.
  useEffect(() => {
    setDraft(text)
    setMessage(null)
  }, [text])
  const apply = () => {
    const parsed = parse(draft)
    if (parsed.ok) {
      setMessage(null)
      onValid(parsed.value)
    } else setMessage(parsed.message)
  }
  return (
    <Box mb="small">
      <Label htmlFor={id}>{label}</Label>
      <InputText
        id={id}
        value={draft}
        placeholder={placeholder}
        validationType={message ? 'error' : undefined}
        aria-describedby={message ? `${id}-error` : undefined}
        onChange={(e: React.ChangeEvent<HTMLInputElement>) => setDraft(e.target.value)}
        onBlur={apply}
        onKeyDown={(e: React.KeyboardEvent) => e.key === 'Enter' && apply()}
      />
      {message && (
        <Paragraph id={`${id}-error`} role="alert" fontSize="small" color="critical">
          {message}
        </Paragraph>
      )}
    </Box>
  )
}
