import { useCallback, useEffect, useRef, useState } from 'react'
import {
  outcomeUnknown,
  stillAsConfirmed,
  toApiError,
  type ApiError,
  type ProjectState,
} from '../../looker'
import { type Action, useAction, useActionSettings } from '../../shared/useAction'
import { useLookerApi } from '../../state/api'
import { useHost } from '../../state/host'
import { useWorkspace } from '../../state/workspace'
import { loadRecord, saveRecord, settle, type DeployRecord, type Settled } from './deployRecord'
import { productionHead, type ShipProject } from './useShipProject'

/** What the person confirmed in the Deploy dialog: the branch at its commit, production's commit. */
export interface DeployRequest {
  branch: string
  commit: string | null
  productionBefore: string | null
  /** The project state the dialog showed (compared with Looker's right before sending). */
  state: ProjectState
}

/** The deploy's outcome as read back from Looker afterwards. */
export interface Deployed extends DeployRequest {
  /** The commit production runs, re-read after Looker answered (null: could not be read). */
  productionAfter: string | null
}

export interface Deploy {
  action: Action<Deployed, [DeployRequest]>
  /** A deploy sent whose outcome is not known (its answer was lost, or the page was reloaded). */
  underWay: DeployRecord | null
  /** How the last deploy under way ended, as production was read back. */
  settled: Settled | null
  /** Reads production again now. */
  checkAgain(): void
}

const lostText = (e: ApiError) => `${e.message}${e.status ? ` (HTTP ${e.status})` : ''}`

/**
 * The deploy, kept above the page's workspace so its outcome stays in view when the session
 * changes mode. Inside the session lock, Looker is read again right before sending: nothing is
 * sent unless the session is in Development Mode and the branch is the one, at the commit, the
 * person confirmed (stillAsConfirmed). A deploy whose answer is lost (no answer, a dropped
 * connection, a 5xx) is not a refusal: it stays "under way", recorded in extension local storage,
 * and production is read again until it shows the outcome; no other deploy is offered meanwhile.
 */
export function useDeploy(
  projectId: string,
  ship: ShipProject | null,
  refresh: () => Promise<ShipProject | null>
): Deploy {
  const api = useLookerApi()
  const host = useHost()
  const { exclusive } = useWorkspace()
  const { rereadDelaysMs, settleMs } = useActionSettings()
  const [underWay, setUnderWayState] = useState<DeployRecord | null>(null)
  const [settled, setSettled] = useState<Settled | null>(null)
  const mounted = useRef(true)
  useEffect(
    () => () => {
      mounted.current = false
    },
    []
  )
  const setUnderWay = useCallback(
    (record: DeployRecord | null) => {
      void saveRecord(host, projectId, record)
      if (mounted.current) setUnderWayState(record)
    },
    [host, projectId]
  )

  // A deploy an earlier page sent and never saw answered.
  useEffect(() => {
    let live = true
    void loadRecord(host, projectId).then((r) => {
      if (live && r) setUnderWayState((now) => now ?? r)
    })
    return () => {
      live = false
    }
  }, [host, projectId])

  const action = useAction(
    async ({ follow }, request: DeployRequest) => {
      setSettled(null)
      let after: ShipProject | null = null
      try {
        await exclusive((session) =>
          follow(
            (async () => {
              try {
                await stillAsConfirmed(
                  api,
                  projectId,
                  { state: request.state },
                  'nothing was deployed'
                )
                const { branch, commit, productionBefore } = request
                const record = { branch, commit, productionBefore, since: Date.now(), lost: null }
                // Recorded before sending: a reload before Looker answers still knows.
                setUnderWay(record)
                try {
                  await api.deployToProduction(projectId)
                } catch (e) {
                  const error = toApiError(e)
                  // Looker refused: nothing under way. Its answer lost: Looker may still apply it.
                  setUnderWay(outcomeUnknown(error) ? { ...record, lost: lostText(error) } : null)
                  throw error
                }
                setUnderWay(null)
              } finally {
                // Another tab may have left Development Mode: the bar follows what Looker says.
                await session.readSession().catch(() => undefined)
              }
            })()
          )
        )
      } finally {
        after = await refresh().catch(() => null)
      }
      return { ...request, productionAfter: after ? productionHead(after) : null }
    },
    { unknownWhen: outcomeUnknown }
  )

  // Each read of production may tell how a deploy under way ended.
  const production = ship ? productionHead(ship) : null
  const pending = action.state.status === 'pending'
  useEffect(() => {
    if (!underWay || pending || !ship) return
    const done = settle(underWay, production, Date.now(), settleMs)
    if (!done) return
    setSettled(done)
    setUnderWay(null)
  }, [underWay, pending, ship, production, settleMs, setUnderWay])

  // Until then production is read again, after growing waits, then at the longest wait.
  const [reads, setReads] = useState(0)
  useEffect(() => {
    if (!underWay || pending) return
    const wait = rereadDelaysMs[Math.min(reads, rereadDelaysMs.length - 1)] ?? 1000
    const timer = setTimeout(() => {
      void refresh().finally(() => {
        if (mounted.current) setReads((n) => n + 1)
      })
    }, wait)
    return () => clearTimeout(timer)
  }, [underWay, pending, reads, rereadDelaysMs, refresh])

  const checkAgain = useCallback(() => void refresh(), [refresh])
  return { action, underWay, settled, checkAgain }
}
