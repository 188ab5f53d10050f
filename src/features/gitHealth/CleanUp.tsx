import React, { useState } from 'react'
import { Box } from '@looker/components'
import { Loading } from '../../shared/AsyncContent'
import { plural } from '../../shared/format'
import { ReasonButton } from '../../shared/ui/ReasonButton'
import { useLookerApi } from '../../state/api'
import { useWorkspace } from '../../state/workspace'
import { planCleanUp, runCleanUp, type CleanUpOutcome, type PlannedDelete } from './cleanUp'
import { CleanUpDialog } from './CleanUpDialog'
import { CleanUpReport } from './CleanUpReport'
import type { HealthRow } from './healthRows'
import type { AllBranches } from './useAllBranches'

type Phase =
  | { is: 'idle' }
  | { is: 'preview'; plan: PlannedDelete[] }
  | { is: 'running'; done: number; total: number; current: PlannedDelete }
  | { is: 'report'; outcomes: CleanUpOutcome[] }

interface Props {
  chosen: HealthRow[]
  all: AllBranches
  reload(projectId: string): Promise<unknown>
  /** The clean-up ended: the selection is cleared. */
  onFinished(): void
}

/**
 * Review, confirm, delete one by one with progress, report. Runs while no workspace switch can
 * happen (the deletes are development-mode changes); afterwards every project touched is re-read.
 */
export function CleanUp({ chosen, all, reload, onFinished }: Props) {
  const api = useLookerApi()
  const { exclusive } = useWorkspace()
  const [phase, setPhase] = useState<Phase>({ is: 'idle' })

  const run = async (plan: PlannedDelete[], backups: ReadonlyMap<string, string>) => {
    setPhase({ is: 'running', done: 0, total: plan.length, current: plan[0]! })
    const outcomes = await exclusive(() =>
      runCleanUp(api, plan, backups, (done, current) =>
        setPhase({ is: 'running', done, total: plan.length, current })
      )
    )
    const touched = new Set(plan.map((p) => p.row.project.id))
    await Promise.all([...touched].map((id) => reload(id)))
    onFinished()
    setPhase({ is: 'report', outcomes })
  }

  return (
    <Box mb="small">
      {phase.is === 'report' && (
        <CleanUpReport outcomes={phase.outcomes} onClose={() => setPhase({ is: 'idle' })} />
      )}
      {phase.is === 'running' ? (
        <Loading
          label={`Deleting ${phase.done + 1} of ${phase.total}: ${phase.current.row.branch.name} (${phase.current.row.project.name})`}
        />
      ) : (
        <ReasonButton
          critical
          reason={chosen.length === 0 ? 'Select the branches to delete first.' : null}
          onClick={() => setPhase({ is: 'preview', plan: planCleanUp(chosen, all) })}
        >
          {`Review deletion of ${plural(chosen.length, 'branch', 'branches')}`}
        </ReasonButton>
      )}
      {phase.is === 'preview' && (
        <CleanUpDialog
          plan={phase.plan}
          onCancel={() => setPhase({ is: 'idle' })}
          onConfirm={(backups) => void run(phase.plan, backups)}
        />
      )}
    </Box>
  )
}
