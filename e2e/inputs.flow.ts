/**
 * Answers Looker would not send and inputs at the edges, in a real browser: each flow on its own
 * emulator, the fake Looker's hooks giving the odd answer.
 */
import { setTimeout as sleep } from 'timers/promises'
import type { FakeLookerCore } from '../dev/fake-looker'
import { extension } from './app'
import { expectAccessible } from './axe'
import { expectContains, TIMEOUT_MS } from './expect'
import type { Flow } from './flows'

const QUERY = '/query?model=ecommerce&explore=orders'

export const inputsFlows: Flow[] = [
  {
    name: 'long-query-link-repeated-field-collapses-and-loads',
    async run({ page, emulator }) {
      emulator.looker!.setUserWorkspace('ada', 'dev')
      const frame = extension(page)
      // One field 500 times (about 7,000 characters): the page loads with the field once.
      const fields = Array.from({ length: 500 }, () => 'orders.status').join(',')
      await page.goto(emulator.extensionUrl(`${QUERY}&fields=${fields}`))
      const status = frame.getByRole('checkbox', { name: /Orders Status/ })
      await status.waitFor({ timeout: TIMEOUT_MS })
      if (!(await status.isChecked())) throw new Error('the repeated field is not chosen')
      // The link the app keeps (the host's address) names the field once.
      const deadline = Date.now() + TIMEOUT_MS
      while (new URL(page.url()).search.split('orders.status').length !== 2) {
        if (Date.now() > deadline)
          throw new Error(`the link was not collapsed: ${page.url().slice(0, 200)}`)
        await sleep(100)
      }
      await expectAccessible(page, 'a query link with a repeated field')
    },
  },
  {
    name: 'long-query-link-is-named-not-a-blank-page',
    endsOutsideExtension: true,
    async run({ page, emulator }) {
      emulator.looker!.setUserWorkspace('ada', 'dev')
      const frame = extension(page)
      // 300 different fields (about 5,000 characters): loads, and the page says the link is long.
      const many = Array.from({ length: 300 }, (_, i) => `orders.f${i}`).join(',')
      await page.goto(emulator.extensionUrl(`${QUERY}&fields=${many}`))
      await expectContains(
        frame.getByRole('list', { name: 'Problems in the link' }),
        'characters long'
      )
      await expectAccessible(page, 'a query link that is too long')
      // 10 KB: Looker refuses the address itself (HTTP 414); the emulator says so on its page.
      const huge = Array.from({ length: 700 }, (_, i) => `orders.field_${i}`).join(',')
      const answer = await page.goto(emulator.extensionUrl(`${QUERY}&fields=${huge}`))
      if (answer?.status() !== 414) throw new Error(`a 10 KB link answered ${answer?.status()}`)
      await expectContains(page.locator('body'), 'This address is too long')
    },
  },
  {
    name: 'ship-validation-answer-that-is-not-a-validation-is-not-a-pass',
    emulator: {},
    async run({ page, emulator }) {
      const looker = emulator.looker as FakeLookerCore
      // The project asks for validation before a deploy, as Looker says in its answer.
      looker.intercept('project', async (req, next) => {
        const res = await next()
        if (res.status !== 200 || req.path !== '/projects/ecommerce') return res
        return { ...res, body: { ...(res.body as object), validation_required: true } }
      })
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
