/**
 * Renders one presentational component (no Looker behind it) in Looker's theme, as the app draws
 * it; rerenders keep the theme. For a component that reads Looker use `renderInApp`.
 */
import type { ReactElement } from 'react'
import { render } from '@testing-library/react'
import { ComponentsProvider } from '@looker/components'

export function renderInTheme(ui: ReactElement) {
  return render(ui, { wrapper: ComponentsProvider })
}
