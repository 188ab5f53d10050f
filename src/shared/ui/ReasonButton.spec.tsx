import React from 'react'
import { fireEvent, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ReasonButton } from './ReasonButton'
import { renderInTheme } from '../../../test/renderInTheme'

function renderButton(reason: string | null, busy = false) {
  const onClick = jest.fn()
  renderInTheme(
    <ReasonButton reason={reason} busy={busy} onClick={onClick}>
      Pull
    </ReasonButton>
  )
  return { onClick, button: screen.getByRole('button', { name: 'Pull' }) }
}

test('an unavailable button stays focusable, shows its reason in a tooltip and announces it', async () => {
  const user = userEvent.setup()
  const { onClick, button } = renderButton('Already up to date.')
  expect(button).toHaveAttribute('aria-disabled', 'true')
  expect(button).toHaveAccessibleDescription('Already up to date.')
  expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()
  await user.tab()
  expect(button).toHaveFocus()
  expect(await screen.findByRole('tooltip')).toHaveTextContent('Already up to date.')
  await user.click(button)
  await user.keyboard('{Enter}')
  expect(onClick).not.toHaveBeenCalled()
})

test('a busy button does nothing and gives no reason', async () => {
  const user = userEvent.setup()
  const { onClick, button } = renderButton(null, true)
  expect(button).toHaveAttribute('aria-disabled', 'true')
  expect(button).not.toHaveAccessibleDescription()
  await user.click(button)
  expect(onClick).not.toHaveBeenCalled()
})

test('an available button acts', async () => {
  const user = userEvent.setup()
  const { onClick, button } = renderButton(null)
  expect(button).toHaveAttribute('aria-disabled', 'false')
  await user.click(button)
  expect(onClick).toHaveBeenCalledTimes(1)
})

test('Escape hides the reason tooltip without moving focus; the reason stays announced', async () => {
  const user = userEvent.setup()
  const { button } = renderButton('Already up to date.')
  await user.tab()
  expect(await screen.findByRole('tooltip')).toBeInTheDocument()
  await user.keyboard('{Escape}')
  expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()
  expect(button).toHaveFocus()
  expect(button).toHaveAccessibleDescription('Already up to date.')
})

test('the pointer can move from the button onto its reason without the reason closing', async () => {
  const user = userEvent.setup()
  const { button } = renderButton('Already up to date.')
  await user.hover(button)
  const tip = await screen.findByRole('tooltip')
  // The browser's events for that move (user-event sends them without a relatedTarget, which
  // reads as leaving the page): the reason is inside the button's wrapper, so it stays.
  fireEvent.mouseOut(button, { relatedTarget: tip })
  fireEvent.mouseOver(tip, { relatedTarget: button })
  expect(screen.getByRole('tooltip')).toHaveTextContent('Already up to date.')
  // And the pointer can land on it at all (user-event refuses `pointer-events: none`).
  await user.hover(tip)
  fireEvent.mouseOut(tip, { relatedTarget: document.body })
  expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()
})
