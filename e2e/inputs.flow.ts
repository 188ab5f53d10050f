/**
 * Answers Looker would not send and inputs at the edges, in a real browser: each flow on its own
 * emulator, the fake Looker's hooks giving the odd answer.
 */
import type { FakeLookerCore } from '../dev/fake-looker'
import { extension } from './app'
import { expectAccessible } from './axe'
import { expectContains, TIMEOUT_MS } from './expect'
import type { Flow } from './flows'

export const inputsFlows: Flow[] = [
  {
    name: 'ship-validation-answer-that-is-not-a-validation-is-not-a-pass',
    emulator: {},
    async run({ page, emulator }) {
      const looker = emulator.looker as FakeLookerCore
      looker.state.projects.ecommerce!.validationRequired = true
      looker.setUserWorkspace('ada', 'dev')
      looker.answer('validate_project', { status: 'ok' })
      looker.answer('content_validation', {})
      const frame = extension(page)
      await page.goto(emulator.extensionUrl('/projects/ecommerce/ship'))
      const validation = frame.getByRole('region', { name: 'LookML validation' })
      await validation.getByRole('button', { name: 'Validate LookML' }).click()
      await expectContains(validation, "Looker's answer could not be read.")
      await expectContains(
        validation,
        'Looker answered validate_project with {"status":"ok"} where a LookML validation'
      )
      const status = validation.getByRole('status', { name: 'LookML validation: status' })
      await expectContains(status, 'Failed')
      const deploy = frame.getByRole('region', { name: 'Deploy' })
      await expectContains(
        deploy.getByRole('list', { name: 'Why you cannot deploy' }),
        'This project requires LookML validation to pass before a deploy'
      )
      const button = deploy.getByRole('button', { name: /^Deploy / })
      if ((await button.getAttribute('aria-disabled', { timeout: TIMEOUT_MS })) !== 'true') {
        throw new Error('Deploy is offered after a validation answer that could not be read')
      }
      const content = frame.getByRole('region', { name: 'Content that would break' })
      await content.getByRole('button', { name: 'Validate content' }).click()
      await expectContains(content, 'Looker answered content_validation with {} where')
      await expectAccessible(page, 'ship page with answers that could not be read')
    },
  },
]
