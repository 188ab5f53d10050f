// Stands in for @looker/components' Dialog with DialogLayout, for bundle size: the browser's modal <dialog> instead of its portal, focus trap and hotkeys, 2.8 KiB gzip (docs/performance.md).
import React, { ReactNode, useLayoutEffect, useRef, useState } from 'react'
import styled from 'styled-components'
import { ButtonTransparent, Heading, Paragraph } from '@looker/components'
import { TextField } from './TextField'
import { ReasonButton } from './ReasonButton'

let nextId = 0

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/**
 * Keeps Tab inside the dialog. A modal makes only the frame's own page inert: in Looker the
 * app is a frame, and Tab past the last button would go on to the Looker page behind.
 */
function trapTab(e: React.KeyboardEvent<HTMLDialogElement>) {
  if (e.key !== 'Tab') return
  const all = Array.from(e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE))
  const first = all[0]
  const last = all[all.length - 1]
  if (!first || !last) return
  const at = document.activeElement
  const leaving = e.shiftKey ? at === first : at === last
  if (!leaving && e.currentTarget.contains(at)) return
  e.preventDefault()
  ;(e.shiftKey ? last : first).focus()
}

/** Props of {@link ConfirmDialog}. */
export interface ConfirmDialogProps {
  /** The question, e.g. "Delete branch feature/x?". */
  title: string
  /** The confirm button's label, naming the action, e.g. "Delete feature/x". */
  confirmLabel: string
  /**
   * What the action would permanently lose, listed under "This would permanently lose:". Omit
   * when nothing is lost; an empty list shows `nothingLost` instead, so the list is never blank.
   */
  losses?: string[]
  /** Shown when `losses` is empty (default "Nothing."). */
  nothingLost?: string
  /** When given, the person types this to confirm (for actions that cannot be undone). */
  confirmName?: string
  /** Another reason the confirm button is unavailable (e.g. an invalid field in `children`). */
  blocked?: string | null
  /** Not destructive: a plain confirm button (default: critical). */
  safe?: boolean
  children?: ReactNode
  onCancel(): void
  onConfirm(): void
}

/**
 * One confirmation for actions that lose something: names what will be lost and, optionally, asks
 * for a name to be typed. The confirm button says why it is unavailable until the dialog is ready.
 *
 * The browser's modal `<dialog>` (showModal: the top layer, the page behind inert, Escape
 * cancels) in the look of components' DialogLayout, instead of components' Dialog with its
 * portal, focus trap and hotkeys: 6 KiB gzip of the bundle for what the platform does. Tab is
 * kept inside by hand (trapTab): the platform stops at the frame's edge.
 */
export function ConfirmDialog({
  title,
  confirmLabel,
  losses,
  nothingLost = 'Nothing.',
  confirmName,
  blocked = null,
  safe = false,
  children,
  onCancel,
  onConfirm,
}: ConfirmDialogProps) {
  const [typed, setTyped] = useState('')
  const id = useRef(`dialog-${++nextId}`).current
  const dialog = useRef<HTMLDialogElement>(null)
  const cancel = useRef<HTMLButtonElement>(null)
  useLayoutEffect(() => {
    const opener = document.activeElement as HTMLElement | null
    dialog.current?.showModal()
    // Focus starts on Cancel: Enter must never confirm by accident.
    cancel.current?.focus()
    const el = dialog.current
    return () => {
      if (el?.open) el.close()
      // Back to what opened the dialog, as a modal promises.
      if (opener?.isConnected) opener.focus()
    }
  }, [])
  const untyped =
    confirmName !== undefined && typed !== confirmName ? `Type ${confirmName} to confirm.` : null
  return (
    <Surface
      ref={dialog}
      aria-labelledby={`${id}-heading`}
      onCancel={(e) => {
        // Escape: the parent closes the dialog by unmounting it.
        e.preventDefault()
        onCancel()
      }}
      // A click on the backdrop lands on the dialog itself (its box has no padding).
      onClick={(e) => e.target === e.currentTarget && onCancel()}
      onKeyDown={trapTab}
    >
      <header>
        <Heading as="h3" fontWeight="semiBold" id={`${id}-heading`} truncate>
          {title}
        </Heading>
      </header>
      <div>
        {losses && (
          <>
            <Paragraph>This would permanently lose:</Paragraph>
            <ul aria-label="What would be lost">
              {(losses.length ? losses : [nothingLost]).map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          </>
        )}
        {children}
        {confirmName !== undefined && (
          <TextField
            label={`Type ${confirmName} to confirm`}
            value={typed}
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => setTyped(e.currentTarget.value)}
            autoComplete="off"
          />
        )}
      </div>
      <footer>
        <ReasonButton critical={!safe} reason={untyped ?? blocked} onClick={onConfirm}>
          {confirmLabel}
        </ReasonButton>
        <ButtonTransparent ref={cancel} onClick={onCancel}>
          Cancel
        </ButtonTransparent>
      </footer>
    </Surface>
  )
}

// components' DialogSurface (medium width, radius, elevation plus3), Backdrop (ui5 at 0.6),
// DialogHeader (xlarge by large; this app's dialogs show no close button), DialogContent (u8 by u5)
// and DialogFooter (xlarge by large, buttons from the right).
const Surface = styled.dialog`
  display: flex;
  flex-direction: column;
  width: 40rem;
  max-width: calc(100% - ${({ theme }) => theme.space.u10} * 2);
  max-height: calc(100% - ${({ theme }) => theme.space.u10} * 2);
  padding: 0;
  border: none;
  border-radius: ${({ theme }) => theme.radii.medium};
  box-shadow: ${({ theme }) => theme.elevations.plus3};
  background: ${({ theme }) => theme.colors.background};
  color: ${({ theme }) => theme.colors.text};
  font-family: ${({ theme }) => theme.fonts.body};
  &:not([open]) {
    display: none;
  }
  &::backdrop {
    background: ${({ theme }) => theme.colors.ui5};
    opacity: 0.6;
  }
  header,
  footer {
    display: flex;
    align-items: center;
    gap: ${({ theme }) => theme.space.u4};
    padding: ${({ theme }) => `${theme.space.u5} ${theme.space.u8}`};
  }
  footer {
    flex-direction: row-reverse;
  }
  > div {
    flex: 1 1 auto;
    overflow: auto;
    padding: ${({ theme }) => `${theme.space.u05} ${theme.space.u8}`};
  }
`
