import React from 'react'
import { Badge, Box, Paragraph, Space, Span, ToggleSwitch } from '@looker/components'
import type { CurrentUser, Session } from '../../looker'
import { ApiErrorMessage } from '../../shared/ApiErrorMessage'
import { AsyncContent, Loading } from '../../shared/AsyncContent'
import { useWorkspace } from '../../state/workspace'
import { workspaceLabel } from './labels'

/**
 * Why Looker will likely refuse Development Mode, in plain words. Only a hint: the switch stays
 * usable, because Looker decides (permissions can be model-specific) and its answer is shown.
 */
function refusalReason(user: CurrentUser | null, session: Session): string | null {
  if (!user || user.canDevelop !== false || session.workspaceId === 'dev') return null
  return 'Your Looker roles do not include the "develop" permission, so Looker will most likely refuse Development Mode. Ask a Looker admin for a developer role.'
}

/** The workspace bar: what Looker says the session is in, and the one-click switch. */
export function WorkspaceBar() {
  const { session, user, switching, switchError, switchWorkspace, reload } = useWorkspace()
  const currentUser = user.status === 'success' ? user.value : null

  return (
    <Box as="section" aria-label="Workspace" p="medium" borderBottom="ui2">
      <AsyncContent
        state={session}
        loadingLabel="Reading the workspace from Looker"
        errorTitle="Could not read the session's workspace"
        onRetry={reload}
      >
        {(s) => {
          const reason = refusalReason(currentUser, s)
          const isDev = s.workspaceId === 'dev'
          return (
            <Space between>
              <Space gap="small">
                <Span fontWeight="semiBold">Workspace</Span>
                <Badge intent={isDev ? 'warn' : 'positive'} aria-label="Current workspace">
                  {workspaceLabel(s.workspaceId)}
                </Badge>
                {switching && <Loading label={`Switching to ${workspaceLabel(switching)}`} />}
              </Space>
              <Space gap="xsmall" width="auto">
                <ToggleSwitch
                  id="development-mode"
                  on={isDev}
                  disabled={switching !== null}
                  aria-describedby="workspace-explanation"
                  onChange={() => void switchWorkspace(isDev ? 'production' : 'dev')}
                />
                <label htmlFor="development-mode" style={{ whiteSpace: 'nowrap' }}>
                  Development Mode
                </label>
              </Space>
              {currentUser && currentUser.canDevelop === null && (
                <Paragraph fontSize="small" color="text2" width="100%">
                  Looker did not let the app read your roles, so it cannot tell what you may do
                  here: every action is offered, and Looker decides.
                </Paragraph>
              )}
              {reason && (
                <Paragraph fontSize="small" color="text2" width="100%">
                  {reason}
                </Paragraph>
              )}
            </Space>
          )
        }}
      </AsyncContent>
      {user.status === 'error' && (
        <Box mt="small">
          <ApiErrorMessage
            error={user.error}
            title="Could not read your Looker roles (the switch still works; Looker decides)"
            onRetry={reload}
          />
        </Box>
      )}
      {switchError && (
        <Box mt="small">
          <ApiErrorMessage error={switchError} title="Looker refused the switch" />
        </Box>
      )}
      <Paragraph id="workspace-explanation" fontSize="small" color="text2" mt="small">
        This most likely switches your own Development Mode in Looker, not just this page: Looker
        runs the extension&apos;s calls with your browser session, so your other Looker tabs
        probably follow it. Rendered PDF, PNG and JPG content and SSO embed sessions are believed to
        use production models whatever it says (no public source confirms either).
      </Paragraph>
    </Box>
  )
}
