import React from 'react'
import { screen } from '@testing-library/react'
import { ApiError } from '../looker'
import { ApiErrorMessage } from './ApiErrorMessage'
import { renderInTheme } from '../../test/renderInTheme'

const show = (url: string) =>
  renderInTheme(<ApiErrorMessage error={new ApiError('Nope', 'looker', url, 404)} />)

test.each([
  'https://cloud.google.com/looker/docs/r/err/4.0/404/get/session',
  'https://docs.looker.com/r/err/4.0/404/get/session',
])('a documentation link on a Looker documentation host is a link: %s', (url) => {
  show(url)
  expect(screen.getByRole('link', { name: 'Looker documentation (HTTP 404)' })).toHaveAttribute(
    'href',
    url
  )
})

test.each([
  'javascript:alert(document.domain)',
  'JAVASCRIPT:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'http://cloud.google.com/looker/docs/r/err',
  'https://evil.example/looker/docs',
  'https://cloud.google.com.evil.example/looker/docs',
  'https://cloud.google.com/storage/phish',
  '//evil.example/x',
  'not a url',
])('anything else is shown as text, never a link: %s', (url) => {
  show(url)
  expect(screen.queryByRole('link')).not.toBeInTheDocument()
  expect(screen.getByRole('alert')).toHaveTextContent(`Looker documentation (HTTP 404): ${url}`)
})
