/** Each piece of app state is read inside its provider; outside, the error names the provider. */
import React from 'react'
import { render } from '@testing-library/react'
import { memoryHost } from '../../test/memoryHost'
import { ApiProvider, useLookerApi } from './api'
import { HostProvider, useHost } from './host'
import { usePutBack } from './putBack'
import { useWorkspace } from './workspace'
import type { LookerApi } from '../looker'

function Probe({ read }: { read(): unknown }) {
  read()
  return <p>read</p>
}

beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined))
afterEach(() => jest.restoreAllMocks())

test.each<[string, () => unknown, string]>([
  ['the api', useLookerApi, 'useLookerApi must be used inside <ApiProvider>'],
  ['the host', useHost, 'useHost must be used inside <HostProvider>'],
  ['the workspace', useWorkspace, 'useWorkspace must be used inside <WorkspaceProvider>'],
  ['the put-back', usePutBack, 'usePutBack must be used inside <PutBackProvider>'],
])('%s outside its provider says where it belongs', (_what, read, message) => {
  expect(() => render(<Probe read={read} />)).toThrow(message)
})

test('inside their providers, the api and the host are the ones provided', () => {
  const api = {} as LookerApi
  const host = memoryHost()
  let seen: unknown[] = []
  render(
    <ApiProvider api={api}>
      <HostProvider host={host}>
        <Probe read={() => (seen = [useLookerApi(), useHost()])} />
      </HostProvider>
    </ApiProvider>
  )
  expect(seen[0]).toBe(api)
  expect(seen[1]).toBe(host)
})
