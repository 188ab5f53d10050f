/** @jest-environment node */
import type { GitBranchBody } from './gitViews'
import { createFakeLooker } from './index'
import { clientFor, enter } from './testing'

const DAY = 86400

/** Age in days, by today's clock, of each branch Looker lists for ada in Development Mode. */
async function ages(seed: string, project: string) {
  const ada = clientFor(await createFakeLooker({ seed }), 'ada')
  await enter(ada, 'dev')
  const list = (await ada.get(`/projects/${project}/git_branches`)).body as GitBranchBody[]
  const now = Date.now() / 1000
  return Object.fromEntries(
    list.map((b) => [b.name, Math.floor((now - b.commit_at!) / DAY)])
  ) as Record<string, number>
}

test('the demo has old branches and recent ones, whatever day it runs', async () => {
  const ecommerce = await ages('demo', 'ecommerce')
  expect(ecommerce['feature/old-experiment']).toBeGreaterThan(90)
  expect(ecommerce['feature/net-revenue']).toBeLessThan(7)
  const finance = await ages('demo', 'finance')
  expect(finance['scratch/ada-notes']).toBeGreaterThan(90)
  expect(finance['feature/q4-close']).toBeLessThan(7)
})

test('the large seed has branches left for months beside recent ones', async () => {
  const large = Object.values(await ages('large', 'project_001'))
  expect(large.filter((d) => d > 90).length).toBeGreaterThan(0)
  expect(large.filter((d) => d < 30).length).toBeGreaterThan(0)
})
