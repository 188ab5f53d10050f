/** @jest-environment node */
import { createFakeLooker } from './index'
import { clientFor } from './testing'

describe('test hooks', () => {
  it("an operation's hook sees only its requests and wraps Looker's answer", async () => {
    const looker = await createFakeLooker()
    const seen: string[] = []
    looker.intercept('session', async (req, next) => {
      seen.push(`${req.method} ${req.path}`)
      return next()
    })
    const ada = clientFor(looker, 'ada')
    expect((await ada.get('/session')).status).toBe(200)
    expect((await ada.get('/user')).status).toBe(200)
    expect(seen).toEqual(['GET /session'])
  })

  it("'*' wraps every request, routed or not, outside the operation's own hooks", async () => {
    const looker = await createFakeLooker()
    const order: string[] = []
    looker.intercept('*', async (req, next) => {
      order.push(`* in ${req.path}`)
      const res = await next()
      order.push(`* out ${res.status}`)
      return res
    })
    looker.intercept('session', async (_req, next) => {
      order.push('session')
      return next()
    })
    const ada = clientFor(looker, 'ada')
    await ada.get('/session')
    await ada.get('/no/such/path')
    expect(order).toEqual([
      '* in /session',
      'session',
      '* out 200',
      '* in /no/such/path',
      '* out 404',
    ])
  })
})
