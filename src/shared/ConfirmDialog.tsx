import React, { ReactNode, useState } from 'react'
import { ButtonTransparent, Dialog, DialogLayout, FieldText, Paragraph } from '@looker/components'
import { ReasonButton } from './ReasonButton'

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
  const untyped =
    confirmName !== undefined && typed !== confirmName ? `Type ${confirmName} to confirm.` : null
  return (
    <Dialog
      isOpen
      onClose={onCancel}
      content={
        <DialogLayout
          header={title}
          footer={
            <>
              <ReasonButton critical={!safe} reason={untyped ?? blocked} onClick={onConfirm}>
                {confirmLabel}
              </ReasonButton>
              {/* Focus starts on Cancel: Enter must never confirm by accident. */}
              <ButtonTransparent data-autofocus="true" onClick={onCancel}>
                Cancel
              </ButtonTransparent>
            </>
          }
        >
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
            <FieldText
              label={`Type ${confirmName} to confirm`}
              value={typed}
              onChange={(e: React.ChangeEvent<HTMLInputElement>) => setTyped(e.currentTarget.value)}
              autoComplete="off"
            />
          )}
        </DialogLayout>
      }
    />
  )
}
