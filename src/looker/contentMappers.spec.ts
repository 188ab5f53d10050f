/** Dashboards, tiles, Looks and their queries mapped to what the content pages compare. */
import type { IDashboardElement, IQuery } from '@looker/sdk'
import {
  toDashboardDetail,
  toDashboardSummary,
  toLookDetail,
  toLookSummary,
  toModelOwner,
  toSavedQuery,
  toTile,
} from './contentMappers'

const q = (over: Partial<IQuery> = {}): IQuery => ({ model: 'm', view: 'v', ...over }) as IQuery
const saved = {
  model: 'm',
  explore: 'v',
  fields: [],
  pivots: [],
  filters: {},
  sorts: [],
  limit: null,
  dynamicFields: null,
}
const tile = (over: Partial<IDashboardElement> = {}) =>
  toTile({ id: '5', ...over } as IDashboardElement)

describe('toSavedQuery', () => {
  it('keeps every part of the query; filters that are not text are dropped', () => {
    expect(
      toSavedQuery(
        q({
          fields: ['v.a'],
          pivots: ['v.p'],
          filters: { 'v.a': 'x', 'v.n': 1 as unknown as string, 'v.u': null as unknown as string },
          sorts: ['v.a desc'],
          limit: '500',
          dynamic_fields: '[{"x":1}]',
        })
      )
    ).toEqual({
      model: 'm',
      explore: 'v',
      fields: ['v.a'],
      pivots: ['v.p'],
      filters: { 'v.a': 'x' },
      sorts: ['v.a desc'],
      limit: '500',
      dynamicFields: '[{"x":1}]',
    })
  })

  it('fills what Looker leaves out', () => {
    expect(toSavedQuery(q())).toEqual(saved)
    expect(toSavedQuery(q({ dynamic_fields: '', limit: null as unknown as string }))).toEqual(saved)
    expect(toSavedQuery(q({ limit: 0 as unknown as string })).limit).toBe('0')
  })

  it('refuses a query without a model or an explore', () => {
    expect(() => toSavedQuery(q({ model: undefined }))).toThrow(
      'Looker returned a saved query without a model.'
    )
    expect(() => toSavedQuery(q({ view: '' }))).toThrow(
      'Looker returned a saved query without an explore.'
    )
  })
})

describe('toTile', () => {
  it('reads a tile with its query, dashboard, Look and listens', () => {
    expect(
      toTile(
        {
          id: 7 as unknown as string,
          dashboard_id: 3 as unknown as string,
          title: 'Revenue',
          look_id: 11 as unknown as string,
          query: q({ fields: ['v.a'] }),
          result_maker: {
            filterables: [
              {
                listen: [
                  { dashboard_filter_name: 'Status', field: 'v.status' },
                  { dashboard_filter_name: 'No field' },
                  { field: 'v.no_filter' },
                ],
              },
              {},
              { listen: [{ dashboard_filter_name: 'Date', field: 'v.date' }] },
            ],
          },
        } as IDashboardElement,
        'ignored'
      )
    ).toEqual({
      id: '7',
      dashboardId: '3',
      title: 'Revenue',
      query: { ...saved, fields: ['v.a'] },
      notCompared: null,
      lookId: '11',
      listens: [
        { filter: 'Status', field: 'v.status' },
        { filter: 'Date', field: 'v.date' },
      ],
    })
  })

  it('refuses a tile without an id', () => {
    expect(() => toTile({} as IDashboardElement)).toThrow(
      'Looker returned a dashboard tile without an id.'
    )
  })

  it('takes the dashboard it was read from, or none', () => {
    expect(toTile({ id: '1' } as IDashboardElement, 'd9').dashboardId).toBe('d9')
    expect(tile().dashboardId).toBe('')
    expect(tile({ dashboard_id: null as unknown as string }).dashboardId).toBe('')
  })

  it('titles a tile by its title, its text title, its Look, or as untitled', () => {
    expect(tile({ title: 'A', title_text: 'B', look: { title: 'C' } }).title).toBe('A')
    expect(tile({ title: '', title_text: 'B', look: { title: 'C' } }).title).toBe('B')
    expect(tile({ title_text: '', look: { title: 'C' } }).title).toBe('C')
    expect(tile({ look: { title: '' } }).title).toBe('Untitled tile')
    expect(tile().title).toBe('Untitled tile')
  })

  it('reads the query of its Look first, then its own, then its result maker’s', () => {
    const maker = { query: q({ model: 'maker' }) }
    const own = q({ model: 'own' })
    const look = { query: q({ model: 'look' }) }
    expect(tile({ look, query: own, result_maker: maker }).query?.model).toBe('look')
    expect(tile({ look: {}, query: own, result_maker: maker }).query?.model).toBe('own')
    expect(tile({ result_maker: maker }).query?.model).toBe('maker')
  })

  it('says why a tile is not compared', () => {
    expect(tile({ type: 'text', query: q() })).toMatchObject({ notCompared: 'text', query: null })
    expect(tile({ type: 'text' })).toMatchObject({ notCompared: 'text', query: null })
    expect(tile({ merge_result_id: 'm1', query: q() })).toMatchObject({
      notCompared: 'merged',
      query: null,
    })
    expect(tile({ result_maker: { merge_result_id: 'm1', query: q() } })).toMatchObject({
      notCompared: 'merged',
      query: null,
    })
    expect(tile()).toMatchObject({ notCompared: 'no-query', query: null, lookId: null })
    expect(tile({ query: q({ model: '' }) })).toMatchObject({
      notCompared: 'no-query',
      query: null,
    })
    expect(tile({ query: q({ view: undefined }) })).toMatchObject({
      notCompared: 'no-query',
      query: null,
    })
    expect(tile({ type: 'vis', query: q() })).toMatchObject({ notCompared: null, query: saved })
  })

  it('listens to nothing without a result maker or filterables', () => {
    expect(tile().listens).toEqual([])
    expect(tile({ result_maker: {} }).listens).toEqual([])
  })
})

