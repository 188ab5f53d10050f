import type { IRole } from '@looker/sdk'
import { ApiError } from './ApiError'
import { isWorkspaceId, required, toCurrentUser, toSession } from './mappers'

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

test('a user without an id is Looker’s gap; roles Looker would not show leave permissions unknown', () => {
  expect(() => toCurrentUser({}, [])).toThrow(
    new ApiError('Looker returned the current user without an id.', 'unexpected')
  )
  expect(toCurrentUser(ada, null)).toEqual({ id: '1', canDevelop: null, canDeploy: null })
  expect(toCurrentUser(ada, [])).toEqual({ id: '1', canDevelop: false, canDeploy: false })
  expect(toCurrentUser(ada, [role(undefined), role({ permissions: ['deploy'] })])).toEqual({
    id: '1',
    canDevelop: false,
    canDeploy: true,
  })
})

test('required: null, undefined and "" are gaps; 0 and false are values', () => {
  expect(() => required(null, 'a thing')).toThrow(
    new ApiError('Looker returned a thing.', 'unexpected')
  )
  expect(() => required(undefined, 'a thing')).toThrow(ApiError)
  expect(() => required('', 'a thing')).toThrow(ApiError)
  expect(required(0, 'a number')).toBe(0)
  expect(required(false, 'a flag')).toBe(false)
  expect(required('x', 'a text')).toBe('x')
})

test('the session’s workspace is production or dev, nothing else', () => {
  expect(toSession({ workspace_id: 'production' })).toEqual({ workspaceId: 'production' })
  expect(toSession({ workspace_id: 'dev' })).toEqual({ workspaceId: 'dev' })
  expect(() => toSession({ workspace_id: 'staging' })).toThrow(
    new ApiError(
      'Looker reported the workspace "staging", which is neither production nor dev.',
      'unexpected'
    )
  )
  expect(() => toSession({})).toThrow('Looker reported the workspace "undefined"')
  expect(isWorkspaceId(1)).toBe(false)
  expect(isWorkspaceId('')).toBe(false)
})

test('every gap in these answers is an unexpected answer, not Looker’s refusal', () => {
  const kindOf = (run: () => unknown) => {
    try {
      run()
    } catch (e) {
      return (e as ApiError).kind
    }
    return 'none'
  }
  expect(kindOf(() => required(null, 'x'))).toBe('unexpected')
  expect(kindOf(() => toSession({ workspace_id: 'x' }))).toBe('unexpected')
  expect(kindOf(() => toCurrentUser({}, null))).toBe('unexpected')
})
