import type { IRole } from '@looker/sdk'
import { toCurrentUser } from './mappers'

const ada = { id: '1', display_name: 'Ada Lovelace' }
const role = (permission_set: IRole['permission_set']): IRole => ({ permission_set })

test('the permissions come from every role the user has', () => {
  const user = toCurrentUser(ada, [
    role({ permissions: ['access_data', 'see_lookml'] }),
    role({ permissions: ['develop'] }),
  ])
  expect(user).toMatchObject({ id: '1', canDevelop: true, canDeploy: false })
})

test('an all-access permission set counts as every permission, even without a list', () => {
  const user = toCurrentUser(ada, [role({ all_access: true, permissions: [] })])
  expect(user).toMatchObject({ canDevelop: true, canDeploy: true })
})

test('without develop the user is not a developer', () => {
  const user = toCurrentUser(ada, [role({ all_access: false, permissions: ['see_lookml'] })])
  expect(user).toMatchObject({ canDevelop: false, canDeploy: false })
})
