import React, { ReactNode, useCallback, useState } from 'react'
import { Box, Heading, Paragraph, Span } from '@looker/components'
import { Link as RouterLink } from 'react-router-dom'
import type { CurrentUser } from '../../looker'
import { AsyncContent } from '../../shared/AsyncContent'
import { checkStatus } from '../../shared/checkTypes'
import { useWorkspace, useWorkspaceId } from '../../state/workspace'
import { ContentCheck } from './ContentCheck'
import { DeployOutcome } from './DeployOutcome'
import { DeployPanel } from './DeployPanel'
import { GitCheck } from './GitCheck'
import { SqlImpactCheck } from './SqlImpactCheck'
import { type Deploy, useDeploy } from './useDeploy'
import { productionHead, useShipProject, type ShipProject } from './useShipProject'
import { useShipChecks, type ShipChecks } from './useShipChecks'
import { ValidationCheck } from './ValidationCheck'
import { pathSegment } from '../../shared/routes'

/** What the page lends the checklist from other features, given the branch head they run on. */
export interface ShipSlots {
  /** The project's LookML data tests, a check on the branch head. */
  dataTests?(props: { head: string | null }): ReactNode
  /** Dashboards and Looks: the branch's impact on saved content, tile by tile. */
  contentImpact?(props: { head: string | null }): ReactNode
  /** The saved queries compared per line; `rerun` changes when they should run again. */
  savedQueries?(props: { head: string | null; rerun: number }): ReactNode
}

const short = (sha: string | null) => (sha ? sha.slice(0, 7) : 'unknown')

interface ChecklistProps {
  ship: ShipProject
  user: CurrentUser
  checks: ShipChecks
  deploy: Deploy
  slots: ShipSlots
}

function Checklist({ ship, user, checks, deploy, slots }: ChecklistProps) {
  const [rerun, setRerun] = useState(0)
  const { validation, sql, content, git } = checks
  const head = ship.state.branch?.ref ?? null
  const noGit = ship.project.usesGit ? null : 'This project does not use git.'
  return (
    <Box>
      <Heading as="h3" fontSize="medium" mb="small">
        Checklist
      </Heading>
      <ValidationCheck
        project={ship.project}
        view={validation.view}
        onRun={() => void validation.start()}
        onCancel={validation.cancel}
      />
      <SqlImpactCheck
        view={sql.view}
        blocked={null}
        onRun={() => void sql.start()}
        onCancel={sql.cancel}
      />
      <ContentCheck
        view={content.view}
        blocked={null}
        onRun={() => void content.start()}
        onCancel={content.cancel}
      />
      {slots.contentImpact?.({ head })}
      {slots.dataTests?.({ head })}
      {slots.savedQueries?.({ head, rerun })}
      <GitCheck
        view={git.view}
        blocked={noGit}
        onRun={() => void git.start()}
        onCancel={git.cancel}
      />
      <DeployPanel
        ship={ship}
        user={user}
        validation={checkStatus(validation.view)}
        deploy={deploy}
        onRerunComparisons={slots.savedQueries ? () => setRerun((n) => n + 1) : undefined}
      />
    </Box>
  )
}

/** `/projects/<id>/ship`: the proof that a branch is ready, and its deploy, on one page. */
export function ShipView({ projectId, slots = {} }: { projectId: string; slots?: ShipSlots }) {
  const { user } = useWorkspace()
  // The workspace reads follow: while the content check visits production it stays Development Mode.
  const inProduction = useWorkspaceId() === 'production'
  const ship = useShipProject(projectId)
  const latest = ship.state.status === 'success' ? ship.state.value.value : null
  const checks = useShipChecks(projectId, latest)
  const { refresh } = ship
  const refreshShip = useCallback(async () => (await refresh())?.value ?? null, [refresh])
  const deploy = useDeploy(projectId, latest, refreshShip)
  return (
    <Box>
      <Paragraph fontSize="small">
        <RouterLink to={`/projects/${pathSegment(projectId)}`}>Branches of {projectId}</RouterLink>
      </Paragraph>
      <Heading as="h2" fontSize="large">
        Ship {projectId}
      </Heading>
      {inProduction ? (
        <Box>
          <Paragraph role="status" mt="small">
            Your session is in production. Shipping proves and deploys your development branch: turn
            on Development Mode with the switch above.
          </Paragraph>
          {/* A deploy stopped because the session left Development Mode still says so. */}
          <DeployOutcome deploy={deploy} />
        </Box>
      ) : (
        <AsyncContent
          state={ship.state}
          loadingLabel="Loading the project"
          errorTitle="Could not read the project"
          onRetry={ship.reload}
        >
          {({ value }) => (
            <AsyncContent
              state={user}
              loadingLabel="Loading your permissions"
              errorTitle="Could not read your permissions"
            >
              {(me) => (
                <Box>
                  <Paragraph mb="medium" aria-label="Branch and production">
                    Branch <Span fontWeight="semiBold">{value.state.branch?.name ?? 'none'}</Span>{' '}
                    at {short(value.state.branch?.ref ?? null)}; production (
                    {value.project.productionBranchName}) at {short(productionHead(value))}.
                  </Paragraph>
                  <Checklist ship={value} user={me} checks={checks} deploy={deploy} slots={slots} />
                </Box>
              )}
            </AsyncContent>
          )}
        </AsyncContent>
      )}
    </Box>
  )
}
