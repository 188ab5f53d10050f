import React, { useState } from 'react'
import { Box, ButtonTransparent, Paragraph } from '@looker/components'
import { BUILD, type BuildInfo } from './buildInfo'
import { ExternalLink } from './shared/ExternalLink'

/**
 * Which build is running and how to get a newer one: apps installed from the Marketplace or a Git
 * URL stay at the commit they were installed at until an admin updates them.
 */
export function About({ build = BUILD }: { build?: BuildInfo }) {
  const [open, setOpen] = useState(false)
  return (
    <Box as="footer" px="medium" pb="medium">
      <ButtonTransparent
        size="xsmall"
        aria-expanded={open}
        aria-controls="about"
        onClick={() => setOpen(!open)}
      >
        About
      </ButtonTransparent>
      {open && (
        <section id="about" aria-label="About Workspace Switcher">
          <Paragraph fontSize="small">
            Version {build.version}, commit{' '}
            <span title={build.commit}>{build.commit.slice(0, 12)}</span>.{' '}
            {build.repository ? (
              <ExternalLink href={`${build.repository}/blob/main/CHANGELOG.md`}>
                Changelog
              </ExternalLink>
            ) : (
              'What changed: CHANGELOG.md in the repository this app was installed from.'
            )}
          </Paragraph>
          <Paragraph fontSize="small">
            This app does not update itself. To update, a Looker admin opens Marketplace &gt; Manage
            and updates Workspace Switcher, or installs the new release&apos;s commit again by its
            Git URL.
          </Paragraph>
        </section>
      )}
    </Box>
  )
}
