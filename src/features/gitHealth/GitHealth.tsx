import React, { useCallback, useMemo, useRef, useState } from 'react'
import { Box, Paragraph } from '@looker/components'
import type { Project, ProjectBranches, WorkspaceId } from '../../looker'
import { ApiErrorMessage } from '../../shared/ApiErrorMessage'
import { AsyncContent } from '../../shared/AsyncContent'
import { plural } from '../../shared/format'
import { readOnlyReason } from '../../shared/git/permissions'
import { useLookerApi } from '../../state/api'
import { useWorkspaceAsync } from '../../state/useWorkspaceAsync'
import { visitReason } from '../../shared/workspaceWords'
import { useWorkspace } from '../../state/workspace'
import { CleanUp } from './CleanUp'
import { HealthFilters } from './HealthFilters'
import {
  DEFAULT_MAX_AGE_DAYS,
  filterRows,
  updateSorted,
  type HealthFilter,
  type SortedRows,
} from './healthRows'
import { HealthTable, PAGE_REASON_ID } from './HealthTable'
import { RepositoryPanel } from './RepositoryPanel'
import { useAllBranches } from './useAllBranches'

function OldBranches({ projects, workspaceId }: { projects: Project[]; workspaceId: WorkspaceId }) {
  const { user, visiting } = useWorkspace()
  // While a comparison or the content check visits the other workspace, no write is offered.
  const visit = visiting ? visitReason(visiting) : null
  const [all, reload] = useAllBranches(projects)
  const [now] = useState(() => Math.floor(Date.now() / 1000))
  const [filter, setFilter] = useState<HealthFilter>({
    maxAgeDays: DEFAULT_MAX_AGE_DAYS,
    projectId: '',
    kind: '',
  })
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const me = user.status === 'success' ? user.value : null
  // Sorted as answers arrive: only each batch's new rows are sorted, then merged (updateSorted).
  const merged = useRef<{ ctx: unknown[]; rows: SortedRows | null }>({ ctx: [], rows: null })
  const sorted = useMemo(() => {
    const ctx = [workspaceId, me, visit, now]
    const same = ctx.every((c, i) => c === merged.current.ctx[i])
    const reads: Array<readonly [Project, ProjectBranches]> = []
    for (const project of projects) {
      const read = all[project.id]
      if (read?.status === 'success') reads.push([project, read.value])
    }
    const rows = updateSorted(same ? merged.current.rows : null, reads, {
      now,
      access: (project) => ({ project, workspaceId, user: me, visit }),
    })
    merged.current = { ctx, rows }
    return rows.sorted
  }, [projects, all, workspaceId, me, visit, now])
  const shown = useMemo(() => filterRows(sorted, filter), [sorted, filter])
  const selectable = useMemo(() => shown.filter((r) => r.blocked === null), [shown])
  // What you see is what a clean-up acts on: selected rows a filter hides are left out.
  const chosen = useMemo(
    () => selectable.filter((r) => selected.has(r.key)),
    [selectable, selected]
  )
  const allSelected = selectable.length > 0 && chosen.length === selectable.length
  const toggle = useCallback(
    (key: string) =>
      setSelected((s) => {
        const next = new Set(s)
        if (!next.delete(key)) next.add(key)
        return next
      }),
    []
  )
  const clearSelection = useCallback(() => setSelected(new Set()), [])
  const toggleAll = () =>
    setSelected(allSelected ? new Set() : new Set(selectable.map((r) => r.key)))

  const gitProjects = projects.filter((p) => p.usesGit)
  const picked = gitProjects.find((p) => p.id === filter.projectId) ?? null
  const locked = gitProjects.filter((p) => p.isGitDevLocked)
  // Why no branch of any project can be deleted (Production Mode, no develop): said once, here,
  // instead of in every row; a row still names its own reason (production, personal, locked...).
  const open = gitProjects.find((p) => !p.isGitDevLocked)
  // Without the project's own `can` (that one project's matter, said in its rows).
  const pageReason = open
    ? readOnlyReason({ project: { ...open, can: {} }, workspaceId, user: me, visit })
    : null
  const reads = gitProjects.map((p) => [p, all[p.id]] as const)
  const waiting = reads.filter(([, r]) => !r || r.status === 'loading').length
  const failed = reads.filter(([, r]) => r?.status === 'error')
  if (gitProjects.length === 0) {
    return <Paragraph>Looker shows you no LookML project that uses git.</Paragraph>
  }
  return (
    <Box>
      <HealthFilters filter={filter} projects={projects} onChange={setFilter} />
      {picked && (
        <RepositoryPanel
          key={picked.id}
          project={picked}
          workspaceId={workspaceId}
          blocked={visit}
        />
      )}
      {!picked && locked.length > 0 && (
        <Paragraph fontSize="small" mb="small">
          Locked for development in Looker, no git action offered:{' '}
          {locked.map((p) => p.name).join(', ')}.
        </Paragraph>
      )}
      <Paragraph role="status" aria-label="Branch count" color="text2" fontSize="small" mb="small">
        {waiting > 0 &&
          `Reading branches: ${gitProjects.length - waiting} of ${plural(gitProjects.length, 'project')}. `}
        {`${plural(shown.length, 'branch', 'branches')} shown of ${sorted.length}`}
        {chosen.length > 0 && `, ${chosen.length} selected`}.
      </Paragraph>
      {failed.map(([p, r]) =>
        r?.status === 'error' ? (
          <ApiErrorMessage
            key={p.id}
            error={r.error}
            title={`Could not read the branches of ${p.name}`}
            onRetry={() => void reload(p.id)}
          />
        ) : null
      )}
      {pageReason && (
        <Paragraph id={PAGE_REASON_ID} fontSize="small" mb="small">
          Nothing can be deleted from here: {pageReason}
        </Paragraph>
      )}
      <CleanUp chosen={chosen} all={all} reload={reload} onFinished={clearSelection} />
      <HealthTable
        pageReason={pageReason}
        rows={shown}
        selected={selected}
        onToggle={toggle}
        onToggleAll={toggleAll}
        allSelected={allSelected}
      />
      {shown.length === 0 && waiting === 0 && (
        <Paragraph mt="small">No branch matches these filters.</Paragraph>
      )}
    </Box>
  )
}

/**
 * Old branches of every git project in one table, in the session's workspace: read again (keyed
 * by the workspace) after every switch, as the projects overview is.
 */
export function GitHealth() {
  const api = useLookerApi()
  const { state: projects, reload: retry } = useWorkspaceAsync(
    () => api.listProjects(),
    'git-health',
    { besideSession: true }
  )
  return (
    <AsyncContent
      state={projects}
      loadingLabel="Loading projects"
      errorTitle="Could not list the projects"
      onRetry={retry}
    >
      {({ workspaceId, value }) => (
        <OldBranches key={workspaceId} projects={value} workspaceId={workspaceId} />
      )}
    </AsyncContent>
  )
}
