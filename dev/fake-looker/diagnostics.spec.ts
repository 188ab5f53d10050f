/** @jest-environment node */
import { createFakeLooker } from './index'
import { clientFor, enter } from './testing'

interface Report {
  id: string
  state: string
  status: string
  project_type: string
  issues: Array<{ issue_type: string; project_type: string; state: string }>
}

async function devAda(options = {}) {
  const looker = await createFakeLooker(options)
  const ada = clientFor(looker, 'ada')
  await enter(ada, 'dev')
  return ada
}

const detected = (r: Report) => r.issues.filter((i) => i.state !== 'not_detected')

describe('Git Diagnose & Repair (API 26.12+, beta)', () => {
  it('runs a report that starts running, then finds inventory’s stale lock file; repair fixes it', async () => {
    const ada = await devAda()
    const created = await ada.call('POST', '/projects/inventory/git_diagnostic_report', {
      project_type: 'developer',
    })
    expect(created.status).toBe(200)
    const started = created.body as Report
    expect(started).toMatchObject({ project_id: 'inventory', state: 'running', issues: [] })
    const done = (await ada.get(`/projects/inventory/git_diagnostic_report/${started.id}`))
      .body as Report
    expect(done.state).toBe('complete')
    expect(done.issues.length).toBeGreaterThan(1)
    expect(detected(done)).toEqual([
      expect.objectContaining({ issue_type: 'stale_lock_files', state: 'detected' }),
    ])
    const repaired = await ada.call(
      'POST',
      `/projects/inventory/git_diagnostic_report/${started.id}/repair`,
      {}
    )
    expect(repaired.status).toBe(200)
    expect(detected(repaired.body as Report)).toEqual([
      expect.objectContaining({ issue_type: 'stale_lock_files', state: 'repaired' }),
    ])
    const again = (
      await ada.call('POST', '/projects/inventory/git_diagnostic_report', {
        project_type: 'developer',
      })
    ).body as Report
    const after = (await ada.get(`/projects/inventory/git_diagnostic_report/${again.id}`))
      .body as Report
    expect(detected(after)).toEqual([])
  })

  it('a check that needs manual work is not repaired: finance’s read-only deploy key fails', async () => {
    const ada = await devAda()
    const { id } = (await ada.call('POST', '/projects/finance/git_diagnostic_report', {}))
      .body as Report
    await ada.get(`/projects/finance/git_diagnostic_report/${id}`)
    const repaired = (
      await ada.call('POST', `/projects/finance/git_diagnostic_report/${id}/repair`, {})
    ).body as Report
    expect(detected(repaired)).toEqual([
      expect.objectContaining({ issue_type: 'git_connection_test', state: 'failed' }),
    ])
  })

  it('is not there before 26.12: 404', async () => {
    const ada = await devAda({ lookerVersion: '25' })
    const res = await ada.call('POST', '/projects/inventory/git_diagnostic_report', {})
    expect(res.status).toBe(404)
  })

  it('an unknown report is 404', async () => {
    const ada = await devAda()
    expect((await ada.get('/projects/inventory/git_diagnostic_report/nope')).status).toBe(404)
  })
})
