import React from 'react'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderInTheme } from '../../../test/renderInTheme'
import { SelectField } from './SelectField'

test('the label is shown above the select and names it; a choice is given to onChange', async () => {
  const chosen: string[] = []
  renderInTheme(
    <SelectField
      label="Queries at once"
      value="4"
      options={[{ value: '2' }, { value: '4' }, { value: '8' }]}
      onChange={(v) => chosen.push(v)}
    />
  )
  const label = screen.getByText('Queries at once', { selector: 'label' })
  expect(label).toBeVisible()
  const select = screen.getByRole('combobox', { name: 'Queries at once' })
  expect(select).not.toHaveAttribute('aria-label')
  expect(select).toHaveValue('4')
  await userEvent.setup().selectOptions(select, '8')
  expect(chosen).toEqual(['8'])
})
