/** @jest-environment node */
import { createQueryService, type QueryService } from './service'
import { demoSource, expectSchema } from './testing'

let service: QueryService
let source: ReturnType<typeof demoSource>
beforeEach(() => {
  source = demoSource()
  service = createQueryService(source)
})
afterEach(() => service.close())

type Result = {
  test_name: string
  success: boolean
  assertions_failed: number
  errors: Array<{ message: string }>
}

describe('LookML data tests', () => {
  it('lists the tests of the workspace LookML in Looker shape', () => {
    const tests = service.allLookmlTests('ada', 'production', 'ecommerce')
    tests.forEach((t) => expectSchema('LookmlTest', t))
    expect(tests.map((t) => t.name)).toEqual(['revenue_is_positive', 'revenue_matches_gross'])
    expect(tests[0]).toMatchObject({
      model_name: 'ecommerce',
      explore_name: 'orders',
      file: 'ecommerce/tests/revenue.lkml',
    })
    expect(service.allLookmlTests('ada', 'production', 'ecommerce', 'tests/other.lkml')).toEqual([])
  })

  it('passes both tests in production', async () => {
    const results = (await service.runLookmlTest('ada', 'production', 'ecommerce')) as Result[]
    results.forEach((r) => expectSchema('LookmlTestResult', r))
    expect(results.map((r) => [r.test_name, r.success])).toEqual([
      ['revenue_is_positive', true],
      ['revenue_matches_gross', true],
    ])
  })

  it("fails revenue_matches_gross on the net-revenue branch, with Looker's assertion message", async () => {
    const results = (await service.runLookmlTest('ada', 'dev', 'ecommerce')) as Result[]
    expect(results.map((r) => [r.test_name, r.success])).toEqual([
      ['revenue_is_positive', true],
      ['revenue_matches_gross', false],
    ])
    const failed = results[1]!
    expectSchema('LookmlTestResult', failed)
    expect(failed.assertions_failed).toBe(1)
    expect(failed.errors[0]).toMatchObject({
      message: 'Assertion "revenue_equals_gross" failed: expression evaluated to "No".',
      file_path: 'ecommerce/tests/revenue.lkml',
      model_id: 'ecommerce',
      explore: 'orders',
    })
  })

  it("runs a single test by name, the other project's test, and 404s an unknown name", async () => {
    const one = await service.runLookmlTest('ada', 'dev', 'ecommerce', {
      test: 'revenue_is_positive',
    })
    expect(one.map((r) => r.test_name)).toEqual(['revenue_is_positive'])
    const finance = await service.runLookmlTest('ada', 'dev', 'finance')
    expect(finance.map((r) => [r.test_name, r.success])).toEqual([
      ['invoice_tax_below_amount', true],
    ])
    await expect(
      service.runLookmlTest('ada', 'dev', 'ecommerce', { test: 'nope' })
    ).rejects.toMatchObject({ status: 404 })
  })
})

describe('project validation', () => {
  it('returns 204 (null) before any run, then the cached result, stale once the LookML changes', () => {
    expect(service.projectValidationResults('ada', 'dev', 'ecommerce')).toBeNull()
    const validation = service.validateProject('ada', 'dev', 'ecommerce')
    expectSchema('ProjectValidation', validation)
    expect(validation.errors).toEqual([])
    expect(service.projectValidationResults('ada', 'dev', 'ecommerce')).toMatchObject({
      stale: false,
    })
    source.set('dev', [{ projectId: 'ecommerce', variantKey: 'ecommerce@prod' }])
    const cached = service.projectValidationResults('ada', 'dev', 'ecommerce')
    expectSchema('ProjectValidationCache', cached)
    expect(cached).toMatchObject({ stale: true })
    // Production has its own cache.
    expect(service.projectValidationResults('ada', 'production', 'ecommerce')).toBeNull()
  })

  it('reports a broken reference as an error and a dirty working copy as a warning', () => {
    source.set('dev', [{ projectId: 'ecommerce', variantKey: 'ecommerce@broken-ref', dirty: true }])
    const { errors } = service.validateProject('ada', 'dev', 'ecommerce') as {
      errors: Array<{ severity: string; message: string; field_name: string | null }>
    }
    expect(errors.map((e) => [e.severity, e.field_name])).toEqual([
      ['error', 'orders.buyer_age_band'],
      ['warning', null],
    ])
    expect(errors[0]!.message).toContain('users.age_band')
  })

  it('answers 404 for a project the source does not list', () => {
    expect(() => service.validateProject('ada', 'dev', 'ghost')).toThrow(
      expect.objectContaining({ status: 404 })
    )
  })
})
