/** @jest-environment node */
import { fakeLooker } from '../../test/fakeLooker'

test('fields= keeps the named keys, nested selections included, in objects and lists', async () => {
  const looker = await fakeLooker()
  const get = async (path: string, fields: string) =>
    (
      await looker.handle({
        method: 'GET',
        path,
        query: { fields },
        headers: { authorization: `token ${looker.loginAs('ada')}`, accept: 'application/json' },
      })
    ).body
  expect(await get('/looks/11', 'id,folder(name),query(model,fields)')).toEqual({
    id: '11',
    folder: { name: 'Sales' },
    query: { model: 'ecommerce', fields: ['orders.status', 'orders.total_revenue'] },
  })
  const tiles = (await get(
    '/dashboard_elements/search',
    'id,result_maker(filterables(listen))'
  )) as Array<Record<string, unknown>>
  expect(tiles.find((t) => t.id === '311')).toEqual({
    id: '311',
    result_maker: {
      filterables: [{ listen: [{ dashboard_filter_name: 'Status', field: 'orders.status' }] }],
    },
  })
  await looker.close()
})
