/**
 * Starts the fake Looker for the emulator, in process, over HTTP.
 * TEMPORARY: a minimal HTTP front over `createFakeLooker` until dev/fake-looker/server.ts lands.
 */
import express from 'express'
import type { AddressInfo } from 'net'
import { createFakeLooker, type FakeLooker, type FakeLookerOptions } from '../fake-looker'

export interface RunningFake {
  url: string
  looker: FakeLooker
  close(): Promise<void>
}

export async function startFake(
  options: FakeLookerOptions & { port?: number }
): Promise<RunningFake> {
  const looker = await createFakeLooker(options)
  const app = express()
  app.post('/__fake/login-as/:user', (req, res) => {
    res.json({ access_token: looker.loginAs(req.params.user) })
  })
  app.use('/api/4.0', express.json(), async (req, res) => {
    const query = Object.fromEntries(Object.entries(req.query).map(([k, v]) => [k, String(v)]))
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]))
    const answer = await looker.handle({
      method: req.method,
      path: req.path,
      query,
      body: req.body,
      headers,
    })
    res.status(answer.status).type(answer.contentType)
    res.send(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body))
  })
  const server = app.listen(options.port ?? 0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    looker,
    close: async () => {
      await new Promise((resolve) => server.close(resolve))
      await looker.close()
    },
  }
}
