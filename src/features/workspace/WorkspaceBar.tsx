import React from 'react'
import { Box, Paragraph, Space, Span, ToggleSwitch } from '@looker/components'
import { MessageBar } from '../../shared/ui/MessageBar'
import type { CurrentUser, Session, WorkspaceId } from '../../looker'
import { ApiErrorMessage } from '../../shared/ApiErrorMessage'
import { AsyncContent, Loading } from '../../shared/AsyncContent'
import { WorkspaceBadge } from '../../shared/WorkspaceBadge'
import { otherWorkspace, visitReason, workspaceWords } from '../../shared/workspaceWords'
import { useWorkspace } from '../../state/workspace'
import { ActionStatus, Pending } from '../../shared/ActionStatus'
import type { ActionState } from '../../shared/useAction'

/**
 * Whether the person may not develop, so the switch is not offered (Looker hides its own toggle
 * from such users). Only when their roles are known to lack `develop` and the session is in
 * production: a session already in Development Mode keeps the switch, to leave it.
 */
function cannotDevelop(user: CurrentUser | null, session: Session): boolean {
  return !!user && user.canDevelop === false && session.workspaceId !== 'dev'
}

function userSwitchTarget(state: ActionState<unknown, [WorkspaceId]>): WorkspaceId {
  return state.status === 'idle' ? 'dev' : state.args[0]
}

/** The workspace bar: what Looker says the session is in, and the one-click switch. */
export function WorkspaceBar() {
  const { session, user, switching, visiting, userSwitch, switchWorkspace, reload } = useWorkspace()
  const currentUser = user.status === 'success' ? user.value : null
  // A visit (a comparison, Ship's content validation) holds the session: no switch meanwhile.

  return (
    <Box as="section" aria-label="Workspace" px="medium" py="small" borderBottom="ui2">
      <AsyncContent
        state={session}
        loadingLabel="Reading the workspace from Looker"
        errorTitle="Could not read the session's workspace"
        onRetry={reload}
      >
        {(s) => {
          const isDev = s.workspaceId === 'dev'
          const readOnly = cannotDevelop(currentUser, s)
          return (
            <>
              <Space between>
                <Space gap="small">
                  <Span fontWeight="semiBold">Workspace</Span>
                  <WorkspaceBadge workspace={s.workspaceId} label="Current workspace" />
                  {switching &&
                    (userSwitch.state.status === 'pending' ? (
                      // The rest of the app stays usable; Looker may take longer than the host waits.
                      <Pending
                        label={`Switching to ${workspaceWords(switching).title}`}
                        onStop={userSwitch.stop}
                      />
                    ) : (
                      <Loading label={`Switching to ${workspaceWords(switching).title}`} />
                    ))}
                </Space>
                {!readOnly && (
                  <Space gap="xsmall" width="auto">
                    <ToggleSwitch
                      id="development-mode"
                      on={isDev}
                      disabled={switching !== null || visiting !== null}
                      aria-describedby={visiting ? 'workspace-visit' : 'workspace-explanation'}
                      onChange={() => void switchWorkspace(otherWorkspace(s.workspaceId))}
                    />
                    <label htmlFor="development-mode" style={{ whiteSpace: 'nowrap' }}>
                      Development Mode
                    </label>
                  </Space>
                )}
              </Space>
              {visiting && (
                <Paragraph id="workspace-visit" role="status" fontSize="small" mt="xsmall">
                  {visitReason(visiting)}
                </Paragraph>
              )}
              {currentUser && currentUser.canDevelop === null && (
                <Paragraph fontSize="small" color="text2" mt="xsmall">
                  Looker did not let the app read your roles, so it cannot tell what you may do
                  here: every action is offered, and Looker decides.
                </Paragraph>
              )}
              {readOnly ? (
                <Box mt="small">
                  <MessageBar intent="inform">
                    Read-only: your Looker roles do not include the &quot;develop&quot; permission,
                    so Looker keeps you in production. Ask a Looker admin for a developer role to
                    switch.
                  </MessageBar>
                </Box>
              ) : (
                <Paragraph id="workspace-explanation" fontSize="small" color="text2" mt="xsmall">
                  This most likely switches your own Development Mode in Looker, not just this page:
                  Looker runs the extension&apos;s calls with your browser session, so your other
                  Looker tabs probably follow it. Rendered PDF, PNG and JPG content and SSO embed
                  sessions are believed to use production models whatever it says (no public source
                  confirms either).
                </Paragraph>
              )}
            </>
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
      {(['error', 'timedOut', 'stopped'] as const).some((k) => k === userSwitch.state.status) && (
        <Box mt="small">
          <ActionStatus
            action={userSwitch}
            title={`Switch to ${workspaceWords(userSwitchTarget(userSwitch.state)).title}`}
            errorTitle="Looker refused the switch"
          />
        </Box>
      )}
    </Box>
  )
}
