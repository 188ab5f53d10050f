/** @jest-environment node */
import { validateContent } from './content'
import { lookmlFor } from './variants'

/** Every demo project's models, with ecommerce at `variant`. */
const live = (variant: string) =>
  [
    lookmlFor(variant, 'ecommerce'),
    lookmlFor('marketing@prod', 'marketing'),
    lookmlFor('finance@prod', 'finance'),
  ].flatMap((project) => project.models.map((model) => ({ project, model })))

test('production content is valid on the production LookML', () => {
  expect(validateContent(live('ecommerce@prod'), ['ecommerce']).content_with_errors).toEqual([])
})

test('a branch removing a field breaks the dashboard tile that uses it, and only that', () => {
  const result = validateContent(live('ecommerce@drop-field'), ['ecommerce'])
  expect(result.content_with_errors).toEqual([
    expect.objectContaining({
      dashboard: expect.objectContaining({ id: '21', title: 'Sales overview' }),
      dashboard_element: expect.objectContaining({ title: 'Average sale price by category' }),
      errors: [
        expect.objectContaining({
          message: 'Unknown or inaccessible field "orders.average_sale_price"',
          field_name: 'orders.average_sale_price',
          model_name: 'ecommerce',
        }),
      ],
    }),
  ])
})

test('content on other projects’ models is left out when filtered by project', () => {
  const result = validateContent(live('ecommerce@prod'), ['ecommerce'])
  expect(result.total_looks_validated).toBe(1)
  expect(result.total_dashboard_elements_validated).toBe(2)
})