describe('dashboards, Looks and models', () => {
  it('summarises a dashboard', () => {
    expect(
      toDashboardSummary({
        id: 4 as unknown as string,
        title: 'Sales',
        folder: { name: 'Shared' },
        model: { id: 'ecommerce' },
      } as never)
    ).toEqual({ id: '4', title: 'Sales', folder: 'Shared', model: 'ecommerce' })
    expect(
      toDashboardSummary({ id: '4', title: '', folder: { name: '' }, model: { id: '' } } as never)
    ).toEqual({
      id: '4',
      title: 'Untitled dashboard',
      folder: null,
      model: null,
    })
    expect(toDashboardSummary({ id: '4' } as never)).toEqual({
      id: '4',
      title: 'Untitled dashboard',
      folder: null,
      model: null,
    })
    expect(() => toDashboardSummary({} as never)).toThrow(
      'Looker returned a dashboard without an id.'
    )
  })

  it('reads a dashboard’s named filters and its tiles', () => {
    expect(
      toDashboardDetail({
        id: 9 as unknown as string,
        title: 'Sales',
        dashboard_filters: [
          { name: 'Status', default_value: 'complete' },
          { name: 'Date' },
          { name: '', default_value: 'x' },
        ],
        dashboard_elements: [{ id: '1' }, { id: '2', dashboard_id: '8' }],
      } as never)
    ).toEqual({
      id: '9',
      title: 'Sales',
      filters: [
        { name: 'Status', defaultValue: 'complete' },
        { name: 'Date', defaultValue: null },
      ],
      tiles: [
        expect.objectContaining({ id: '1', dashboardId: '9' }),
        expect.objectContaining({ id: '2', dashboardId: '8' }),
      ],
    })
    expect(toDashboardDetail({ id: '9' } as never)).toEqual({
      id: '9',
      title: 'Untitled dashboard',
      filters: [],
      tiles: [],
    })
    expect(() => toDashboardDetail({ title: 'x' } as never)).toThrow(
      'Looker returned a dashboard without an id.'
    )
  })

  it('summarises a Look and reads its query', () => {
    const look = {
      id: 11 as unknown as string,
      title: 'Top',
      folder: { name: 'Mine' },
      model: { id: 'm' },
    }
    expect(toLookSummary(look as never)).toEqual({
      id: '11',
      title: 'Top',
      folder: 'Mine',
      model: 'm',
    })
    expect(
      toLookSummary({ id: '1', title: '', folder: { name: '' }, model: { id: '' } } as never)
    ).toEqual({
      id: '1',
      title: 'Untitled Look',
      folder: null,
      model: null,
    })
    expect(toLookSummary({ id: '1' } as never)).toMatchObject({ folder: null, model: null })
    expect(() => toLookSummary({} as never)).toThrow('Looker returned a Look without an id.')
    expect(toLookDetail({ ...look, query: q() } as never)).toEqual({
      id: '11',
      title: 'Top',
      folder: 'Mine',
      model: 'm',
      query: saved,
    })
    expect(() => toLookDetail(look as never)).toThrow('Looker returned a Look without a query.')
  })

  it('names a model’s project', () => {
    expect(toModelOwner({ name: 'm', project_name: 'p' })).toEqual({ name: 'm', projectName: 'p' })
    expect(toModelOwner({ name: 'm', project_name: '' })).toEqual({ name: 'm', projectName: null })
    expect(() => toModelOwner({})).toThrow('Looker returned a model without a name.')
  })
})
