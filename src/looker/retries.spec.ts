import { apiOverFake } from '../../test/apiOverFake'

// Reads are retried on 429/503 (at most 3 times); writes are never retried by themselves.

async function setUp() {
  const { looker, api } = await apiOverFake({ workspace: 'dev' })
  const count = (op: string) => looker.log.filter((e) => e.operation === op).length
  return { looker, api, count }
}

test('a read that meets a 503 twice succeeds on the third try', async () => {
  const { looker, api, count } = await setUp()
  looker.addFault({ operation: 'all_projects', status: 503, times: 2 })
  await expect(api.listProjects()).resolves.toHaveLength(5)
  expect(count('all_projects')).toBe(3)
})

test.each(['update_session', 'create_git_branch'])(
  'a write answered 503 (%s) is sent once',
  async (op) => {
    const { looker, api, count } = await setUp()
    looker.addFault({ operation: op, status: 503, times: 5 })
    const write =
      op === 'update_session'
        ? api.switchWorkspace('production')
        : api.createBranch('ecommerce', 'x/y')
    await expect(write).rejects.toMatchObject({ status: 503 })
    expect(count(op)).toBe(1)
  }
)
