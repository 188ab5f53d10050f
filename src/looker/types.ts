/** Domain types: what the app knows about Looker, with required fields, mapped once in mappers.ts. */

export type WorkspaceId = 'production' | 'dev'

export interface Session {
  /** The workspace Looker reports for this session. */
  workspaceId: WorkspaceId
}

export interface CurrentUser {
  id: string
  /**
   * Permissions from the user's roles that matter here; null when Looker refused to show the
   * roles (it may: docs/looker-api-behaviour.md "user_roles"), so actions stay offered and
   * Looker decides.
   */
  canDevelop: boolean | null
  canDeploy: boolean | null
}
