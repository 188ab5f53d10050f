import { ApiError } from './ApiError'
import { read } from './call'

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
