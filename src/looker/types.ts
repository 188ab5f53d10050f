/** Domain types: what the app knows about Looker, with required fields, mapped once in mappers.ts. */

export type WorkspaceId = 'production' | 'dev'

export interface Session {
  /** The workspace Looker reports for this session. */
  workspaceId: WorkspaceId
}

export interface CurrentUser {
  id: string
  /** Permissions from the user's roles that matter here. */
  canDevelop: boolean
}
