import { screen, waitFor, within } from '@testing-library/react'
import { fakeLooker } from '../../../test/renderApp'
import { check, openShip, run, statusOf } from '../../../test/shipPage'

const VALIDATION = 'LookML validation'
const CONTENT = 'Content that would break'
const UNREADABLE = "Looker's answer could not be read."

/** The demo Looker, whose answers name ecommerce as requiring a passing validation before a deploy. */
async function requiringValidation() {
  const looker = await fakeLooker()
  looker.intercept('project', async (req, next) => {
    const res = await next()
    if (res.status !== 200 || req.path !== '/projects/ecommerce') return res
    return { ...res, body: { ...(res.body as object), validation_required: true } }
  })
  return looker
}

const deployButton = () =>
  within(screen.getByRole('region', { name: 'Deploy' })).getByRole('button', { name: /^Deploy / })

test('validate_project answering 200 with something that is not a validation: not read, not passed, no deploy', async () => {
  const looker = await requiringValidation()
  looker.answer('validate_project', { status: 'ok' })
  const { user } = await openShip('ecommerce', { looker })
  await run(user, VALIDATION, 'Validate LookML')
  expect(statusOf(VALIDATION)).not.toHaveTextContent('Passed')
  expect(check(VALIDATION)).toHaveTextContent(UNREADABLE)
  expect(check(VALIDATION)).toHaveTextContent(
    'Looker answered validate_project with {"status":"ok"} where a LookML validation'
  )
  expect(check(VALIDATION)).not.toHaveTextContent('No LookML errors or warnings.')
  expect(deployButton()).toHaveAttribute('aria-disabled', 'true')
  expect(screen.getByRole('list', { name: 'Why you cannot deploy' })).toHaveTextContent(
    'This project requires LookML validation to pass before a deploy'
  )
})

test('the kept validation (project_validation_results) that is not a validation is named on arrival, and does not allow a deploy', async () => {
  const looker = await requiringValidation()
  looker.answer('project_validation_results', { errors: 'none', stale: false })
  await openShip('ecommerce', { looker })
  await waitFor(() => expect(check(VALIDATION)).toHaveTextContent(UNREADABLE))
  expect(check(VALIDATION)).toHaveTextContent('answered project_validation_results with')
  expect(statusOf(VALIDATION)).not.toHaveTextContent('Passed')
  expect(deployButton()).toHaveAttribute('aria-disabled', 'true')
})

test('content_validation answering 200 with {} is not "nothing breaks"', async () => {
  const looker = await fakeLooker()
  looker.answer('content_validation', {})
  const { user } = await openShip('ecommerce', { looker })
  await run(user, CONTENT, 'Validate content')
  expect(statusOf(CONTENT)).not.toHaveTextContent('Passed')
  expect(check(CONTENT)).toHaveTextContent(UNREADABLE)
  expect(check(CONTENT)).toHaveTextContent(
    'Looker answered content_validation with {} where a content validation'
  )
})

test('a validation error whose file_path climbs out of the project is listed without an IDE link', async () => {
  const looker = await fakeLooker()
  looker.answer('validate_project', {
    errors: [
      {
        severity: 'error',
        message: 'Unknown view',
        file_path: 'ecommerce/../../../admin/users',
        line_number: 3,
      },
      {
        severity: 'error',
        message: 'Unknown field',
        file_path: 'ecommerce/views/orders.view.lkml',
        line_number: 7,
      },
    ],
    project_digest: 'abc',
  })
  const { user } = await openShip('ecommerce', { looker })
  await run(user, VALIDATION, 'Validate LookML')
  const outside = within(check(VALIDATION)).getByRole('region', {
    name: 'ecommerce/../../../admin/users',
  })
  expect(outside).toHaveTextContent('Unknown view')
  expect(within(outside).queryByRole('link')).not.toBeInTheDocument()
  const inside = within(check(VALIDATION)).getByRole('region', {
    name: 'ecommerce/views/orders.view.lkml',
  })
  expect(within(inside).getByRole('link', { name: 'Open in the IDE at line 7' })).toHaveAttribute(
    'href',
    '/projects/ecommerce/files/views/orders.view.lkml?line=7'
  )
})
