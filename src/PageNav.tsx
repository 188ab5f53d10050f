import React from 'react'
import styled from 'styled-components'
import { Space } from '@looker/components'
import { NavLink } from 'react-router-dom'

// Tabs in Looker's look: the page you are on is marked by the key colour and an underline
// (react-router sets aria-current="page" on it, which screen readers announce).
const Tab = styled(NavLink)`
  color: ${({ theme }) => theme.colors.text2};
  font-size: ${({ theme }) => theme.fontSizes.small};
  font-weight: ${({ theme }) => theme.fontWeights.medium};
  text-decoration: none;
  padding: ${({ theme }) => `${theme.space.xsmall} ${theme.space.xxsmall}`};
  border-bottom: ${({ theme }) => `${theme.space.xxxsmall} solid transparent`};
  &:hover,
  &:focus-visible {
    color: ${({ theme }) => theme.colors.text1};
  }
  &[aria-current='page'] {
    color: ${({ theme }) => theme.colors.key};
    border-bottom-color: ${({ theme }) => theme.colors.key};
  }
`

/** The extension's pages; projects stay marked while a project's branches are open. */
export function PageNav() {
  return (
    <Space as="nav" aria-label="Pages" gap="medium" width="auto">
      <Tab
        to="/"
        isActive={(_match, location) =>
          location.pathname === '/' || location.pathname.startsWith('/projects/')
        }
      >
        Projects
      </Tab>
      <Tab to="/query">Test query</Tab>
      <Tab to="/saved-data">Saved data</Tab>
    </Space>
  )
}
