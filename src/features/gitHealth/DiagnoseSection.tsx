import React, { useState } from 'react'
import { Box, ButtonOutline, Paragraph } from '@looker/components'
import type { DiagnosticStart, GitDiagnosticReport, Project, WorkspaceId } from '../../looker'
import { ActionStatus } from '../../shared/ActionStatus'
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog'
import { ideHref, LookerLink } from '../../shared/LookerLink'
import { useAction } from '../../shared/useAction'
import { useLookerApi } from '../../state/api'
import { checkName, isFound, MANUAL, outcomeText, untilDone } from './diagnose'

interface Props {
  project: Project
  workspaceId: WorkspaceId
  /** Why no write can be made now (a visit to the other workspace), or null. */
  blocked: string | null
}

/** The report's own word (its vocabulary is not documented: shown as Looker sends it), then its checks. */
function Checks({ report }: { report: GitDiagnosticReport }) {
  return (
    <>
      <Paragraph fontSize="small">
        Looker’s report: {report.status ?? report.state ?? 'no status given'}
      </Paragraph>
      {report.checks.length === 0 ? (
        <Paragraph fontSize="small">Looker lists no check for this repository.</Paragraph>
      ) : (
        <Box as="ul" aria-label="Git diagnostic checks" fontSize="small">
          {report.checks.map((c) => (
            <li key={c.id}>
              {checkName(c)}: {outcomeText(c)}
            </li>
          ))}
        </Box>
      )}
    </>
  )
}

/**
 * Looker's Git Diagnose & Repair for the session's copy of one project (API 26.12+, beta, by
 * route: docs/git-health.md). Detected by asking: a Looker without it gets the link to its IDE.
 */
export function DiagnoseSection({ project, workspaceId, blocked }: Props) {
  const api = useLookerApi()
  const scope = workspaceId === 'dev' ? 'developer' : 'production'
  const [report, setReport] = useState<GitDiagnosticReport | null>(null)
  const [confirming, setConfirming] = useState(false)
  const diagnose = useAction(async ({ signal }): Promise<DiagnosticStart> => {
    setReport(null)
    const start = await api.startGitDiagnostic(project.id, scope)
    if (!start.available) return start
    const done = await untilDone(api, project.id, start.report, signal)
    setReport(done)
    return { available: true, report: done }
  })
  const repair = useAction(async ({ signal }, from: GitDiagnosticReport) => {
    const answer = await api.repairGitDiagnostic(project.id, from.id)
    setReport(await untilDone(api, project.id, answer, signal))
  })
  const found = report?.checks.filter(isFound) ?? []
  const unavailable = diagnose.state.status === 'success' && !diagnose.state.value.available
  const busy = diagnose.state.status === 'pending' || repair.state.status === 'pending'
  const ide = (
    <LookerLink href={ideHref(project.id)}>open {project.name} in Looker’s IDE</LookerLink>
  )

  return (
    <Box mb="xsmall">
      {!busy && (
        <ButtonOutline size="small" onClick={() => void diagnose.run()}>
          {report ? 'Diagnose again' : 'Diagnose'}
        </ButtonOutline>
      )}
      <ActionStatus
        action={diagnose}
        title={`Diagnose ${project.name}`}
        pendingLabel={`Diagnosing the ${scope} copy of ${project.name}: Looker is running its checks`}
      />
      {unavailable && (
        <Paragraph fontSize="small">
          This Looker has no Diagnose &amp; Repair API (Looker 26.12 and later): it answered that
          the route does not exist. Its own Diagnose &amp; Repair, where available, is in the
          project’s settings: {ide}.
        </Paragraph>
      )}
      {report && <Checks report={report} />}
      {report && found.length > 0 && !busy && (
        <ButtonOutline
          size="small"
          disabled={blocked !== null}
          title={blocked ?? undefined}
          onClick={() => setConfirming(true)}
        >
          Repair…
        </ButtonOutline>
      )}
      <ActionStatus
        action={repair}
        title={`Repair ${project.name}`}
        pendingLabel={`Repairing the ${scope} copy of ${project.name}`}
      />
      {confirming && report && (
        <ConfirmDialog
          title={`Repair the git repository of ${project.name}?`}
          confirmLabel="Repair"
          safe
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false)
            void repair.run(report)
          }}
        >
          <Paragraph>
            Looker applies its automatic repairs to the {scope} copy: it removes stale lock files,
            fixes file permissions, repairs a corrupted object index, or rebuilds a damaged
            repository, keeping uncommitted changes on a recovery branch.
          </Paragraph>
          <ul aria-label="Checks to repair">
            {found.map((c) => (
              <li key={c.id}>
                {checkName(c)}
                {MANUAL.has(c.type) && ' needs manual work: Looker will not change it'}
              </li>
            ))}
          </ul>
        </ConfirmDialog>
      )}
    </Box>
  )
}
