import React, { ComponentProps, ReactNode, useRef } from 'react'
import { Accordion2, Box } from '@looker/components'

let nextId = 0

type Props = Omit<ComponentProps<typeof Accordion2>, 'id' | 'children'> & { children: ReactNode }

/**
 * Accordion2 whose disclosure's `aria-controls` points at an element that exists: in 5.0.3 it
 * names `<id>-object` while the content carries `<id>`, which axe reports as a critical violation.
 */
export function Disclosure({ children, ...props }: Props) {
  const id = useRef(`disclosure-${++nextId}`).current
  return (
    <Accordion2 id={id} {...(props as ComponentProps<typeof Accordion2>)}>
      <Box id={`${id}-object`}>{children}</Box>
    </Accordion2>
  )
}
