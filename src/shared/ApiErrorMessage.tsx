import React from 'react'
import { Box, Paragraph, Span } from '@looker/components'
import { MessageBar } from './ui/MessageBar'
import type { ApiError } from '../looker'
import { isLookerDocumentationUrl } from './docLinks'
import { ExternalLink } from './ExternalLink'

interface Props {
  error: ApiError
  /** What failed, in the user's words, e.g. "Could not switch to Development Mode". */
  title?: string
  onRetry?: () => void
  retryLabel?: string
}

const LINES: React.CSSProperties = { whiteSpace: 'pre-line' }

/** Looker's message, its field errors and its documentation link, as Looker gave them. */
export function ApiErrorMessage({ error, title, onRetry, retryLabel = 'Retry' }: Props) {
  const docLabel = `Looker documentation${error.status ? ` (HTTP ${error.status})` : ''}`
  return (
    <MessageBar
      intent="critical"
      primaryAction={onRetry ? retryLabel : undefined}
      onPrimaryClick={onRetry}
    >
      <Box role="alert">
        {title && <Span fontWeight="semiBold">{title}: </Span>}
        {/* Git's own output comes in lines (e.g. a refused push): kept as lines. */}
        <Span style={LINES}>{error.message.trim()}</Span>
        {error.fieldErrors.length > 0 && (
          <Box as="ul" my="xxsmall">
            {error.fieldErrors.map((f, i) => (
              <li key={i}>
                {f.field ? `${f.field}: ` : ''}
                {f.message}
              </li>
            ))}
          </Box>
        )}
        {error.documentationUrl && (
          <Paragraph fontSize="small">
            {isLookerDocumentationUrl(error.documentationUrl) ? (
              <ExternalLink href={error.documentationUrl}>{docLabel}</ExternalLink>
            ) : (
              // Not a Looker documentation address: shown, never followed.
              <Span>{`${docLabel}: ${error.documentationUrl}`}</Span>
            )}
          </Paragraph>
        )}
      </Box>
    </MessageBar>
  )
}
