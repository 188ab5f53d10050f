import React from 'react'
import { Paragraph } from '@looker/components'

/** The home page; the projects table takes its place (issue #4). */
export function HomePage() {
  return (
    <Paragraph>
      Production is what everyone sees. Development Mode shows your own branch of each LookML
      project, so you can try a change before it ships.
    </Paragraph>
  )
}
