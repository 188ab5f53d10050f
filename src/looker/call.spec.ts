import { ApiError } from './ApiError'
import { call, read, READ_RETRY_DELAYS_MS } from './call'

const doc = (status: number) =>
  `https://cloud.google.com/looker/docs/r/err/4.0/${status}/get/projects`
const fail = (status: number) => new ApiError('Nope', 'looker', doc(status), status)

function flaky(errors: unknown[], value = 'ok') {
  let calls = 0
  const run = async () => {
    calls++
    const e = errors.shift()
    if (e) throw e
    return value
  }
  return { run, calls: () => calls }
}

test.each([429, 503])(
  'a read answered %s is retried with growing waits, at most 3 times',
  async (status) => {
    const waits: number[] = []
    const wait = async (ms: number) => void waits.push(ms)
    const ok = flaky([fail(status), fail(status)])
    await expect(read(ok.run, [500, 1000, 2000], wait)).resolves.toBe('ok')
    expect(ok.calls()).toBe(3)
    const never = flaky([fail(status), fail(status), fail(status), fail(status), fail(status)])
    await expect(read(never.run, [500, 1000, 2000], wait)).rejects.toMatchObject({ status })
    expect(never.calls()).toBe(4)
    expect(waits.slice(2)).toEqual(status === 429 ? [1000, 1000, 2000] : [500, 1000, 2000])
  }
)

test('a dropped connection is retried; a timeout, a 500 and a 404 are not', async () => {
  const wait = async () => undefined
  const dropped = flaky([new Error('Error: TypeError: Failed to fetch')])
  await expect(read(dropped.run, [1, 1, 1], wait)).resolves.toBe('ok')
  for (const e of [new Error('Timeout'), fail(500), fail(404)]) {
    const once = flaky([e])
    await expect(read(once.run, [1, 1, 1], wait)).rejects.toBeInstanceOf(ApiError)
    expect(once.calls()).toBe(1)
  }
})

test('call turns any failure into an ApiError and passes results through', async () => {
  await expect(call(async () => 7)).resolves.toBe(7)
  await expect(
    call(async () => {
      throw new Error('Error: Extension not entitled to use api method me')
    })
  ).rejects.toMatchObject({ name: 'ApiError', kind: 'host' })
})

test('reads wait 0.5, 1 and 2 seconds by default; a 429 waits at least a second each time', async () => {
  expect(READ_RETRY_DELAYS_MS).toEqual([500, 1000, 2000])
  const waits: number[] = []
  const wait = async (ms: number) => void waits.push(ms)
  const limited = flaky([fail(429), fail(429)])
  await expect(read(limited.run, [10, 2000], wait)).resolves.toBe('ok')
  expect(waits).toEqual([1000, 2000])
  const none = flaky([fail(503)])
  await expect(read(none.run, [], wait)).rejects.toMatchObject({ status: 503 })
  expect(none.calls()).toBe(1)
})

test('a read retried on the real clock tries again after its wait', async () => {
  const once = flaky([fail(503)])
  await expect(read(once.run, [1])).resolves.toBe('ok')
  expect(once.calls()).toBe(2)
})
